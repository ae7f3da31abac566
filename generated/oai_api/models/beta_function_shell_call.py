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
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_function_shell_call_status import (
    BetaFunctionShellCallStatus,
    check_beta_function_shell_call_status,
)
from ..models.beta_function_shell_call_type import (
    BetaFunctionShellCallType,
    check_beta_function_shell_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_container_reference_resource import (
        BetaContainerReferenceResource,
    )
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_function_shell_action import BetaFunctionShellAction
    from ..models.beta_local_environment_resource import BetaLocalEnvironmentResource
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


@_attrs_define(repr=False)
class BetaFunctionShellCall(_OpenModel):
    """The model asks for shell commands to be run."""

    type_: BetaFunctionShellCallType

    id: str

    call_id: str

    action: BetaFunctionShellAction
    """ Shell commands to run, with limits. """
    status: BetaFunctionShellCallStatus
    """ State of a shell call. """
    environment: BetaContainerReferenceResource | BetaLocalEnvironmentResource | None

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None

    created_by: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "action",
        "agent",
        "call_id",
        "caller",
        "created_by",
        "environment",
        "id",
        "status",
        "type",
    )
    _tags = {"type": ("shell_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag
        from ..models.beta_function_shell_action import BetaFunctionShellAction

        return fields(
            ("type_", "type", REQUIRED, check_beta_function_shell_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("action", "action", REQUIRED, BetaFunctionShellAction),
            ("status", "status", REQUIRED, check_beta_function_shell_call_status),
            (
                "environment",
                "environment",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "beta_local_environment_resource",
                        "BetaLocalEnvironmentResource",
                        ("type", "local"),
                    ),
                    member(
                        "beta_container_reference_resource",
                        "BetaContainerReferenceResource",
                        ("type", "container_reference"),
                    ),
                    None,
                ),
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
