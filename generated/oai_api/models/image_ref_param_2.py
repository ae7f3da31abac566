from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ImageRefParam2(_OpenModel):
    """A reference image, given as either `image_url` or `file_id` (exactly one)."""

    image_url: str | None = None
    """ Image as an absolute URL or a base64 data URL, at most 20,971,520 characters. """
    file_id: str | None = None
    """ ID of an uploaded file holding the image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_id", "image_url")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("image_url", "image_url", OPTIONAL, None),
            ("file_id", "file_id", OPTIONAL, None),
            strict=True,
        )
