from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_function_shell_call_item_param_type import (
    BetaFunctionShellCallItemParamType,
    check_beta_function_shell_call_item_param_type,
)
from ..models.beta_function_shell_call_item_status import (
    BetaFunctionShellCallItemStatus,
    check_beta_function_shell_call_item_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_container_reference_param import BetaContainerReferenceParam
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_function_shell_action_param import BetaFunctionShellActionParam
    from ..models.beta_local_environment_param import BetaLocalEnvironmentParam
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


@_attrs_define(repr=False)
class BetaFunctionShellCallItemParam(_OpenModel):
    """A shell tool call, sent back as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: BetaFunctionShellCallItemParamType
    """ Fixed tag `shell_call`. """
    action: BetaFunctionShellActionParam
    """ Shell commands to run, as sent in input. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
    status: BetaFunctionShellCallItemStatus | None = None
    """ Progress state. """
    environment: BetaContainerReferenceParam | BetaLocalEnvironmentParam | None = None
    """ Where the commands run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "action",
        "agent",
        "call_id",
        "caller",
        "environment",
        "id",
        "status",
        "type",
    )
    _tags = {"type": ("shell_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_function_shell_action_param import (
            BetaFunctionShellActionParam,
        )

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_function_shell_call_item_param_type),
            ("action", "action", REQUIRED, BetaFunctionShellActionParam),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_direct_tool_call_caller_param",
                        "BetaDirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "beta_program_tool_call_caller_param",
                        "BetaProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_function_shell_call_item_status, None),
            ),
            (
                "environment",
                "environment",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_local_environment_param",
                        "BetaLocalEnvironmentParam",
                        ("type", "local"),
                    ),
                    member(
                        "beta_container_reference_param",
                        "BetaContainerReferenceParam",
                        ("type", "container_reference"),
                    ),
                    None,
                ),
            ),
        )
