from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_call_status import (
    WebSearchToolCallStatus,
    check_web_search_tool_call_status,
)
from ..models.web_search_tool_call_type import (
    WebSearchToolCallType,
    check_web_search_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch


T = TypeVar("T", bound="WebSearchToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        WebSearchActionFind, \
        WebSearchActionOpenPage, \
        WebSearchActionSearch
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch

    _models_bound = True


@_attrs_define
class WebSearchToolCall:
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

        _v_action = (
            self.action
            if self.action is not None or "action" not in self._none_flips
            else UNSET
        )

        if _v_action is None or isinstance(_v_action, Unset):
            action = _v_action
        else:
            action: dict[str, Any]
            if (
                isinstance(_v_action, WebSearchActionSearch)
                or isinstance(_v_action, WebSearchActionOpenPage)
                or isinstance(_v_action, WebSearchActionFind)
            ):
                action = _v_action.to_dict()
            else:
                action = _v_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "status": status,
                    "action": action,
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
                type_ = check_web_search_tool_call_type(_type__raw)

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
                status = check_web_search_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if strict_parsing.get():
                raise KeyError("action")

            if _action_raw is UNSET:
                _none_flips += ("action",)
            action = None

        else:
            try:

                def _parse_action(
                    data: object,
                ) -> (
                    WebSearchActionFind
                    | WebSearchActionOpenPage
                    | WebSearchActionSearch
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "search":
                            try:
                                action_type_0 = WebSearchActionSearch.from_dict(data)

                                return action_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "open_page":
                            try:
                                action_type_1 = WebSearchActionOpenPage.from_dict(data)

                                return action_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "find_in_page":
                            try:
                                action_type_2 = WebSearchActionFind.from_dict(data)

                                return action_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_action(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "queries",
                                    "query",
                                    "sources",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                    "url",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "pattern",
                                    "type",
                                    "url",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "search") not in ("search",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        action_type_0 = WebSearchActionSearch.from_dict(data)

                        return action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "open_page") not in ("open_page",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        action_type_1 = WebSearchActionOpenPage.from_dict(data)

                        return action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "find_in_page") not in ("find_in_page",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        action_type_2 = WebSearchActionFind.from_dict(data)

                        return action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        WebSearchActionFind
                        | WebSearchActionOpenPage
                        | WebSearchActionSearch,
                        data,
                    )

                action = _parse_action(_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                action = _action_raw

        web_search_tool_call = cls(
            id=id,
            type_=type_,
            status=status,
            action=action,
        )
        if _none_flips:
            web_search_tool_call._none_flips = _none_flips

        web_search_tool_call.additional_properties = d
        return web_search_tool_call

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
