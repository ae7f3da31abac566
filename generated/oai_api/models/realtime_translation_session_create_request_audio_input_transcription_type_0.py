from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar(
    "T", bound="RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0"
)


@_attrs_define
class RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0:
    model: str
    """ Model that produces transcript deltas of the source speech. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        model = d.pop("model", UNSET)
        if model is None or isinstance(model, Unset):
            raise KeyError(
                "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0: required field model is missing"
            )

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        realtime_translation_session_create_request_audio_input_transcription_type_0 = (
            cls(
                model=model,
            )
        )
        if _none_flips:
            realtime_translation_session_create_request_audio_input_transcription_type_0._none_flips = _none_flips

        realtime_translation_session_create_request_audio_input_transcription_type_0.additional_properties = d
        return (
            realtime_translation_session_create_request_audio_input_transcription_type_0
        )

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
