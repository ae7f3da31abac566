from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_spend_alert_currency import (
    OrganizationSpendAlertCurrency,
    check_organization_spend_alert_currency,
)
from ..models.organization_spend_alert_interval import (
    OrganizationSpendAlertInterval,
    check_organization_spend_alert_interval,
)
from ..models.organization_spend_alert_object import (
    OrganizationSpendAlertObject,
    check_organization_spend_alert_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel


T = TypeVar("T", bound="OrganizationSpendAlert")

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
class OrganizationSpendAlert:
    """A spend alert that watches the whole organization's spend."""

    id: str
    object_: OrganizationSpendAlertObject
    threshold_amount: int
    currency: OrganizationSpendAlertCurrency
    interval: OrganizationSpendAlertInterval
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
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

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
                    "id": id,
                    "object": object_,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_organization_spend_alert_object(_object__raw)

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
                currency = check_organization_spend_alert_currency(_currency_raw)

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
                interval = check_organization_spend_alert_interval(_interval_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                interval = _interval_raw

        _notification_channel_raw = d.pop("notification_channel", UNSET)
        if _notification_channel_raw is None or isinstance(
            _notification_channel_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("notification_channel")

            if _notification_channel_raw is UNSET:
                _none_flips += ("notification_channel",)
            notification_channel = None

        else:
            try:
                notification_channel = SpendAlertNotificationChannel.from_dict(
                    _notification_channel_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                notification_channel = _notification_channel_raw

        organization_spend_alert = cls(
            id=id,
            object_=object_,
            threshold_amount=threshold_amount,
            currency=currency,
            interval=interval,
            notification_channel=notification_channel,
        )
        if _none_flips:
            organization_spend_alert._none_flips = _none_flips

        organization_spend_alert.additional_properties = d
        return organization_spend_alert

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
