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
from ..models.web_search_tool_call_status import (
    WebSearchToolCallStatus,
    check_web_search_tool_call_status,
)
from ..models.web_search_tool_call_type import (
    WebSearchToolCallType,
    check_web_search_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch


@_attrs_define(repr=False)
class WebSearchToolCall(_OpenModel):
    """A web search the model ran and what it did: search, open a page, find text."""

    id: str
    """ Unique ID. """
    type_: WebSearchToolCallType
    """ Fixed tag `web_search_call`. """
    status: WebSearchToolCallStatus
    """ Progress state. """
    action: WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch
    """ What the search did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("action", "id", "status", "type")
    _tags = {"type": ("web_search_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_web_search_tool_call_type),
            ("status", "status", REQUIRED, check_web_search_tool_call_status),
            (
                "action",
                "action",
                REQUIRED,
                one_of(
                    member(
                        "web_search_action_search",
                        "WebSearchActionSearch",
                        ("type", "search"),
                    ),
                    member(
                        "web_search_action_open_page",
                        "WebSearchActionOpenPage",
                        ("type", "open_page"),
                    ),
                    member(
                        "web_search_action_find",
                        "WebSearchActionFind",
                        ("type", "find_in_page"),
                    ),
                ),
            ),
        )
