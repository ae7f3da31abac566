from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ImageGenToolInputImageMask")


@_attrs_define
class ImageGenToolInputImageMask:
    """Mask for editing part of an image (inpainting)."""

    image_url: str | Unset = UNSET
    """ Mask image URL or base64 data URL. """
    file_id: str | Unset = UNSET
    """ ID of an uploaded mask image. """

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        file_id = self.file_id

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)
        if image_url is None and strict_parsing.get():
            raise TypeError("image_url")

        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        image_gen_tool_input_image_mask = cls(
            image_url=image_url,
            file_id=file_id,
        )

        return image_gen_tool_input_image_mask
