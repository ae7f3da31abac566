from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.function_shell_call_output_exit_outcome_param_type import (
    FunctionShellCallOutputExitOutcomeParamType,
    check_function_shell_call_output_exit_outcome_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FunctionShellCallOutputExitOutcomeParam(_OpenModel):
    """The commands exited with a code."""

    type_: FunctionShellCallOutputExitOutcomeParamType
    """ Fixed tag `exit`. """
    exit_code: int
    """ Exit status of the command. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("exit_code", "type")
    _tags = {"type": ("exit",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_function_shell_call_output_exit_outcome_param_type,
            ),
            ("exit_code", "exit_code", REQUIRED, None),
        )
