from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_screenshot_image_type import (
    ComputerScreenshotImageType,
    check_computer_screenshot_image_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ComputerScreenshotImage")


@_attrs_define
class ComputerScreenshotImage:
    """A screenshot given by URL or file ID."""

    type_: ComputerScreenshotImageType
    """ Fixed tag `computer_screenshot`. """
    image_url: str | Unset = UNSET
    """ Screenshot URL or data URL. """
    file_id: str | Unset = UNSET
    """ ID of an uploaded screenshot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        image_url = self.image_url

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_computer_screenshot_image_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        image_url = d.pop("image_url", UNSET)
        if image_url is None and strict_parsing.get():
            raise TypeError("image_url")

        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        computer_screenshot_image = cls(
            type_=type_,
            image_url=image_url,
            file_id=file_id,
        )

        computer_screenshot_image.additional_properties = d
        return computer_screenshot_image

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
