from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.program_output_status import (
    ProgramOutputStatus,
    check_program_output_status,
)
from ..models.program_output_type import ProgramOutputType, check_program_output_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProgramOutput(_OpenModel):
    """What a program returned."""

    type_: ProgramOutputType
    """ Fixed tag `program_output`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    result: str
    """ What the program returned. """
    status: ProgramOutputStatus
    """ Final state of a program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "id", "result", "status", "type")
    _tags = {"type": ("program_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_program_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("result", "result", REQUIRED, None),
            ("status", "status", REQUIRED, check_program_output_status),
        )
