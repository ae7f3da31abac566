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
from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
    check_web_search_tool_search_context_size,
)
from ..models.web_search_tool_type import WebSearchToolType, check_web_search_tool_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.web_search_approximate_location_type_0 import (
        WebSearchApproximateLocationType0,
    )
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0


@_attrs_define(repr=False)
class WebSearchTool(_OpenModel):
    """Let the model search the web."""

    type_: WebSearchToolType
    """ Tool version: `web_search` or the dated `web_search_2025_08_26`. """
    external_web_access: bool | None = None
    """ Fetch live web content (the default); false limits the search to cached content. """
    filters: None | WebSearchToolFiltersType0 = None
    """ Restrictions on what may be searched. """
    user_location: None | WebSearchApproximateLocationType0 = None
    """ Approximate user location used to localise web search results. """
    search_context_size: WebSearchToolSearchContextSize | None = None
    """ Amount of search context to use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "external_web_access",
        "filters",
        "search_context_size",
        "type",
        "user_location",
    )
    _tags = {"type": ("web_search", "web_search_2025_08_26")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_web_search_tool_type),
            ("external_web_access", "external_web_access", OPTIONAL, None),
            (
                "filters",
                "filters",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "web_search_tool_filters_type_0", "WebSearchToolFiltersType0"
                    ),
                    None,
                ),
            ),
            (
                "user_location",
                "user_location",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "web_search_approximate_location_type_0",
                        "WebSearchApproximateLocationType0",
                        ("type", "approximate"),
                    ),
                    None,
                ),
            ),
            (
                "search_context_size",
                "search_context_size",
                OPTIONAL,
                check_web_search_tool_search_context_size,
            ),
        )
