from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_web_search_action_open_page_type import (
    BetaWebSearchActionOpenPageType,
    check_beta_web_search_action_open_page_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaWebSearchActionOpenPage")


@_attrs_define
class BetaWebSearchActionOpenPage:
    """Web search step that opens a page from the results (`open_page`)."""

    type_: BetaWebSearchActionOpenPageType
    """ Fixed tag `open_page`. """
    url: None | str = None
    """ Page the model opened; may be None. """
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
            self.url if self.url is not None or "url" in self._none_flips else UNSET
        )

        url: None | str | Unset
        if isinstance(_v_url, Unset):
            url = UNSET
        else:
            url = _v_url

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
        if url is not UNSET:
            field_dict["url"] = url

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
                type_ = check_beta_web_search_action_open_page_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _url_raw = d.pop("url", UNSET)
        if _url_raw is None or isinstance(_url_raw, Unset):
            if _url_raw is None:
                _none_flips += ("url",)
            url = None

        else:
            try:

                def _parse_url(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                url = _parse_url(_url_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                url = _url_raw

        beta_web_search_action_open_page = cls(
            type_=type_,
            url=url,
        )
        if _none_flips:
            beta_web_search_action_open_page._none_flips = _none_flips

        beta_web_search_action_open_page.additional_properties = d
        return beta_web_search_action_open_page

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
