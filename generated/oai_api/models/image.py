from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """One generated image, as a URL or base64 data."""

    b64_json: str | Unset = UNSET
    """ Base64 image data. """
    url: str | Unset = UNSET
    """ Temporary URL of the image (dall-e models with `url` format). """
    revised_prompt: str | Unset = UNSET
    """ The prompt as rewritten by the model (dall-e-3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b64_json = self.b64_json

        url = self.url

        revised_prompt = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if url is not UNSET:
            field_dict["url"] = url
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        b64_json = d.pop("b64_json", UNSET)
        if b64_json is None and strict_parsing.get():
            raise TypeError("b64_json")

        url = d.pop("url", UNSET)
        if url is None and strict_parsing.get():
            raise TypeError("url")

        revised_prompt = d.pop("revised_prompt", UNSET)
        if revised_prompt is None and strict_parsing.get():
            raise TypeError("revised_prompt")

        image = cls(
            b64_json=b64_json,
            url=url,
            revised_prompt=revised_prompt,
        )

        image.additional_properties = d
        return image

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
