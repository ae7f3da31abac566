from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    FILE,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AddUploadPartRequest(_Model):
    """One chunk of the file, sent as multipart form data."""

    data: File
    """ The bytes of this part, at most 64 MB. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("data", "data", REQUIRED, FILE),
            extra=DROP,
            strict=True,
        )
