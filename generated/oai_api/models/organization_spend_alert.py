from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel


@_attrs_define(repr=False)
class OrganizationSpendAlert(_OpenModel):
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
    _keys = (
        "currency",
        "id",
        "interval",
        "notification_channel",
        "object",
        "threshold_amount",
    )
    _tags = {"object": ("organization.spend_alert",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.spend_alert_notification_channel import (
            SpendAlertNotificationChannel,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_organization_spend_alert_object),
            ("threshold_amount", "threshold_amount", REQUIRED, None),
            ("currency", "currency", REQUIRED, check_organization_spend_alert_currency),
            ("interval", "interval", REQUIRED, check_organization_spend_alert_interval),
            (
                "notification_channel",
                "notification_channel",
                REQUIRED,
                SpendAlertNotificationChannel,
            ),
        )
