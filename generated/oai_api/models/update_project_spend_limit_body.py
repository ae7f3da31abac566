from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_project_spend_limit_body_currency import (
    UpdateProjectSpendLimitBodyCurrency,
    check_update_project_spend_limit_body_currency,
)
from ..models.update_project_spend_limit_body_interval import (
    UpdateProjectSpendLimitBodyInterval,
    check_update_project_spend_limit_body_interval,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateProjectSpendLimitBody")


@_attrs_define
class UpdateProjectSpendLimitBody:
    """Body that sets or replaces a project's hard spend limit."""

    threshold_amount: int
    """ Spending cap for the project in cents (at least 1). """
    currency: UpdateProjectSpendLimitBodyCurrency
    """ Must be `USD`, the one currency supported. """
    interval: UpdateProjectSpendLimitBodyInterval
    """ Period the cap applies to; only `month` is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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
            currency: str = _v_currency

        _v_interval = (
            self.interval
            if self.interval is not None or "interval" not in self._none_flips
            else UNSET
        )

        if _v_interval is None or isinstance(_v_interval, Unset):
            interval = _v_interval
        else:
            interval: str = _v_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        threshold_amount = d.pop("threshold_amount", UNSET)
        if threshold_amount is None or isinstance(threshold_amount, Unset):
            raise KeyError(
                "UpdateProjectSpendLimitBody: required field threshold_amount is missing"
            )

        if threshold_amount is None or threshold_amount is UNSET:
            if threshold_amount is UNSET:
                _none_flips += ("threshold_amount",)
            threshold_amount = None

        _currency_raw = d.pop("currency", UNSET)
        if _currency_raw is None or isinstance(_currency_raw, Unset):
            raise KeyError(
                "UpdateProjectSpendLimitBody: required field currency is missing"
            )

        else:
            currency = check_update_project_spend_limit_body_currency(_currency_raw)

        _interval_raw = d.pop("interval", UNSET)
        if _interval_raw is None or isinstance(_interval_raw, Unset):
            raise KeyError(
                "UpdateProjectSpendLimitBody: required field interval is missing"
            )

        else:
            interval = check_update_project_spend_limit_body_interval(_interval_raw)

        update_project_spend_limit_body = cls(
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
        )
        if _none_flips:
            update_project_spend_limit_body._none_flips = _none_flips

        update_project_spend_limit_body.additional_properties = d
        return update_project_spend_limit_body

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
