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
from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..models.beta_tool_search_call_item_param_type import (
    BetaToolSearchCallItemParamType,
    check_beta_tool_search_call_item_param_type,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_empty_model_param import BetaEmptyModelParam


@_attrs_define(repr=False)
class BetaToolSearchCallItemParam(_OpenModel):
    """An earlier tool search call, passed back as input."""

    type_: BetaToolSearchCallItemParamType
    """ Fixed tag `tool_search_call`. """
    arguments: BetaEmptyModelParam
    """ A free-form JSON object. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this item, e.g. `tsc_123`; optional. """
    call_id: None | str = None
    """ Model-generated ID of the search call (1 to 64 chars); optional. """
    execution: BetaToolSearchExecutionType | None = None
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    status: BetaFunctionCallItemStatus | None = None
    """ State of the search call; None if not known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "arguments", "call_id", "execution", "id", "status", "type")
    _tags = {"type": ("tool_search_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_empty_model_param import BetaEmptyModelParam

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_search_call_item_param_type),
            ("arguments", "arguments", REQUIRED, BetaEmptyModelParam),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("call_id", "call_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("execution", "execution", OPTIONAL, check_beta_tool_search_execution_type),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_function_call_item_status, None),
            ),
        )
