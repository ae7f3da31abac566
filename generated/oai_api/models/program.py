from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.program_type import ProgramType, check_program_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Program(_OpenModel):
    """A program the model wrote to call tools (programmatic tool calling)."""

    type_: ProgramType
    """ Fixed tag `program`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    code: str
    """ Source code of the program. """
    fingerprint: str
    """ Opaque value to send back unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "code", "fingerprint", "id", "type")
    _tags = {"type": ("program",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_program_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("code", "code", REQUIRED, None),
            ("fingerprint", "fingerprint", REQUIRED, None),
        )
