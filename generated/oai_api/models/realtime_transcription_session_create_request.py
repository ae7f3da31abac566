from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_include_item import (
    RealtimeTranscriptionSessionCreateRequestIncludeItem,
    check_realtime_transcription_session_create_request_include_item,
)
from ..models.realtime_transcription_session_create_request_input_audio_format import (
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    check_realtime_transcription_session_create_request_input_audio_format,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AudioTranscription, \
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction, \
        RealtimeTranscriptionSessionCreateRequestTurnDetection
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranscriptionSessionCreateRequest:
    """Settings for a Realtime session that only transcribes audio."""

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | None = None
    """ Voice activity detection for the transcription session; server VAD finds speech start and end by volume.
    `null` disables it. """
    input_audio_noise_reduction: (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | None
    ) = None
    """ Filter applied to incoming audio before VAD and transcription, which cuts false detections; `null` turns it
    off. """
    input_audio_format: (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat | None
    ) = None
    """ Encoding of incoming audio: `pcm16` (default; 24 kHz, mono, 16-bit little-endian), `g711_ulaw` or
    `g711_alaw`. """
    input_audio_transcription: AudioTranscription | None = None
    """ Settings for transcribing input audio: the model plus optional language hints, keywords, prompt and delay.
    """
    include: list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | None = None
    """ Extra data to return; only `item.input_audio_transcription.logprobs` is available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_turn_detection = (
            self.turn_detection
            if self.turn_detection is not None or "turn_detection" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_turn_detection, RealtimeTranscriptionSessionCreateRequestTurnDetection
        ):
            turn_detection = _v_turn_detection
        else:
            turn_detection: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_turn_detection, Unset):
                turn_detection = _v_turn_detection.to_dict()

        _v_input_audio_noise_reduction = (
            self.input_audio_noise_reduction
            if self.input_audio_noise_reduction is not None
            or "input_audio_noise_reduction" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_input_audio_noise_reduction,
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
        ):
            input_audio_noise_reduction = _v_input_audio_noise_reduction
        else:
            input_audio_noise_reduction: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_audio_noise_reduction, Unset):
                input_audio_noise_reduction = _v_input_audio_noise_reduction.to_dict()

        _v_input_audio_format = (
            self.input_audio_format
            if self.input_audio_format is not None
            or "input_audio_format" in self._none_flips
            else UNSET
        )

        if _v_input_audio_format is None or isinstance(_v_input_audio_format, Unset):
            input_audio_format = _v_input_audio_format
        else:
            input_audio_format: str | Unset = UNSET
            if not isinstance(_v_input_audio_format, Unset):
                input_audio_format = _v_input_audio_format

        _v_input_audio_transcription = (
            self.input_audio_transcription
            if self.input_audio_transcription is not None
            or "input_audio_transcription" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_audio_transcription, AudioTranscription):
            input_audio_transcription = _v_input_audio_transcription
        else:
            input_audio_transcription: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_audio_transcription, Unset):
                input_audio_transcription = _v_input_audio_transcription.to_dict()

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_include, list):
            include = _v_include
        else:
            include: list[str] | Unset = UNSET
            if not isinstance(_v_include, Unset):
                include = []
                for include_item_data in _v_include:
                    include_item: str = include_item_data
                    include.append(include_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _turn_detection_raw = d.pop("turn_detection", UNSET)
        if _turn_detection_raw is None or isinstance(_turn_detection_raw, Unset):
            if _turn_detection_raw is None and strict_parsing.get():
                raise TypeError("turn_detection")

            if _turn_detection_raw is None:
                _none_flips += ("turn_detection",)
            turn_detection = None

        else:
            _turn_detection = _turn_detection_raw
            turn_detection: (
                RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset
            )
            if isinstance(_turn_detection, Unset):
                turn_detection = UNSET
            else:
                turn_detection = (
                    RealtimeTranscriptionSessionCreateRequestTurnDetection.from_dict(
                        _turn_detection
                    )
                )

        _input_audio_noise_reduction_raw = d.pop("input_audio_noise_reduction", UNSET)
        if _input_audio_noise_reduction_raw is None or isinstance(
            _input_audio_noise_reduction_raw, Unset
        ):
            if _input_audio_noise_reduction_raw is None and strict_parsing.get():
                raise TypeError("input_audio_noise_reduction")

            if _input_audio_noise_reduction_raw is None:
                _none_flips += ("input_audio_noise_reduction",)
            input_audio_noise_reduction = None

        else:
            _input_audio_noise_reduction = _input_audio_noise_reduction_raw
            input_audio_noise_reduction: (
                RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction
                | Unset
            )
            if isinstance(_input_audio_noise_reduction, Unset):
                input_audio_noise_reduction = UNSET
            else:
                input_audio_noise_reduction = RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction.from_dict(
                    _input_audio_noise_reduction
                )

        _input_audio_format_raw = d.pop("input_audio_format", UNSET)
        if _input_audio_format_raw is None or isinstance(
            _input_audio_format_raw, Unset
        ):
            if _input_audio_format_raw is None and strict_parsing.get():
                raise TypeError("input_audio_format")

            if _input_audio_format_raw is None:
                _none_flips += ("input_audio_format",)
            input_audio_format = None

        else:
            _input_audio_format = _input_audio_format_raw
            input_audio_format: (
                RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset
            )
            if isinstance(_input_audio_format, Unset):
                input_audio_format = UNSET
            else:
                input_audio_format = check_realtime_transcription_session_create_request_input_audio_format(
                    _input_audio_format
                )

        _input_audio_transcription_raw = d.pop("input_audio_transcription", UNSET)
        if _input_audio_transcription_raw is None or isinstance(
            _input_audio_transcription_raw, Unset
        ):
            if _input_audio_transcription_raw is None and strict_parsing.get():
                raise TypeError("input_audio_transcription")

            if _input_audio_transcription_raw is None:
                _none_flips += ("input_audio_transcription",)
            input_audio_transcription = None

        else:
            _input_audio_transcription = _input_audio_transcription_raw
            input_audio_transcription: AudioTranscription | Unset
            if isinstance(_input_audio_transcription, Unset):
                input_audio_transcription = UNSET
            else:
                input_audio_transcription = AudioTranscription.from_dict(
                    _input_audio_transcription
                )

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None and strict_parsing.get():
                raise TypeError("include")

            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            _include = _include_raw
            include: (
                list[RealtimeTranscriptionSessionCreateRequestIncludeItem] | Unset
            ) = UNSET
            if _include is not UNSET:
                include = []
                if not isinstance(_include, list):
                    raise TypeError()
                for include_item_data in _include:
                    include_item = check_realtime_transcription_session_create_request_include_item(
                        include_item_data
                    )

                    include.append(include_item)

        realtime_transcription_session_create_request = cls(
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            include=include,
        )
        if _none_flips:
            realtime_transcription_session_create_request._none_flips = _none_flips

        realtime_transcription_session_create_request.additional_properties = d
        return realtime_transcription_session_create_request

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
