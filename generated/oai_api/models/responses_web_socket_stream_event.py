from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="ResponsesWebSocketStreamEvent")


@_attrs_define
class ResponsesWebSocketStreamEvent:
    """A Responses streaming event as sent over WebSocket, tagged with the `stream_id` lane when one was given."""

    stream_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_stream_id = (
            self.stream_id
            if self.stream_id is not None or "stream_id" in self._none_flips
            else UNSET
        )

        stream_id = _v_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        stream_id = d.pop("stream_id", UNSET)
        if stream_id is None and strict_parsing.get():
            raise TypeError("stream_id")

        if stream_id is None or stream_id is UNSET:
            if stream_id is None:
                _none_flips += ("stream_id",)
            stream_id = None

        responses_web_socket_stream_event = cls(
            stream_id=stream_id,
        )
        if _none_flips:
            responses_web_socket_stream_event._none_flips = _none_flips

        responses_web_socket_stream_event.additional_properties = d
        return responses_web_socket_stream_event

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
