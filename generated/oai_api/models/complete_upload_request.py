from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CompleteUploadRequest(_Model):
    """Part order and optional checksum for finishing an upload."""

    part_ids: list[str]
    """ IDs of the parts, in the order their bytes are to be joined. """
    md5: str | None = None
    """ MD5 of the whole file, if you want the received bytes checked against it. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("md5", "part_ids")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("part_ids", "part_ids", REQUIRED, list_of(None)),
            ("md5", "md5", OPTIONAL, None),
            extra=DROP,
            strict=True,
        )
