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
from ..models.beta_web_search_tool_call_status import (
    BetaWebSearchToolCallStatus,
    check_beta_web_search_tool_call_status,
)
from ..models.beta_web_search_tool_call_type import (
    BetaWebSearchToolCallType,
    check_beta_web_search_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_web_search_action_find import BetaWebSearchActionFind
    from ..models.beta_web_search_action_open_page import BetaWebSearchActionOpenPage
    from ..models.beta_web_search_action_search import BetaWebSearchActionSearch


@_attrs_define(repr=False)
class BetaWebSearchToolCall(_OpenModel):
    """A web search the model carried out, with the action it took."""

    id: str
    """ Identifier of this web search call. """
    type_: BetaWebSearchToolCallType
    """ Fixed tag `web_search_call`. """
    status: BetaWebSearchToolCallStatus
    """ Progress: `in_progress`, `searching`, `completed` or `failed`. """
    action: (
        BetaWebSearchActionFind
        | BetaWebSearchActionOpenPage
        | BetaWebSearchActionSearch
    )
    """ What the model did: ran a `search`, opened a page (`open_page`) or searched within one (`find_in_page`). """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "agent", "id", "status", "type")
    _tags = {"type": ("web_search_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_web_search_tool_call_type),
            ("status", "status", REQUIRED, check_beta_web_search_tool_call_status),
            (
                "action",
                "action",
                REQUIRED,
                one_of(
                    member(
                        "beta_web_search_action_search",
                        "BetaWebSearchActionSearch",
                        ("type", "search"),
                    ),
                    member(
                        "beta_web_search_action_open_page",
                        "BetaWebSearchActionOpenPage",
                        ("type", "open_page"),
                    ),
                    member(
                        "beta_web_search_action_find",
                        "BetaWebSearchActionFind",
                        ("type", "find_in_page"),
                    ),
                ),
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
