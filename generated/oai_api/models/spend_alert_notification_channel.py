from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.spend_alert_notification_channel_type import (
    SpendAlertNotificationChannelType,
    check_spend_alert_notification_channel_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SpendAlertNotificationChannel(_OpenModel):
    """Where a spend alert sends its notice; email only for now."""

    type_: SpendAlertNotificationChannelType
    """ Channel kind; only `email` is supported. """
    recipients: list[str]
    """ Email addresses that get the alert. """
    subject_prefix: None | str = None
    """ Text put in front of the alert email's subject line; None for no prefix. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("recipients", "subject_prefix", "type")
    _tags = {"type": ("email",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_spend_alert_notification_channel_type),
            ("recipients", "recipients", REQUIRED, list_of(None)),
            ("subject_prefix", "subject_prefix", OPTIONAL_OR_NULL, one_of(str, None)),
        )
