from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_function_tool_call_status import (
    BetaFunctionToolCallStatus,
    check_beta_function_tool_call_status,
)
from ..models.beta_function_tool_call_type import (
    BetaFunctionToolCallType,
    check_beta_function_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


@_attrs_define(repr=False)
class BetaFunctionToolCallResource(_OpenModel):
    """A stored function call."""

    type_: BetaFunctionToolCallType
    """ Fixed tag `function_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    name: str
    """ Name of the function to run. """
    arguments: str
    """ Arguments as a JSON string. """
    id: str
    """ Unique ID. """
    status: BetaFunctionToolCallStatus
    """ State of a tool call item. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None
    """ Who issued the tool call. """
    namespace: str | None = None
    """ Namespace of the function, if any. """
    created_by: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "arguments",
        "call_id",
        "caller",
        "created_by",
        "id",
        "name",
        "namespace",
        "status",
        "type",
    )
    _tags = {"type": ("function_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_function_tool_call_type),
            ("call_id", "call_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_beta_function_tool_call_status),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
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
            ("namespace", "namespace", OPTIONAL, None),
            ("created_by", "created_by", OPTIONAL, None),
        )
