from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_spend_alert_currency import (
    ProjectSpendAlertCurrency,
    check_project_spend_alert_currency,
)
from ..models.project_spend_alert_interval import (
    ProjectSpendAlertInterval,
    check_project_spend_alert_interval,
)
from ..models.project_spend_alert_object import (
    ProjectSpendAlertObject,
    check_project_spend_alert_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel


@_attrs_define(repr=False)
class ProjectSpendAlert(_OpenModel):
    """A spend alert that watches one project's spend."""

    id: str

    object_: ProjectSpendAlertObject

    threshold_amount: int

    currency: ProjectSpendAlertCurrency

    interval: ProjectSpendAlertInterval

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
    _tags = {"object": ("project.spend_alert",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.spend_alert_notification_channel import (
            SpendAlertNotificationChannel,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_project_spend_alert_object),
            ("threshold_amount", "threshold_amount", REQUIRED, None),
            ("currency", "currency", REQUIRED, check_project_spend_alert_currency),
            ("interval", "interval", REQUIRED, check_project_spend_alert_interval),
            (
                "notification_channel",
                "notification_channel",
                REQUIRED,
                SpendAlertNotificationChannel,
            ),
        )
