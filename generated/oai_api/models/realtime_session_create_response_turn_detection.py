from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeSessionCreateResponseTurnDetection")


@_attrs_define
class RealtimeSessionCreateResponseTurnDetection:
    type_: str | None = None
    threshold: float | None = None
    prefix_padding_ms: int | None = None
    silence_duration_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        _v_threshold = (
            self.threshold
            if self.threshold is not None or "threshold" in self._none_flips
            else UNSET
        )

        threshold = _v_threshold

        _v_prefix_padding_ms = (
            self.prefix_padding_ms
            if self.prefix_padding_ms is not None
            or "prefix_padding_ms" in self._none_flips
            else UNSET
        )

        prefix_padding_ms = _v_prefix_padding_ms

        _v_silence_duration_ms = (
            self.silence_duration_ms
            if self.silence_duration_ms is not None
            or "silence_duration_ms" in self._none_flips
            else UNSET
        )

        silence_duration_ms = _v_silence_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        type_ = d.pop("type", UNSET)
        if type_ is None and strict_parsing.get():
            raise TypeError("type")

        if type_ is None or type_ is UNSET:
            if type_ is None:
                _none_flips += ("type_",)
            type_ = None

        threshold = d.pop("threshold", UNSET)
        if threshold is None and strict_parsing.get():
            raise TypeError("threshold")

        if threshold is None or threshold is UNSET:
            if threshold is None:
                _none_flips += ("threshold",)
            threshold = None

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        if prefix_padding_ms is None and strict_parsing.get():
            raise TypeError("prefix_padding_ms")

        if prefix_padding_ms is None or prefix_padding_ms is UNSET:
            if prefix_padding_ms is None:
                _none_flips += ("prefix_padding_ms",)
            prefix_padding_ms = None

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        if silence_duration_ms is None and strict_parsing.get():
            raise TypeError("silence_duration_ms")

        if silence_duration_ms is None or silence_duration_ms is UNSET:
            if silence_duration_ms is None:
                _none_flips += ("silence_duration_ms",)
            silence_duration_ms = None

        realtime_session_create_response_turn_detection = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
        )
        if _none_flips:
            realtime_session_create_response_turn_detection._none_flips = _none_flips

        realtime_session_create_response_turn_detection.additional_properties = d
        return realtime_session_create_response_turn_detection

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
