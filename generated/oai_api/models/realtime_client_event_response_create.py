from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_response_create_type import (
    RealtimeClientEventResponseCreateType,
    check_realtime_client_event_response_create_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_response_create_params import RealtimeResponseCreateParams


T = TypeVar("T", bound="RealtimeClientEventResponseCreate")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeResponseCreateParams
    from ..models.realtime_response_create_params import RealtimeResponseCreateParams

    _models_bound = True


@_attrs_define
class RealtimeClientEventResponseCreate:
    """Client event that starts model inference for a new response, optionally overriding session settings or writing
    outside the default conversation.

    """

    type_: RealtimeClientEventResponseCreateType
    event_id: str | None = None
    response: RealtimeResponseCreateParams | None = None
    """ Settings for one Realtime response, overriding the session's defaults for that response only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_response = (
            self.response
            if self.response is not None or "response" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_response, RealtimeResponseCreateParams):
            response = _v_response
        else:
            response: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_response, Unset):
                response = _v_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                type_ = check_realtime_client_event_response_create_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        event_id = d.pop("event_id", UNSET)
        if event_id is None and strict_parsing.get():
            raise TypeError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is None:
                _none_flips += ("event_id",)
            event_id = None

        _response_raw = d.pop("response", UNSET)
        if _response_raw is None or isinstance(_response_raw, Unset):
            if _response_raw is None and strict_parsing.get():
                raise TypeError("response")

            if _response_raw is None:
                _none_flips += ("response",)
            response = None

        else:
            try:
                _response = _response_raw
                response: RealtimeResponseCreateParams | Unset
                if isinstance(_response, Unset):
                    response = UNSET
                else:
                    response = RealtimeResponseCreateParams.from_dict(_response)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                response = _response_raw

        realtime_client_event_response_create = cls(
            type_=type_,
            event_id=event_id,
            response=response,
        )
        if _none_flips:
            realtime_client_event_response_create._none_flips = _none_flips

        realtime_client_event_response_create.additional_properties = d
        return realtime_client_event_response_create

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
