from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome,
    )
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )


@_attrs_define(repr=False)
class FunctionShellCallOutputContent(_OpenModel):
    """Output of one shell command."""

    stdout: str
    """ Standard output. """
    stderr: str
    """ Standard error. """
    outcome: FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome
    """ How the command ended. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_by", "outcome", "stderr", "stdout")

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
                        "function_shell_call_output_timeout_outcome",
                        "FunctionShellCallOutputTimeoutOutcome",
                        ("type", "timeout"),
                    ),
                    member(
                        "function_shell_call_output_exit_outcome",
                        "FunctionShellCallOutputExitOutcome",
                        ("type", "exit"),
                    ),
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
