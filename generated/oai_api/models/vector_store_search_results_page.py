from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import Model as _Model
from ..models.vector_store_search_results_page_object import (
    VectorStoreSearchResultsPageObject,
    check_vector_store_search_results_page_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vector_store_search_result_item import VectorStoreSearchResultItem


@_attrs_define(repr=False)
class VectorStoreSearchResultsPage(_Model):
    """A page of search results, with the queries used and a token for the next page."""

    object_: VectorStoreSearchResultsPageObject

    search_query: list[str]

    data: list[VectorStoreSearchResultItem]

    has_more: bool

    next_page: None | str

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "next_page", "object", "search_query")
    _tags = {"object": ("vector_store.search_results.page",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.vector_store_search_result_item import VectorStoreSearchResultItem

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_vector_store_search_results_page_object,
            ),
            ("search_query", "search_query", REQUIRED, list_of(None)),
            ("data", "data", REQUIRED, list_of(VectorStoreSearchResultItem)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_page", "next_page", REQUIRED_OR_NULL, one_of(str, None)),
            extra=DROP,
        )
