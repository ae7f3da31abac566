from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.file_path_type import FilePathType, check_file_path_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FilePath(_OpenModel):
    """Output text refers to a file the tools produced."""

    type_: FilePathType
    """ Fixed tag `file_path`. """
    file_id: str
    """ ID of the file. """
    index: int
    """ Position in the text the reference belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_id", "index", "type")
    _tags = {"type": ("file_path",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_file_path_type),
            ("file_id", "file_id", REQUIRED, None),
            ("index", "index", REQUIRED, None),
        )
