from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spend_limit_enforcement_status_type_1 import (
    SpendLimitEnforcementStatusType1,
    check_spend_limit_enforcement_status_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="SpendLimitEnforcement")


@_attrs_define
class SpendLimitEnforcement:
    """Whether a hard spend limit is being enforced right now."""

    status: SpendLimitEnforcementStatusType1 | str
    """ Whether a hard spend limit is currently blocking usage: `enforcing` or `inactive`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str
            status = _v_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:

                def _parse_status(
                    data: object,
                ) -> SpendLimitEnforcementStatusType1 | str:

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_spend_limit_enforcement_status_type_1 = (
                            check_spend_limit_enforcement_status_type_1(data)
                        )

                        return componentsschemas_spend_limit_enforcement_status_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(SpendLimitEnforcementStatusType1 | str, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        spend_limit_enforcement = cls(
            status=status,
        )
        if _none_flips:
            spend_limit_enforcement._none_flips = _none_flips

        spend_limit_enforcement.additional_properties = d
        return spend_limit_enforcement

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
