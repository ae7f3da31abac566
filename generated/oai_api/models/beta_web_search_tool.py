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
from ..models.beta_web_search_tool_search_context_size import (
    BetaWebSearchToolSearchContextSize,
    check_beta_web_search_tool_search_context_size,
)
from ..models.beta_web_search_tool_type import (
    BetaWebSearchToolType,
    check_beta_web_search_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_web_search_approximate_location_type_0 import (
        BetaWebSearchApproximateLocationType0,
    )
    from ..models.beta_web_search_tool_filters_type_0 import (
        BetaWebSearchToolFiltersType0,
    )


@_attrs_define(repr=False)
class BetaWebSearchTool(_OpenModel):
    """Web search tool: lets the model find and cite online sources relevant to the prompt."""

    type_: BetaWebSearchToolType
    """ `web_search` or the dated `web_search_2025_08_26`. """
    external_web_access: bool | None = None
    """ False limits search to cached content with no live fetching; default true. """
    filters: BetaWebSearchToolFiltersType0 | None = None
    """ Restrictions on the search, such as allowed domains; None for none. """
    user_location: BetaWebSearchApproximateLocationType0 | None = None
    """ Rough user location to localise web results; None for no location. """
    search_context_size: BetaWebSearchToolSearchContextSize | None = None
    """ How much of the context window search results may fill: `low`, `medium` (default) or `high`. """
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
            ("type_", "type", REQUIRED, check_beta_web_search_tool_type),
            ("external_web_access", "external_web_access", OPTIONAL, None),
            (
                "filters",
                "filters",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_web_search_tool_filters_type_0",
                        "BetaWebSearchToolFiltersType0",
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
                        "beta_web_search_approximate_location_type_0",
                        "BetaWebSearchApproximateLocationType0",
                        ("type", "approximate"),
                    ),
                    None,
                ),
            ),
            (
                "search_context_size",
                "search_context_size",
                OPTIONAL,
                check_beta_web_search_tool_search_context_size,
            ),
        )
