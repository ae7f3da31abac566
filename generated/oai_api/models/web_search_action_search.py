from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.web_search_action_search_type import (
    WebSearchActionSearchType,
    check_web_search_action_search_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.web_search_action_search_sources_item import (
        WebSearchActionSearchSourcesItem,
    )


@_attrs_define(repr=False)
class WebSearchActionSearch(_OpenModel):
    """The web search ran queries."""

    type_: WebSearchActionSearchType
    """ Fixed tag `search`. """
    query: str | None = None
    """ Query that was searched. """
    queries: list[str] | None = None
    """ All queries run. """
    sources: list[WebSearchActionSearchSourcesItem] | None = None
    """ Sources consulted, when requested with `include`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("queries", "query", "sources", "type")
    _tags = {"type": ("search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.web_search_action_search_sources_item import (
            WebSearchActionSearchSourcesItem,
        )

        return fields(
            ("type_", "type", REQUIRED, check_web_search_action_search_type),
            ("query", "query", OPTIONAL, None),
            ("queries", "queries", OPTIONAL, list_of(None)),
            ("sources", "sources", OPTIONAL, list_of(WebSearchActionSearchSourcesItem)),
        )
