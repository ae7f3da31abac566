from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_rate_limits_updated_type import (
    RealtimeBetaServerEventRateLimitsUpdatedType,
    check_realtime_beta_server_event_rate_limits_updated_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )


T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem
    from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )

    _models_bound = True


@_attrs_define
class RealtimeBetaServerEventRateLimitsUpdated:
    """Server event sent as a response begins, giving current rate limits including tokens reserved for its output."""

    event_id: str
    type_: RealtimeBetaServerEventRateLimitsUpdatedType
    rate_limits: list[RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" not in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_rate_limits = (
            self.rate_limits
            if self.rate_limits is not None or "rate_limits" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_rate_limits, list):
            rate_limits = _v_rate_limits
        else:
            rate_limits = []
            for rate_limits_item_data in _v_rate_limits:
                if not isinstance(
                    rate_limits_item_data,
                    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
                ):
                    rate_limits.append(rate_limits_item_data)
                    continue
                rate_limits_item = rate_limits_item_data.to_dict()
                rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "rate_limits": rate_limits,
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
        event_id = d.pop("event_id", UNSET)
        if (event_id is None or isinstance(event_id, Unset)) and strict_parsing.get():
            raise KeyError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is UNSET:
                _none_flips += ("event_id",)
            event_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_beta_server_event_rate_limits_updated_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _rate_limits_raw = d.pop("rate_limits", UNSET)
        if _rate_limits_raw is None or isinstance(_rate_limits_raw, Unset):
            if strict_parsing.get():
                raise KeyError("rate_limits")

            if _rate_limits_raw is UNSET:
                _none_flips += ("rate_limits",)
            rate_limits = None

        else:
            try:
                rate_limits = []
                _rate_limits = _rate_limits_raw
                if not isinstance(_rate_limits, list):
                    raise TypeError()
                for rate_limits_item_data in _rate_limits:
                    rate_limits_item = RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem.from_dict(
                        rate_limits_item_data
                    )

                    rate_limits.append(rate_limits_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                rate_limits = _rate_limits_raw

        realtime_beta_server_event_rate_limits_updated = cls(
            event_id=event_id,
            type_=type_,
            rate_limits=rate_limits,
        )
        if _none_flips:
            realtime_beta_server_event_rate_limits_updated._none_flips = _none_flips

        realtime_beta_server_event_rate_limits_updated.additional_properties = d
        return realtime_beta_server_event_rate_limits_updated

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
