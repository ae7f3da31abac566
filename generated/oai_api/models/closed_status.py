from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closed_status_type import ClosedStatusType, check_closed_status_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ClosedStatus")


@_attrs_define
class ClosedStatus:
    """Thread status: closed; may give a reason."""

    type_: ClosedStatusType
    reason: None | str
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

        _v_reason = (
            self.reason
            if self.reason is not None or "reason" not in self._none_flips
            else UNSET
        )

        if _v_reason is None or isinstance(_v_reason, Unset):
            reason = _v_reason
        else:
            reason: None | str
            reason = _v_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "reason": reason,
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
                type_ = check_closed_status_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _reason_raw = d.pop("reason", UNSET)
        if _reason_raw is None or isinstance(_reason_raw, Unset):
            if isinstance(_reason_raw, Unset) and strict_parsing.get():
                raise KeyError("reason")

            if _reason_raw is UNSET:
                _none_flips += ("reason",)
            reason = None

        else:
            try:

                def _parse_reason(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                reason = _parse_reason(_reason_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reason = _reason_raw

        closed_status = cls(
            type_=type_,
            reason=reason,
        )
        if _none_flips:
            closed_status._none_flips = _none_flips

        closed_status.additional_properties = d
        return closed_status

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
