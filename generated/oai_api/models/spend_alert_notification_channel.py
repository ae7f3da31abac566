from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spend_alert_notification_channel_type import (
    SpendAlertNotificationChannelType,
    check_spend_alert_notification_channel_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="SpendAlertNotificationChannel")


@_attrs_define
class SpendAlertNotificationChannel:
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

        _v_recipients = (
            self.recipients
            if self.recipients is not None or "recipients" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_recipients, list):
            recipients = _v_recipients
        else:
            recipients = _v_recipients

        _v_subject_prefix = (
            self.subject_prefix
            if self.subject_prefix is not None or "subject_prefix" in self._none_flips
            else UNSET
        )

        subject_prefix: None | str | Unset
        if isinstance(_v_subject_prefix, Unset):
            subject_prefix = UNSET
        else:
            subject_prefix = _v_subject_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "recipients": recipients,
                }.items()
                if v is not UNSET
            }
        )
        if subject_prefix is not UNSET:
            field_dict["subject_prefix"] = subject_prefix

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
                type_ = check_spend_alert_notification_channel_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _recipients_raw = d.pop("recipients", UNSET)
        if _recipients_raw is None or isinstance(_recipients_raw, Unset):
            if strict_parsing.get():
                raise KeyError("recipients")

            if _recipients_raw is UNSET:
                _none_flips += ("recipients",)
            recipients = None

        else:
            try:
                recipients = cast(list[str], _recipients_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                recipients = _recipients_raw

        _subject_prefix_raw = d.pop("subject_prefix", UNSET)
        if _subject_prefix_raw is None or isinstance(_subject_prefix_raw, Unset):
            if _subject_prefix_raw is None:
                _none_flips += ("subject_prefix",)
            subject_prefix = None

        else:
            try:

                def _parse_subject_prefix(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                subject_prefix = _parse_subject_prefix(_subject_prefix_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                subject_prefix = _subject_prefix_raw

        spend_alert_notification_channel = cls(
            type_=type_,
            recipients=recipients,
            subject_prefix=subject_prefix,
        )
        if _none_flips:
            spend_alert_notification_channel._none_flips = _none_flips

        spend_alert_notification_channel.additional_properties = d
        return spend_alert_notification_channel

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
