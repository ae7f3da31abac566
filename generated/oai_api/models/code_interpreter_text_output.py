from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.code_interpreter_text_output_type import (
    CodeInterpreterTextOutputType,
    check_code_interpreter_text_output_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CodeInterpreterTextOutput(_OpenModel):
    """Console log text emitted by code interpreter."""

    type_: CodeInterpreterTextOutputType

    logs: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("logs", "type")
    _tags = {"type": ("logs",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_code_interpreter_text_output_type),
            ("logs", "logs", REQUIRED, None),
        )
