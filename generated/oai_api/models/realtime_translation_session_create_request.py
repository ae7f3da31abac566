from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeTranslationSessionCreateRequestAudio
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranslationSessionCreateRequest:
    """Config for a streaming translation session: source speech goes in, translated audio and transcript deltas come out."""

    model: str
    """ Model ID doing the speech translation. """
    audio: RealtimeTranslationSessionCreateRequestAudio | None = None
    """ Settings for the source audio and the translated output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeTranslationSessionCreateRequestAudio):
            audio = _v_audio
        else:
            audio: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_audio, Unset):
                audio = _v_audio.to_dict()

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
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        model = d.pop("model", UNSET)
        if model is None or isinstance(model, Unset):
            raise KeyError(
                "RealtimeTranslationSessionCreateRequest: required field model is missing"
            )

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None and strict_parsing.get():
                raise TypeError("audio")

            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            _audio = _audio_raw
            audio: RealtimeTranslationSessionCreateRequestAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeTranslationSessionCreateRequestAudio.from_dict(_audio)

        realtime_translation_session_create_request = cls(
            model=model,
            audio=audio,
        )
        if _none_flips:
            realtime_translation_session_create_request._none_flips = _none_flips

        realtime_translation_session_create_request.additional_properties = d
        return realtime_translation_session_create_request

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
