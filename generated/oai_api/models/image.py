from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """One generated image, as a URL or base64 data."""

    b64_json: str | None = None
    """ Base64 image data. """
    url: str | None = None
    """ Temporary URL of the image (dall-e models with `url` format). """
    revised_prompt: str | None = None
    """ The prompt as rewritten by the model (dall-e-3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_b64_json = (
            self.b64_json
            if self.b64_json is not None or "b64_json" in self._none_flips
            else UNSET
        )

        b64_json = _v_b64_json

        _v_url = (
            self.url if self.url is not None or "url" in self._none_flips else UNSET
        )

        url = _v_url

        _v_revised_prompt = (
            self.revised_prompt
            if self.revised_prompt is not None or "revised_prompt" in self._none_flips
            else UNSET
        )

        revised_prompt = _v_revised_prompt

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
        _none_flips: tuple[str, ...] = ()
        b64_json = d.pop("b64_json", UNSET)
        if b64_json is None and strict_parsing.get():
            raise TypeError("b64_json")

        if b64_json is None or b64_json is UNSET:
            if b64_json is None:
                _none_flips += ("b64_json",)
            b64_json = None

        url = d.pop("url", UNSET)
        if url is None and strict_parsing.get():
            raise TypeError("url")

        if url is None or url is UNSET:
            if url is None:
                _none_flips += ("url",)
            url = None

        revised_prompt = d.pop("revised_prompt", UNSET)
        if revised_prompt is None and strict_parsing.get():
            raise TypeError("revised_prompt")

        if revised_prompt is None or revised_prompt is UNSET:
            if revised_prompt is None:
                _none_flips += ("revised_prompt",)
            revised_prompt = None

        image = cls(
            b64_json=b64_json,
            url=url,
            revised_prompt=revised_prompt,
        )
        if _none_flips:
            image._none_flips = _none_flips

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
