from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_program_tool_call_caller_type import (
    BetaProgramToolCallCallerType,
    check_beta_program_tool_call_caller_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaProgramToolCallCaller(_OpenModel):
    """Marks a tool call as issued by a running program rather than directly by the model."""

    type_: BetaProgramToolCallCallerType
    """ Fixed tag `program`. """
    caller_id: str
    """ Links back to the issuing program through its `call_id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("caller_id", "type")
    _tags = {"type": ("program",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_program_tool_call_caller_type),
            ("caller_id", "caller_id", REQUIRED, None),
        )
