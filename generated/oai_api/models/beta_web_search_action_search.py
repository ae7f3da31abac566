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
from ..models.beta_web_search_action_search_type import (
    BetaWebSearchActionSearchType,
    check_beta_web_search_action_search_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_web_search_action_search_sources_item import (
        BetaWebSearchActionSearchSourcesItem,
    )


@_attrs_define(repr=False)
class BetaWebSearchActionSearch(_OpenModel):
    """Web search step that runs one or more queries (`search`)."""

    type_: BetaWebSearchActionSearchType
    """ Fixed tag `search`. """
    query: str | None = None
    """ Deprecated: use `queries`. The query text. """
    queries: list[str] | None = None
    """ Queries the model ran. """
    sources: list[BetaWebSearchActionSearchSourcesItem] | None = None
    """ Web pages consulted for the search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("queries", "query", "sources", "type")
    _tags = {"type": ("search",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_web_search_action_search_sources_item import (
            BetaWebSearchActionSearchSourcesItem,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_web_search_action_search_type),
            ("query", "query", OPTIONAL, None),
            ("queries", "queries", OPTIONAL, list_of(None)),
            (
                "sources",
                "sources",
                OPTIONAL,
                list_of(BetaWebSearchActionSearchSourcesItem),
            ),
        )
