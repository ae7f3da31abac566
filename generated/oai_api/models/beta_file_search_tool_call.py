from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_file_search_tool_call_status import (
    BetaFileSearchToolCallStatus,
    check_beta_file_search_tool_call_status,
)
from ..models.beta_file_search_tool_call_type import (
    BetaFileSearchToolCallType,
    check_beta_file_search_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_file_search_tool_call_results_type_0_item import (
        BetaFileSearchToolCallResultsType0Item,
    )


T = TypeVar("T", bound="BetaFileSearchToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag, BetaFileSearchToolCallResultsType0Item
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_file_search_tool_call_results_type_0_item import (
        BetaFileSearchToolCallResultsType0Item,
    )

    _models_bound = True


@_attrs_define
class BetaFileSearchToolCall:
    """A file search the model ran, with its queries and (if requested) results."""

    id: str
    """ Unique ID. """
    type_: BetaFileSearchToolCallType
    """ Fixed tag `file_search_call`. """
    status: BetaFileSearchToolCallStatus
    """ Goes through `in_progress` and `searching` to `completed`, or ends as `incomplete` or `failed`. """
    queries: list[str]
    """ Queries the model searched for. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    results: list[BetaFileSearchToolCallResultsType0Item] | None = None
    """ Matching file chunks, when requested with `include`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_queries = (
            self.queries
            if self.queries is not None or "queries" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_queries, list):
            queries = _v_queries
        else:
            queries = _v_queries

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        _v_results = (
            self.results
            if self.results is not None or "results" in self._none_flips
            else UNSET
        )

        results: list[dict[str, Any]] | None | Unset
        if isinstance(_v_results, Unset):
            results = UNSET
        elif isinstance(_v_results, list):
            results = []
            for results_type_0_item_data in _v_results:
                if not isinstance(
                    results_type_0_item_data, BetaFileSearchToolCallResultsType0Item
                ):
                    results.append(results_type_0_item_data)
                    continue
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = _v_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "status": status,
                    "queries": queries,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_file_search_tool_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_file_search_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _queries_raw = d.pop("queries", UNSET)
        if _queries_raw is None or isinstance(_queries_raw, Unset):
            if strict_parsing.get():
                raise KeyError("queries")

            if _queries_raw is UNSET:
                _none_flips += ("queries",)
            queries = None

        else:
            try:
                queries = cast(list[str], _queries_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                queries = _queries_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTag.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTag | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        _results_raw = d.pop("results", UNSET)
        if _results_raw is None or isinstance(_results_raw, Unset):
            if _results_raw is None:
                _none_flips += ("results",)
            results = None

        else:
            try:

                def _parse_results(
                    data: object,
                ) -> list[BetaFileSearchToolCallResultsType0Item] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        results_type_0 = []
                        _results_type_0 = data
                        if not isinstance(_results_type_0, list):
                            raise TypeError()
                        for results_type_0_item_data in _results_type_0:
                            results_type_0_item = (
                                BetaFileSearchToolCallResultsType0Item.from_dict(
                                    results_type_0_item_data
                                )
                            )

                            results_type_0.append(results_type_0_item)

                        return results_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[BetaFileSearchToolCallResultsType0Item] | None | Unset,
                        data,
                    )

                results = _parse_results(_results_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                results = _results_raw

        beta_file_search_tool_call = cls(
            id=id,
            type_=type_,
            status=status,
            queries=queries,
            agent=agent,
            results=results,
        )
        if _none_flips:
            beta_file_search_tool_call._none_flips = _none_flips

        beta_file_search_tool_call.additional_properties = d
        return beta_file_search_tool_call

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
