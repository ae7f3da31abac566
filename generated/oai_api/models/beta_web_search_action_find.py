from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_web_search_action_find_type import (
    BetaWebSearchActionFindType,
    check_beta_web_search_action_find_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaWebSearchActionFind")


@_attrs_define
class BetaWebSearchActionFind:
    """Web search step that looks for a pattern inside an opened page (`find_in_page`)."""

    type_: BetaWebSearchActionFindType
    """ Fixed tag `find_in_page`. """
    url: str
    """ Page in which the pattern was searched. """
    pattern: str
    """ Text or pattern looked for on the page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_url = (
            self.url if self.url is not None or "url" not in self._none_flips else UNSET
        )

        url = _v_url

        _v_pattern = (
            self.pattern
            if self.pattern is not None or "pattern" not in self._none_flips
            else UNSET
        )

        pattern = _v_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "url": url,
                    "pattern": pattern,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_beta_web_search_action_find_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        url = d.pop("url", UNSET)
        if (url is None or isinstance(url, Unset)) and strict_parsing.get():
            raise KeyError("url")

        if url is None or url is UNSET:
            if url is UNSET:
                _none_flips += ("url",)
            url = None

        pattern = d.pop("pattern", UNSET)
        if (pattern is None or isinstance(pattern, Unset)) and strict_parsing.get():
            raise KeyError("pattern")

        if pattern is None or pattern is UNSET:
            if pattern is UNSET:
                _none_flips += ("pattern",)
            pattern = None

        beta_web_search_action_find = cls(
            type_=type_,
            url=url,
            pattern=pattern,
        )
        if _none_flips:
            beta_web_search_action_find._none_flips = _none_flips

        beta_web_search_action_find.additional_properties = d
        return beta_web_search_action_find

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
