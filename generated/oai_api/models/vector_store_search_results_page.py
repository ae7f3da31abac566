from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_search_results_page_object import (
    VectorStoreSearchResultsPageObject,
    check_vector_store_search_results_page_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.vector_store_search_result_item import VectorStoreSearchResultItem


T = TypeVar("T", bound="VectorStoreSearchResultsPage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VectorStoreSearchResultItem
    from ..models.vector_store_search_result_item import VectorStoreSearchResultItem

    _models_bound = True


@_attrs_define
class VectorStoreSearchResultsPage:
    """A page of search results, with the queries used and a token for the next page."""

    object_: VectorStoreSearchResultsPageObject
    search_query: list[str]
    data: list[VectorStoreSearchResultItem]
    has_more: bool
    next_page: None | str
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_search_query = (
            self.search_query
            if self.search_query is not None or "search_query" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_search_query, list):
            search_query = _v_search_query
        else:
            search_query = _v_search_query

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                if not isinstance(data_item_data, VectorStoreSearchResultItem):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

        _v_has_more = (
            self.has_more
            if self.has_more is not None or "has_more" not in self._none_flips
            else UNSET
        )

        has_more = _v_has_more

        _v_next_page = (
            self.next_page
            if self.next_page is not None or "next_page" not in self._none_flips
            else UNSET
        )

        if _v_next_page is None or isinstance(_v_next_page, Unset):
            next_page = _v_next_page
        else:
            next_page: None | str
            next_page = _v_next_page

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "search_query": search_query,
                    "data": data,
                    "has_more": has_more,
                    "next_page": next_page,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_vector_store_search_results_page_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _search_query_raw = d.pop("search_query", UNSET)
        if _search_query_raw is None or isinstance(_search_query_raw, Unset):
            if strict_parsing.get():
                raise KeyError("search_query")

            if _search_query_raw is UNSET:
                _none_flips += ("search_query",)
            search_query = None

        else:
            try:
                search_query = cast(list[str], _search_query_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                search_query = _search_query_raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:
                    data_item = VectorStoreSearchResultItem.from_dict(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        has_more = d.pop("has_more", UNSET)
        if (has_more is None or isinstance(has_more, Unset)) and strict_parsing.get():
            raise KeyError("has_more")

        if has_more is None or has_more is UNSET:
            if has_more is UNSET:
                _none_flips += ("has_more",)
            has_more = None

        _next_page_raw = d.pop("next_page", UNSET)
        if _next_page_raw is None or isinstance(_next_page_raw, Unset):
            if isinstance(_next_page_raw, Unset) and strict_parsing.get():
                raise KeyError("next_page")

            if _next_page_raw is UNSET:
                _none_flips += ("next_page",)
            next_page = None

        else:
            try:

                def _parse_next_page(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                next_page = _parse_next_page(_next_page_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                next_page = _next_page_raw

        vector_store_search_results_page = cls(
            object_=object_,
            search_query=search_query,
            data=data,
            has_more=has_more,
            next_page=next_page,
        )
        if _none_flips:
            vector_store_search_results_page._none_flips = _none_flips

        return vector_store_search_results_page
