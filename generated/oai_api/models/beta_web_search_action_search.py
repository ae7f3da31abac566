from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_web_search_action_search_type import (
    BetaWebSearchActionSearchType,
    check_beta_web_search_action_search_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_web_search_action_search_sources_item import (
        BetaWebSearchActionSearchSourcesItem,
    )


T = TypeVar("T", bound="BetaWebSearchActionSearch")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaWebSearchActionSearchSourcesItem
    from ..models.beta_web_search_action_search_sources_item import (
        BetaWebSearchActionSearchSourcesItem,
    )

    _models_bound = True


@_attrs_define
class BetaWebSearchActionSearch:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_query = (
            self.query
            if self.query is not None or "query" in self._none_flips
            else UNSET
        )

        query = _v_query

        _v_queries = (
            self.queries
            if self.queries is not None or "queries" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_queries, list):
            queries = _v_queries
        else:
            queries: list[str] | Unset = UNSET
            if not isinstance(_v_queries, Unset):
                queries = _v_queries

        _v_sources = (
            self.sources
            if self.sources is not None or "sources" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sources, list):
            sources = _v_sources
        else:
            sources: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_sources, Unset):
                sources = []
                for sources_item_data in _v_sources:
                    if not isinstance(
                        sources_item_data, BetaWebSearchActionSearchSourcesItem
                    ):
                        sources.append(sources_item_data)
                        continue
                    sources_item = sources_item_data.to_dict()
                    sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_web_search_action_search_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        query = d.pop("query", UNSET)
        if query is None and strict_parsing.get():
            raise TypeError("query")

        if query is None or query is UNSET:
            if query is None:
                _none_flips += ("query",)
            query = None

        _queries_raw = d.pop("queries", UNSET)
        if _queries_raw is None or isinstance(_queries_raw, Unset):
            if _queries_raw is None and strict_parsing.get():
                raise TypeError("queries")

            if _queries_raw is None:
                _none_flips += ("queries",)
            queries = None

        else:
            try:
                queries = cast(list[str], _queries_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                queries = _queries_raw

        _sources_raw = d.pop("sources", UNSET)
        if _sources_raw is None or isinstance(_sources_raw, Unset):
            if _sources_raw is None and strict_parsing.get():
                raise TypeError("sources")

            if _sources_raw is None:
                _none_flips += ("sources",)
            sources = None

        else:
            try:
                _sources = _sources_raw
                sources: list[BetaWebSearchActionSearchSourcesItem] | Unset = UNSET
                if _sources is not UNSET:
                    sources = []
                    if not isinstance(_sources, list):
                        raise TypeError()
                    for sources_item_data in _sources:
                        sources_item = BetaWebSearchActionSearchSourcesItem.from_dict(
                            sources_item_data
                        )

                        sources.append(sources_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sources = _sources_raw

        beta_web_search_action_search = cls(
            type_=type_,
            query=query,
            queries=queries,
            sources=sources,
        )
        if _none_flips:
            beta_web_search_action_search._none_flips = _none_flips

        beta_web_search_action_search.additional_properties = d
        return beta_web_search_action_search

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
