from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    fields,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ImageGenToolInputImageMask(_Model):
    """Mask for editing part of an image (inpainting)."""

    image_url: str | None = None
    """ Mask image URL or base64 data URL. """
    file_id: str | None = None
    """ ID of an uploaded mask image. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_id", "image_url")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("image_url", "image_url", OPTIONAL, None),
            ("file_id", "file_id", OPTIONAL, None),
            extra=DROP,
        )
