from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )


@_attrs_define(repr=False)
class FunctionShellCallOutputContentParam(_OpenModel):
    """Output of one shell command, as sent in input."""

    stdout: str
    """ Standard output. """
    stderr: str
    """ Standard error. """
    outcome: (
        FunctionShellCallOutputExitOutcomeParam
        | FunctionShellCallOutputTimeoutOutcomeParam
    )
    """ How a shell command ended: timeout or exit code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("outcome", "stderr", "stdout")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("stdout", "stdout", REQUIRED, None),
            ("stderr", "stderr", REQUIRED, None),
            (
                "outcome",
                "outcome",
                REQUIRED,
                one_of(
                    member(
                        "function_shell_call_output_timeout_outcome_param",
                        "FunctionShellCallOutputTimeoutOutcomeParam",
                        ("type", "timeout"),
                    ),
                    member(
                        "function_shell_call_output_exit_outcome_param",
                        "FunctionShellCallOutputExitOutcomeParam",
                        ("type", "exit"),
                    ),
                ),
            ),
        )
