from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_client_event_input_audio_buffer_append_type import (
    RealtimeBetaClientEventInputAudioBufferAppendType,
    check_realtime_beta_client_event_input_audio_buffer_append_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeBetaClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeBetaClientEventInputAudioBufferAppend:
    """Client event adding base64 audio to the input buffer, up to 15 MiB per event; no reply is sent. With server VAD the
    server decides when to commit.

    """

    type_: RealtimeBetaClientEventInputAudioBufferAppendType
    audio: str
    event_id: str | None = None
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

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" not in self._none_flips
            else UNSET
        )

        audio = _v_audio

        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "audio": audio,
                }.items()
                if v is not UNSET
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

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
                type_ = check_realtime_beta_client_event_input_audio_buffer_append_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        audio = d.pop("audio", UNSET)
        if (audio is None or isinstance(audio, Unset)) and strict_parsing.get():
            raise KeyError("audio")

        if audio is None or audio is UNSET:
            if audio is UNSET:
                _none_flips += ("audio",)
            audio = None

        event_id = d.pop("event_id", UNSET)
        if event_id is None and strict_parsing.get():
            raise TypeError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is None:
                _none_flips += ("event_id",)
            event_id = None

        realtime_beta_client_event_input_audio_buffer_append = cls(
            type_=type_,
            audio=audio,
            event_id=event_id,
        )
        if _none_flips:
            realtime_beta_client_event_input_audio_buffer_append._none_flips = (
                _none_flips
            )

        realtime_beta_client_event_input_audio_buffer_append.additional_properties = d
        return realtime_beta_client_event_input_audio_buffer_append

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
