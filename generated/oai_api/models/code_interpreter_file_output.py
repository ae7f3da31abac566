from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.code_interpreter_file_output_type import (
    CodeInterpreterFileOutputType,
    check_code_interpreter_file_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem,
    )


@_attrs_define(repr=False)
class CodeInterpreterFileOutput(_OpenModel):
    """Code interpreter output in the form of generated files."""

    type_: CodeInterpreterFileOutputType

    files: list[CodeInterpreterFileOutputFilesItem]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("files", "type")
    _tags = {"type": ("files",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.code_interpreter_file_output_files_item import (
            CodeInterpreterFileOutputFilesItem,
        )

        return fields(
            ("type_", "type", REQUIRED, check_code_interpreter_file_output_type),
            ("files", "files", REQUIRED, list_of(CodeInterpreterFileOutputFilesItem)),
        )
