from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_response_created_type import (
    RealtimeServerEventResponseCreatedType,
    check_realtime_server_event_response_created_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_response import RealtimeResponse


T = TypeVar("T", bound="RealtimeServerEventResponseCreated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeResponse
    from ..models.realtime_response import RealtimeResponse

    _models_bound = True


@_attrs_define
class RealtimeServerEventResponseCreated:
    """Server event: a response has been created and is `in_progress`; the first event of every response."""

    event_id: str
    type_: RealtimeServerEventResponseCreatedType
    response: RealtimeResponse
    """ A response produced in a Realtime session: status, output items, audio settings and usage. """
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

        _v_response = (
            self.response
            if self.response is not None or "response" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_response, RealtimeResponse):
            response = _v_response
        else:
            response = _v_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "response": response,
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
                type_ = check_realtime_server_event_response_created_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _response_raw = d.pop("response", UNSET)
        if _response_raw is None or isinstance(_response_raw, Unset):
            if strict_parsing.get():
                raise KeyError("response")

            if _response_raw is UNSET:
                _none_flips += ("response",)
            response = None

        else:
            try:
                response = RealtimeResponse.from_dict(_response_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                response = _response_raw

        realtime_server_event_response_created = cls(
            event_id=event_id,
            type_=type_,
            response=response,
        )
        if _none_flips:
            realtime_server_event_response_created._none_flips = _none_flips

        realtime_server_event_response_created.additional_properties = d
        return realtime_server_event_response_created

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
