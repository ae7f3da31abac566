from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_spend_limit_resource_object import (
    OrganizationSpendLimitResourceObject,
    check_organization_spend_limit_resource_object,
)
from ..models.spend_limit_currency_type_1 import (
    SpendLimitCurrencyType1,
    check_spend_limit_currency_type_1,
)
from ..models.spend_limit_interval_type_1 import (
    SpendLimitIntervalType1,
    check_spend_limit_interval_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.spend_limit_enforcement import SpendLimitEnforcement


T = TypeVar("T", bound="OrganizationSpendLimitResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, SpendLimitEnforcement
    from ..models.spend_limit_enforcement import SpendLimitEnforcement

    _models_bound = True


@_attrs_define
class OrganizationSpendLimitResource:
    """The organization's hard spend limit: amount in cents, currency, interval and enforcement state."""

    object_: OrganizationSpendLimitResourceObject
    threshold_amount: int
    currency: SpendLimitCurrencyType1 | str
    """ Currency of a spend limit; currently `USD`. """
    interval: SpendLimitIntervalType1 | str
    """ Period over which spend is measured against a limit; currently `month`. """
    enforcement: SpendLimitEnforcement
    """ Whether a hard spend limit is being enforced right now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_threshold_amount = (
            self.threshold_amount
            if self.threshold_amount is not None
            or "threshold_amount" not in self._none_flips
            else UNSET
        )

        threshold_amount = _v_threshold_amount

        _v_currency = (
            self.currency
            if self.currency is not None or "currency" not in self._none_flips
            else UNSET
        )

        if _v_currency is None or isinstance(_v_currency, Unset):
            currency = _v_currency
        else:
            currency: str
            currency = _v_currency

        _v_interval = (
            self.interval
            if self.interval is not None or "interval" not in self._none_flips
            else UNSET
        )

        if _v_interval is None or isinstance(_v_interval, Unset):
            interval = _v_interval
        else:
            interval: str
            interval = _v_interval

        _v_enforcement = (
            self.enforcement
            if self.enforcement is not None or "enforcement" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_enforcement, SpendLimitEnforcement):
            enforcement = _v_enforcement
        else:
            enforcement = _v_enforcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "enforcement": enforcement,
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
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_organization_spend_limit_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        threshold_amount = d.pop("threshold_amount", UNSET)
        if (
            threshold_amount is None or isinstance(threshold_amount, Unset)
        ) and strict_parsing.get():
            raise KeyError("threshold_amount")

        if threshold_amount is None or threshold_amount is UNSET:
            if threshold_amount is UNSET:
                _none_flips += ("threshold_amount",)
            threshold_amount = None

        _currency_raw = d.pop("currency", UNSET)
        if _currency_raw is None or isinstance(_currency_raw, Unset):
            if strict_parsing.get():
                raise KeyError("currency")

            if _currency_raw is UNSET:
                _none_flips += ("currency",)
            currency = None

        else:
            try:

                def _parse_currency(data: object) -> SpendLimitCurrencyType1 | str:

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_spend_limit_currency_type_1 = (
                            check_spend_limit_currency_type_1(data)
                        )

                        return componentsschemas_spend_limit_currency_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(SpendLimitCurrencyType1 | str, data)

                currency = _parse_currency(_currency_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                currency = _currency_raw

        _interval_raw = d.pop("interval", UNSET)
        if _interval_raw is None or isinstance(_interval_raw, Unset):
            if strict_parsing.get():
                raise KeyError("interval")

            if _interval_raw is UNSET:
                _none_flips += ("interval",)
            interval = None

        else:
            try:

                def _parse_interval(data: object) -> SpendLimitIntervalType1 | str:

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_spend_limit_interval_type_1 = (
                            check_spend_limit_interval_type_1(data)
                        )

                        return componentsschemas_spend_limit_interval_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(SpendLimitIntervalType1 | str, data)

                interval = _parse_interval(_interval_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                interval = _interval_raw

        _enforcement_raw = d.pop("enforcement", UNSET)
        if _enforcement_raw is None or isinstance(_enforcement_raw, Unset):
            if strict_parsing.get():
                raise KeyError("enforcement")

            if _enforcement_raw is UNSET:
                _none_flips += ("enforcement",)
            enforcement = None

        else:
            try:
                enforcement = SpendLimitEnforcement.from_dict(_enforcement_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                enforcement = _enforcement_raw

        organization_spend_limit_resource = cls(
            object_=object_,
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            enforcement=enforcement,
        )
        if _none_flips:
            organization_spend_limit_resource._none_flips = _none_flips

        organization_spend_limit_resource.additional_properties = d
        return organization_spend_limit_resource

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
