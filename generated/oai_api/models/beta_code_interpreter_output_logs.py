from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_code_interpreter_output_logs_type import (
    BetaCodeInterpreterOutputLogsType,
    check_beta_code_interpreter_output_logs_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaCodeInterpreterOutputLogs(_OpenModel):
    """Text logged by the code."""

    type_: BetaCodeInterpreterOutputLogsType
    """ Fixed tag `logs`. """
    logs: str
    """ The logged text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("logs", "type")
    _tags = {"type": ("logs",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_code_interpreter_output_logs_type),
            ("logs", "logs", REQUIRED, None),
        )
