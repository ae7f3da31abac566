from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2
    from ..models.realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from ..models.realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0,
    )
    from ..models.realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1,
    )


T = TypeVar("T", bound="RealtimeSessionCreateResponseGAAudioInput")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AudioTranscriptionResponse, \
        RealtimeAudioFormatsType0, \
        RealtimeAudioFormatsType1, \
        RealtimeAudioFormatsType2, \
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction, \
        RealtimeTurnDetectionType0Type0, \
        RealtimeTurnDetectionType0Type1
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2
    from ..models.realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from ..models.realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0,
    )
    from ..models.realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1,
    )

    _models_bound = True


@_attrs_define
class RealtimeSessionCreateResponseGAAudioInput:
    format_: (
        RealtimeAudioFormatsType0
        | RealtimeAudioFormatsType1
        | RealtimeAudioFormatsType2
        | None
    ) = None
    """ Audio encoding: 24 kHz PCM, G.711 mu-law (`audio/pcmu`), or G.711 A-law (`audio/pcma`). """
    transcription: AudioTranscriptionResponse | None = None
    """ Transcription settings in effect for a session, as the server reports them. """
    noise_reduction: RealtimeSessionCreateResponseGAAudioInputNoiseReduction | None = (
        None
    )
    turn_detection: (
        None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1
    ) = None
    """ How the session detects the end of a user turn: `server_vad` (volume) or `semantic_vad` (content); `null`
    means the client triggers replies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_format_ = (
            self.format_
            if self.format_ is not None or "format_" in self._none_flips
            else UNSET
        )

        if _v_format_ is None or isinstance(_v_format_, Unset):
            format_ = _v_format_
        else:
            format_: dict[str, Any] | Unset
            if isinstance(_v_format_, Unset):
                format_ = UNSET
            elif (
                isinstance(_v_format_, RealtimeAudioFormatsType0)
                or isinstance(_v_format_, RealtimeAudioFormatsType1)
                or isinstance(_v_format_, RealtimeAudioFormatsType2)
            ):
                format_ = _v_format_.to_dict()
            else:
                format_ = _v_format_

        _v_transcription = (
            self.transcription
            if self.transcription is not None or "transcription" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_transcription, AudioTranscriptionResponse):
            transcription = _v_transcription
        else:
            transcription: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_transcription, Unset):
                transcription = _v_transcription.to_dict()

        _v_noise_reduction = (
            self.noise_reduction
            if self.noise_reduction is not None or "noise_reduction" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_noise_reduction, RealtimeSessionCreateResponseGAAudioInputNoiseReduction
        ):
            noise_reduction = _v_noise_reduction
        else:
            noise_reduction: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_noise_reduction, Unset):
                noise_reduction = _v_noise_reduction.to_dict()

        _v_turn_detection = (
            self.turn_detection
            if self.turn_detection is not None or "turn_detection" in self._none_flips
            else UNSET
        )

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(_v_turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(
            _v_turn_detection, RealtimeTurnDetectionType0Type0
        ) or isinstance(_v_turn_detection, RealtimeTurnDetectionType0Type1):
            turn_detection = _v_turn_detection.to_dict()
        else:
            turn_detection = _v_turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _format__raw = d.pop("format", UNSET)
        if _format__raw is None or isinstance(_format__raw, Unset):
            if _format__raw is None and strict_parsing.get():
                raise TypeError("format")

            if _format__raw is None:
                _none_flips += ("format_",)
            format_ = None

        else:
            try:

                def _parse_format_(
                    data: object,
                ) -> (
                    RealtimeAudioFormatsType0
                    | RealtimeAudioFormatsType1
                    | RealtimeAudioFormatsType2
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "audio/pcm":
                            try:
                                componentsschemas_realtime_audio_formats_type_0 = (
                                    RealtimeAudioFormatsType0.from_dict(data)
                                )

                                return componentsschemas_realtime_audio_formats_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "audio/pcmu":
                            try:
                                componentsschemas_realtime_audio_formats_type_1 = (
                                    RealtimeAudioFormatsType1.from_dict(data)
                                )

                                return componentsschemas_realtime_audio_formats_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "audio/pcma":
                            try:
                                componentsschemas_realtime_audio_formats_type_2 = (
                                    RealtimeAudioFormatsType2.from_dict(data)
                                )

                                return componentsschemas_realtime_audio_formats_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_format_(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "rate",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "audio/pcm") not in ("audio/pcm",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_realtime_audio_formats_type_0 = (
                            RealtimeAudioFormatsType0.from_dict(data)
                        )

                        return componentsschemas_realtime_audio_formats_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "audio/pcmu") not in ("audio/pcmu",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_realtime_audio_formats_type_1 = (
                            RealtimeAudioFormatsType1.from_dict(data)
                        )

                        return componentsschemas_realtime_audio_formats_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "audio/pcma") not in ("audio/pcma",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_realtime_audio_formats_type_2 = (
                            RealtimeAudioFormatsType2.from_dict(data)
                        )

                        return componentsschemas_realtime_audio_formats_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RealtimeAudioFormatsType0
                        | RealtimeAudioFormatsType1
                        | RealtimeAudioFormatsType2
                        | Unset,
                        data,
                    )

                format_ = _parse_format_(_format__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                format_ = _format__raw

        _transcription_raw = d.pop("transcription", UNSET)
        if _transcription_raw is None or isinstance(_transcription_raw, Unset):
            if _transcription_raw is None and strict_parsing.get():
                raise TypeError("transcription")

            if _transcription_raw is None:
                _none_flips += ("transcription",)
            transcription = None

        else:
            try:
                _transcription = _transcription_raw
                transcription: AudioTranscriptionResponse | Unset
                if isinstance(_transcription, Unset):
                    transcription = UNSET
                else:
                    transcription = AudioTranscriptionResponse.from_dict(_transcription)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                transcription = _transcription_raw

        _noise_reduction_raw = d.pop("noise_reduction", UNSET)
        if _noise_reduction_raw is None or isinstance(_noise_reduction_raw, Unset):
            if _noise_reduction_raw is None and strict_parsing.get():
                raise TypeError("noise_reduction")

            if _noise_reduction_raw is None:
                _none_flips += ("noise_reduction",)
            noise_reduction = None

        else:
            try:
                _noise_reduction = _noise_reduction_raw
                noise_reduction: (
                    RealtimeSessionCreateResponseGAAudioInputNoiseReduction | Unset
                )
                if isinstance(_noise_reduction, Unset):
                    noise_reduction = UNSET
                else:
                    noise_reduction = RealtimeSessionCreateResponseGAAudioInputNoiseReduction.from_dict(
                        _noise_reduction
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                noise_reduction = _noise_reduction_raw

        _turn_detection_raw = d.pop("turn_detection", UNSET)
        if _turn_detection_raw is None or isinstance(_turn_detection_raw, Unset):
            if _turn_detection_raw is None:
                _none_flips += ("turn_detection",)
            turn_detection = None

        else:
            try:

                def _parse_turn_detection(
                    data: object,
                ) -> (
                    None
                    | RealtimeTurnDetectionType0Type0
                    | RealtimeTurnDetectionType0Type1
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "server_vad":
                            try:
                                componentsschemas_realtime_turn_detection_type_0_type_0 = RealtimeTurnDetectionType0Type0.from_dict(
                                    data
                                )

                                return componentsschemas_realtime_turn_detection_type_0_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "semantic_vad":
                            try:
                                componentsschemas_realtime_turn_detection_type_0_type_1 = RealtimeTurnDetectionType0Type1.from_dict(
                                    data
                                )

                                return componentsschemas_realtime_turn_detection_type_0_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_turn_detection(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "create_response",
                                    "idle_timeout_ms",
                                    "interrupt_response",
                                    "prefix_padding_ms",
                                    "silence_duration_ms",
                                    "threshold",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "create_response",
                                    "eagerness",
                                    "interrupt_response",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "server_vad") not in ("server_vad",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_realtime_turn_detection_type_0_type_0 = (
                            RealtimeTurnDetectionType0Type0.from_dict(data)
                        )

                        return componentsschemas_realtime_turn_detection_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "semantic_vad") not in ("semantic_vad",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_realtime_turn_detection_type_0_type_1 = (
                            RealtimeTurnDetectionType0Type1.from_dict(data)
                        )

                        return componentsschemas_realtime_turn_detection_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        None
                        | RealtimeTurnDetectionType0Type0
                        | RealtimeTurnDetectionType0Type1
                        | Unset,
                        data,
                    )

                turn_detection = _parse_turn_detection(_turn_detection_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                turn_detection = _turn_detection_raw

        realtime_session_create_response_ga_audio_input = cls(
            format_=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
        )
        if _none_flips:
            realtime_session_create_response_ga_audio_input._none_flips = _none_flips

        realtime_session_create_response_ga_audio_input.additional_properties = d
        return realtime_session_create_response_ga_audio_input

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
