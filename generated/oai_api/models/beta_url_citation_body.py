from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_url_citation_body_type import (
    BetaUrlCitationBodyType,
    check_beta_url_citation_body_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaUrlCitationBody")


@_attrs_define
class BetaUrlCitationBody:
    """Marks a span of output text as drawn from a web page."""

    type_: BetaUrlCitationBodyType
    """ Fixed tag `url_citation`. """
    url: str
    """ Address of the cited page. """
    start_index: int
    """ Position in the message text where the cited span begins. """
    end_index: int
    """ Position in the message text where the cited span ends. """
    title: str
    """ Headline of the web page being cited. """
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

        _v_start_index = (
            self.start_index
            if self.start_index is not None or "start_index" not in self._none_flips
            else UNSET
        )

        start_index = _v_start_index

        _v_end_index = (
            self.end_index
            if self.end_index is not None or "end_index" not in self._none_flips
            else UNSET
        )

        end_index = _v_end_index

        _v_title = (
            self.title
            if self.title is not None or "title" not in self._none_flips
            else UNSET
        )

        title = _v_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "url": url,
                    "start_index": start_index,
                    "end_index": end_index,
                    "title": title,
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
                type_ = check_beta_url_citation_body_type(_type__raw)

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

        start_index = d.pop("start_index", UNSET)
        if (
            start_index is None or isinstance(start_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("start_index")

        if start_index is None or start_index is UNSET:
            if start_index is UNSET:
                _none_flips += ("start_index",)
            start_index = None

        end_index = d.pop("end_index", UNSET)
        if (end_index is None or isinstance(end_index, Unset)) and strict_parsing.get():
            raise KeyError("end_index")

        if end_index is None or end_index is UNSET:
            if end_index is UNSET:
                _none_flips += ("end_index",)
            end_index = None

        title = d.pop("title", UNSET)
        if (title is None or isinstance(title, Unset)) and strict_parsing.get():
            raise KeyError("title")

        if title is None or title is UNSET:
            if title is UNSET:
                _none_flips += ("title",)
            title = None

        beta_url_citation_body = cls(
            type_=type_,
            url=url,
            start_index=start_index,
            end_index=end_index,
            title=title,
        )
        if _none_flips:
            beta_url_citation_body._none_flips = _none_flips

        beta_url_citation_body.additional_properties = d
        return beta_url_citation_body

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
