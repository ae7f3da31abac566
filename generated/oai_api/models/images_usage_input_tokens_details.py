from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ImagesUsageInputTokensDetails")


@_attrs_define
class ImagesUsageInputTokensDetails:
    """Input tokens by kind."""

    text_tokens: int
    """ Text tokens in the input. """
    image_tokens: int
    """ Image tokens in the input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_tokens = self.text_tokens

        image_tokens = self.image_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "text_tokens": text_tokens,
                    "image_tokens": image_tokens,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text_tokens = d.pop("text_tokens", UNSET)
        if (
            text_tokens is None or isinstance(text_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("text_tokens")

        image_tokens = d.pop("image_tokens", UNSET)
        if (
            image_tokens is None or isinstance(image_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("image_tokens")

        images_usage_input_tokens_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
        )

        images_usage_input_tokens_details.additional_properties = d
        return images_usage_input_tokens_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
