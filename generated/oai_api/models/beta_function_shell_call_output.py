from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_function_shell_call_output_status_enum import (
    BetaFunctionShellCallOutputStatusEnum,
    check_beta_function_shell_call_output_status_enum,
)
from ..models.beta_function_shell_call_output_type import (
    BetaFunctionShellCallOutputType,
    check_beta_function_shell_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent,
    )
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


@_attrs_define(repr=False)
class BetaFunctionShellCallOutput(_OpenModel):
    """Output of a shell tool call."""

    type_: BetaFunctionShellCallOutputType

    id: str

    call_id: str

    status: BetaFunctionShellCallOutputStatusEnum
    """ State of a shell call output. """
    output: list[BetaFunctionShellCallOutputContent]

    max_output_length: int | None

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None

    created_by: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "call_id",
        "caller",
        "created_by",
        "id",
        "max_output_length",
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("shell_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag
        from ..models.beta_function_shell_call_output_content import (
            BetaFunctionShellCallOutputContent,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_function_shell_call_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            (
                "status",
                "status",
                REQUIRED,
                check_beta_function_shell_call_output_status_enum,
            ),
            ("output", "output", REQUIRED, list_of(BetaFunctionShellCallOutputContent)),
            (
                "max_output_length",
                "max_output_length",
                REQUIRED_OR_NULL,
                one_of(int, None),
            ),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_direct_tool_call_caller",
                        "BetaDirectToolCallCaller",
                        ("type", "direct"),
                    ),
                    member(
                        "beta_program_tool_call_caller",
                        "BetaProgramToolCallCaller",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
