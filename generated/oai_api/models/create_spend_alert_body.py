from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_spend_alert_body_currency import (
    CreateSpendAlertBodyCurrency,
    check_create_spend_alert_body_currency,
)
from ..models.create_spend_alert_body_interval import (
    CreateSpendAlertBodyInterval,
    check_create_spend_alert_body_interval,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel


T = TypeVar("T", bound="CreateSpendAlertBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, SpendAlertNotificationChannel
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel

    _models_bound = True


@_attrs_define
class CreateSpendAlertBody:
    """Settings of a spend alert, used both to create and to update one."""

    threshold_amount: int
    """ Spend level that triggers the alert, in cents (so 10000 is $100). """
    currency: CreateSpendAlertBodyCurrency
    """ Currency of `threshold_amount`; only `USD`. """
    interval: CreateSpendAlertBodyInterval
    """ Period over which spend is totalled and compared; only `month`. """
    notification_channel: SpendAlertNotificationChannel
    """ Where a spend alert sends its notice; email only for now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        _v_notification_channel = (
            self.notification_channel
            if self.notification_channel is not None
            or "notification_channel" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_notification_channel, SpendAlertNotificationChannel):
            notification_channel = _v_notification_channel
        else:
            notification_channel = _v_notification_channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "threshold_amount": threshold_amount,
                    "currency": currency,
                    "interval": interval,
                    "notification_channel": notification_channel,
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
        threshold_amount = d.pop("threshold_amount", UNSET)
        if threshold_amount is None or isinstance(threshold_amount, Unset):
            raise KeyError(
                "CreateSpendAlertBody: required field threshold_amount is missing"
            )

        if threshold_amount is None or threshold_amount is UNSET:
            if threshold_amount is UNSET:
                _none_flips += ("threshold_amount",)
            threshold_amount = None

        _currency_raw = d.pop("currency", UNSET)
        if _currency_raw is None or isinstance(_currency_raw, Unset):
            raise KeyError("CreateSpendAlertBody: required field currency is missing")

        else:
            currency = check_create_spend_alert_body_currency(_currency_raw)

        _interval_raw = d.pop("interval", UNSET)
        if _interval_raw is None or isinstance(_interval_raw, Unset):
            raise KeyError("CreateSpendAlertBody: required field interval is missing")

        else:
            interval = check_create_spend_alert_body_interval(_interval_raw)

        _notification_channel_raw = d.pop("notification_channel", UNSET)
        if _notification_channel_raw is None or isinstance(
            _notification_channel_raw, Unset
        ):
            raise KeyError(
                "CreateSpendAlertBody: required field notification_channel is missing"
            )

        else:
            notification_channel = SpendAlertNotificationChannel.from_dict(
                _notification_channel_raw
            )

        create_spend_alert_body = cls(
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            notification_channel=notification_channel,
        )
        if _none_flips:
            create_spend_alert_body._none_flips = _none_flips

        create_spend_alert_body.additional_properties = d
        return create_spend_alert_body

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
