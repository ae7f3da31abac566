from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_turn_detection_type import (
    RealtimeTranscriptionSessionCreateRequestTurnDetectionType,
    check_realtime_transcription_session_create_request_turn_detection_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestTurnDetection")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestTurnDetection:
    """Voice activity detection for the transcription session; server VAD finds speech start and end by volume. `null`
    disables it.

    """

    type_: RealtimeTranscriptionSessionCreateRequestTurnDetectionType | None = None
    """ Detection kind; transcription sessions accept only `server_vad`. """
    threshold: float | None = None
    """ Volume needed to count as speech, 0.0 to 1.0; default 0.5. Raise it in noisy settings. """
    prefix_padding_ms: int | None = None
    """ Audio kept from before detected speech starts, in milliseconds; default 300. """
    silence_duration_ms: int | None = None
    """ Silence that ends a speech segment, in milliseconds; default 500. Shorter reacts faster but may split on
    pauses. """
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

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            _type_ = _type__raw
            type_: RealtimeTranscriptionSessionCreateRequestTurnDetectionType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_transcription_session_create_request_turn_detection_type(
                    _type_
                )

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

        realtime_transcription_session_create_request_turn_detection = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
        )
        if _none_flips:
            realtime_transcription_session_create_request_turn_detection._none_flips = (
                _none_flips
            )

        realtime_transcription_session_create_request_turn_detection.additional_properties = d
        return realtime_transcription_session_create_request_turn_detection

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
