from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="ListAuditLogsEffectiveAt")


@_attrs_define
class ListAuditLogsEffectiveAt:
    """Time window on the event's `effective_at`, in Unix seconds, given as `gt`, `gte`, `lt` and/or `lte` bounds."""

    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_gt = self.gt if self.gt is not None or "gt" in self._none_flips else UNSET

        gt = _v_gt

        _v_gte = (
            self.gte if self.gte is not None or "gte" in self._none_flips else UNSET
        )

        gte = _v_gte

        _v_lt = self.lt if self.lt is not None or "lt" in self._none_flips else UNSET

        lt = _v_lt

        _v_lte = (
            self.lte if self.lte is not None or "lte" in self._none_flips else UNSET
        )

        lte = _v_lte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        gt = d.pop("gt", UNSET)
        if gt is None and strict_parsing.get():
            raise TypeError("gt")

        if gt is None or gt is UNSET:
            if gt is None:
                _none_flips += ("gt",)
            gt = None

        gte = d.pop("gte", UNSET)
        if gte is None and strict_parsing.get():
            raise TypeError("gte")

        if gte is None or gte is UNSET:
            if gte is None:
                _none_flips += ("gte",)
            gte = None

        lt = d.pop("lt", UNSET)
        if lt is None and strict_parsing.get():
            raise TypeError("lt")

        if lt is None or lt is UNSET:
            if lt is None:
                _none_flips += ("lt",)
            lt = None

        lte = d.pop("lte", UNSET)
        if lte is None and strict_parsing.get():
            raise TypeError("lte")

        if lte is None or lte is UNSET:
            if lte is None:
                _none_flips += ("lte",)
            lte = None

        list_audit_logs_effective_at = cls(
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )
        if _none_flips:
            list_audit_logs_effective_at._none_flips = _none_flips

        list_audit_logs_effective_at.additional_properties = d
        return list_audit_logs_effective_at

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
