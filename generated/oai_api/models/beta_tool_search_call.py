from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_function_call_status import (
    BetaFunctionCallStatus,
    check_beta_function_call_status,
)
from ..models.beta_tool_search_call_type import (
    BetaToolSearchCallType,
    check_beta_tool_search_call_type,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaToolSearchCall(_OpenModel):
    """A tool search run to discover deferred tools, on the server or by your client."""

    type_: BetaToolSearchCallType

    id: str

    call_id: None | str

    execution: BetaToolSearchExecutionType
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    arguments: Any

    status: BetaFunctionCallStatus
    """ State of a tool call item. """
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    created_by: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "arguments",
        "call_id",
        "created_by",
        "execution",
        "id",
        "status",
        "type",
    )
    _tags = {"type": ("tool_search_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_search_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("execution", "execution", REQUIRED, check_beta_tool_search_execution_type),
            ("arguments", "arguments", REQUIRED_OR_NULL, None),
            ("status", "status", REQUIRED, check_beta_function_call_status),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
            ("created_by", "created_by", OPTIONAL, None),
        )
