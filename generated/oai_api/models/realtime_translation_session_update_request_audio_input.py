from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
    )
    from ..models.realtime_translation_session_update_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionUpdateRequestAudioInput")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0, \
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0
    from ..models.realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
    )
    from ..models.realtime_translation_session_update_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranslationSessionUpdateRequestAudioInput:
    transcription: (
        None | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0
    ) = None
    noise_reduction: (
        None | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_transcription = (
            self.transcription
            if self.transcription is not None or "transcription" in self._none_flips
            else UNSET
        )

        transcription: dict[str, Any] | None | Unset
        if isinstance(_v_transcription, Unset):
            transcription = UNSET
        elif isinstance(
            _v_transcription,
            RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
        ):
            transcription = _v_transcription.to_dict()
        else:
            transcription = _v_transcription

        _v_noise_reduction = (
            self.noise_reduction
            if self.noise_reduction is not None or "noise_reduction" in self._none_flips
            else UNSET
        )

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(_v_noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(
            _v_noise_reduction,
            RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
        ):
            noise_reduction = _v_noise_reduction.to_dict()
        else:
            noise_reduction = _v_noise_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _transcription_raw = d.pop("transcription", UNSET)
        if _transcription_raw is None or isinstance(_transcription_raw, Unset):
            if _transcription_raw is None:
                _none_flips += ("transcription",)
            transcription = None

        else:
            try:

                def _parse_transcription(
                    data: object,
                ) -> (
                    None
                    | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        transcription_type_0 = RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0.from_dict(
                            data
                        )

                        return transcription_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        None
                        | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0
                        | Unset,
                        data,
                    )

                transcription = _parse_transcription(_transcription_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                transcription = _transcription_raw

        _noise_reduction_raw = d.pop("noise_reduction", UNSET)
        if _noise_reduction_raw is None or isinstance(_noise_reduction_raw, Unset):
            if _noise_reduction_raw is None:
                _none_flips += ("noise_reduction",)
            noise_reduction = None

        else:
            try:

                def _parse_noise_reduction(
                    data: object,
                ) -> (
                    None
                    | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "near_field") not in (
                            "near_field",
                            "far_field",
                        ):
                            raise TypeError()
                        noise_reduction_type_0 = RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0.from_dict(
                            data
                        )

                        return noise_reduction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        None
                        | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0
                        | Unset,
                        data,
                    )

                noise_reduction = _parse_noise_reduction(_noise_reduction_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                noise_reduction = _noise_reduction_raw

        realtime_translation_session_update_request_audio_input = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
        )
        if _none_flips:
            realtime_translation_session_update_request_audio_input._none_flips = (
                _none_flips
            )

        realtime_translation_session_update_request_audio_input.additional_properties = d
        return realtime_translation_session_update_request_audio_input

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
