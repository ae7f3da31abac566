from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ImageGenInputUsageDetails")


@_attrs_define
class ImageGenInputUsageDetails:
    """Input tokens of an image request by kind."""

    text_tokens: int
    """ Text tokens. """
    image_tokens: int
    """ Image tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_text_tokens = (
            self.text_tokens
            if self.text_tokens is not None or "text_tokens" not in self._none_flips
            else UNSET
        )

        text_tokens = _v_text_tokens

        _v_image_tokens = (
            self.image_tokens
            if self.image_tokens is not None or "image_tokens" not in self._none_flips
            else UNSET
        )

        image_tokens = _v_image_tokens

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
        _none_flips: tuple[str, ...] = ()
        text_tokens = d.pop("text_tokens", UNSET)
        if (
            text_tokens is None or isinstance(text_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("text_tokens")

        if text_tokens is None or text_tokens is UNSET:
            if text_tokens is UNSET:
                _none_flips += ("text_tokens",)
            text_tokens = None

        image_tokens = d.pop("image_tokens", UNSET)
        if (
            image_tokens is None or isinstance(image_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("image_tokens")

        if image_tokens is None or image_tokens is UNSET:
            if image_tokens is UNSET:
                _none_flips += ("image_tokens",)
            image_tokens = None

        image_gen_input_usage_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
        )
        if _none_flips:
            image_gen_input_usage_details._none_flips = _none_flips

        image_gen_input_usage_details.additional_properties = d
        return image_gen_input_usage_details

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
