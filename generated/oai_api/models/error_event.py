from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_event_event import ErrorEventEvent, check_error_event_event
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.error import Error


T = TypeVar("T", bound="ErrorEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, Error
    from ..models.error import Error

    _models_bound = True


@_attrs_define
class ErrorEvent:
    """Stream event sent when an error, such as an internal failure or timeout, ends the stream."""

    event: ErrorEventEvent
    data: Error
    """ Details of an API error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_event = (
            self.event
            if self.event is not None or "event" not in self._none_flips
            else UNSET
        )

        if _v_event is None or isinstance(_v_event, Unset):
            event = _v_event
        else:
            event: str = _v_event

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, Error):
            data = _v_data
        else:
            data = _v_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event": event,
                    "data": data,
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
        _event_raw = d.pop("event", UNSET)
        if _event_raw is None or isinstance(_event_raw, Unset):
            if strict_parsing.get():
                raise KeyError("event")

            if _event_raw is UNSET:
                _none_flips += ("event",)
            event = None

        else:
            try:
                event = check_error_event_event(_event_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                event = _event_raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = Error.from_dict(_data_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        error_event = cls(
            event=event,
            data=data,
        )
        if _none_flips:
            error_event._none_flips = _none_flips

        error_event.additional_properties = d
        return error_event

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
