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
    from ..models.beta_function_shell_call_output_exit_outcome import (
        BetaFunctionShellCallOutputExitOutcome,
    )
    from ..models.beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome,
    )


@_attrs_define(repr=False)
class BetaFunctionShellCallOutputContent(_OpenModel):
    """Output of one shell command."""

    stdout: str

    stderr: str

    outcome: (
        BetaFunctionShellCallOutputExitOutcome
        | BetaFunctionShellCallOutputTimeoutOutcome
    )

    created_by: str | None = None

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
                        "beta_function_shell_call_output_timeout_outcome",
                        "BetaFunctionShellCallOutputTimeoutOutcome",
                        ("type", "timeout"),
                    ),
                    member(
                        "beta_function_shell_call_output_exit_outcome",
                        "BetaFunctionShellCallOutputExitOutcome",
                        ("type", "exit"),
                    ),
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
