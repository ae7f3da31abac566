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
class FileUploadParam(_OpenModel):
    """Whether and how much users may upload in the session."""

    enabled: bool | None = None
    """ Allow uploads; false if omitted. """
    max_file_size: int | None = None
    """ Size cap per file in MB, 1 to 512; 512 if omitted. """
    max_files: int | None = None
    """ Most files a session may upload; 10 if omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("enabled", "max_file_size", "max_files")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("enabled", "enabled", OPTIONAL, None),
            ("max_file_size", "max_file_size", OPTIONAL, None),
            ("max_files", "max_files", OPTIONAL, None),
            strict=True,
        )
