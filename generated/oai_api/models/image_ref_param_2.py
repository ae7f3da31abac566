from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="ImageRefParam2")


@_attrs_define
class ImageRefParam2:
    """A reference image, given as either `image_url` or `file_id` (exactly one)."""

    image_url: str | None = None
    """ Image as an absolute URL or a base64 data URL, at most 20,971,520 characters. """
    file_id: str | None = None
    """ ID of an uploaded file holding the image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_image_url = (
            self.image_url
            if self.image_url is not None or "image_url" in self._none_flips
            else UNSET
        )

        image_url = _v_image_url

        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        image_url = d.pop("image_url", UNSET)
        if image_url is None and strict_parsing.get():
            raise TypeError("image_url")

        if image_url is None or image_url is UNSET:
            if image_url is None:
                _none_flips += ("image_url",)
            image_url = None

        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is None:
                _none_flips += ("file_id",)
            file_id = None

        image_ref_param_2 = cls(
            image_url=image_url,
            file_id=file_id,
        )
        if _none_flips:
            image_ref_param_2._none_flips = _none_flips

        image_ref_param_2.additional_properties = d
        return image_ref_param_2

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
