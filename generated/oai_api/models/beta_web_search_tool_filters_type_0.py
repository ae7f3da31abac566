from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaWebSearchToolFiltersType0")


@_attrs_define
class BetaWebSearchToolFiltersType0:
    allowed_domains: list[str] | None = None
    """ Only search these domains and their subdomains, e.g. `pubmed.ncbi.nlm.nih.gov`; empty or None allows all.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_allowed_domains = (
            self.allowed_domains
            if self.allowed_domains is not None or "allowed_domains" in self._none_flips
            else UNSET
        )

        allowed_domains: list[str] | None | Unset
        if isinstance(_v_allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(_v_allowed_domains, list):
            allowed_domains = _v_allowed_domains

        else:
            allowed_domains = _v_allowed_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _allowed_domains_raw = d.pop("allowed_domains", UNSET)
        if _allowed_domains_raw is None or isinstance(_allowed_domains_raw, Unset):
            if _allowed_domains_raw is None:
                _none_flips += ("allowed_domains",)
            allowed_domains = None

        else:
            try:

                def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        allowed_domains_type_0 = cast(list[str], data)

                        return allowed_domains_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[str] | None | Unset, data)

                allowed_domains = _parse_allowed_domains(_allowed_domains_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_domains = _allowed_domains_raw

        beta_web_search_tool_filters_type_0 = cls(
            allowed_domains=allowed_domains,
        )
        if _none_flips:
            beta_web_search_tool_filters_type_0._none_flips = _none_flips

        beta_web_search_tool_filters_type_0.additional_properties = d
        return beta_web_search_tool_filters_type_0

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
