from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeSessionCreateRequestInputAudioTranscription")


@_attrs_define
class RealtimeSessionCreateRequestInputAudioTranscription:
    """Turns on asynchronous transcription of user audio (off by default, `null` disables it); the text is approximate, not
    what the model heard.

    """

    model: str | None = None
    """ Model that transcribes the input audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model = _v_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        model = d.pop("model", UNSET)
        if model is None and strict_parsing.get():
            raise TypeError("model")

        if model is None or model is UNSET:
            if model is None:
                _none_flips += ("model",)
            model = None

        realtime_session_create_request_input_audio_transcription = cls(
            model=model,
        )
        if _none_flips:
            realtime_session_create_request_input_audio_transcription._none_flips = (
                _none_flips
            )

        realtime_session_create_request_input_audio_transcription.additional_properties = d
        return realtime_session_create_request_input_audio_transcription

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
