from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_spend_alert_body_currency import (
    CreateSpendAlertBodyCurrency,
    check_create_spend_alert_body_currency,
)
from ..models.create_spend_alert_body_interval import (
    CreateSpendAlertBodyInterval,
    check_create_spend_alert_body_interval,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel


@_attrs_define(repr=False)
class CreateSpendAlertBody(_OpenModel):
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
    _keys = ("currency", "interval", "notification_channel", "threshold_amount")

    @staticmethod
    def _fields() -> Table:
        from ..models.spend_alert_notification_channel import (
            SpendAlertNotificationChannel,
        )

        return fields(
            ("threshold_amount", "threshold_amount", REQUIRED, None),
            ("currency", "currency", REQUIRED, check_create_spend_alert_body_currency),
            ("interval", "interval", REQUIRED, check_create_spend_alert_body_interval),
            (
                "notification_channel",
                "notification_channel",
                REQUIRED,
                SpendAlertNotificationChannel,
            ),
            strict=True,
        )
