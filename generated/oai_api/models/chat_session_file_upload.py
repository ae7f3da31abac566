from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatSessionFileUpload(_OpenModel):
    """Upload settings in force for the session: on or off, size cap in MB and file count cap."""

    enabled: bool

    max_file_size: int | None

    max_files: int | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("enabled", "max_file_size", "max_files")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("enabled", "enabled", REQUIRED, None),
            ("max_file_size", "max_file_size", REQUIRED_OR_NULL, one_of(int, None)),
            ("max_files", "max_files", REQUIRED_OR_NULL, one_of(int, None)),
        )
