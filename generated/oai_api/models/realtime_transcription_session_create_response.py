from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from ..models.realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AudioTranscriptionResponse, \
        RealtimeTranscriptionSessionCreateResponseClientSecret, \
        RealtimeTranscriptionSessionCreateResponseTurnDetection
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from ..models.realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranscriptionSessionCreateResponse:
    """The transcription session as created; over REST it also carries an ephemeral key, valid 10 minutes by default."""

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret
    modalities: Any | None = None
    input_audio_format: str | None = None
    input_audio_transcription: AudioTranscriptionResponse | None = None
    """ Transcription settings in effect for a session, as the server reports them. """
    turn_detection: RealtimeTranscriptionSessionCreateResponseTurnDetection | None = (
        None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_client_secret = (
            self.client_secret
            if self.client_secret is not None or "client_secret" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_client_secret, RealtimeTranscriptionSessionCreateResponseClientSecret
        ):
            client_secret = _v_client_secret
        else:
            client_secret = _v_client_secret.to_dict()

        _v_modalities = (
            self.modalities
            if self.modalities is not None or "modalities" in self._none_flips
            else UNSET
        )

        modalities = _v_modalities

        _v_input_audio_format = (
            self.input_audio_format
            if self.input_audio_format is not None
            or "input_audio_format" in self._none_flips
            else UNSET
        )

        input_audio_format = _v_input_audio_format

        _v_input_audio_transcription = (
            self.input_audio_transcription
            if self.input_audio_transcription is not None
            or "input_audio_transcription" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_audio_transcription, AudioTranscriptionResponse):
            input_audio_transcription = _v_input_audio_transcription
        else:
            input_audio_transcription: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_audio_transcription, Unset):
                input_audio_transcription = _v_input_audio_transcription.to_dict()

        _v_turn_detection = (
            self.turn_detection
            if self.turn_detection is not None or "turn_detection" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_turn_detection, RealtimeTranscriptionSessionCreateResponseTurnDetection
        ):
            turn_detection = _v_turn_detection
        else:
            turn_detection: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_turn_detection, Unset):
                turn_detection = _v_turn_detection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "client_secret": client_secret,
                }.items()
                if v is not UNSET
            }
        )
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _client_secret_raw = d.pop("client_secret", UNSET)
        if _client_secret_raw is None or isinstance(_client_secret_raw, Unset):
            if strict_parsing.get():
                raise KeyError("client_secret")

            if _client_secret_raw is UNSET:
                _none_flips += ("client_secret",)
            client_secret = None

        else:
            try:
                client_secret = (
                    RealtimeTranscriptionSessionCreateResponseClientSecret.from_dict(
                        _client_secret_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                client_secret = _client_secret_raw

        modalities = d.pop("modalities", UNSET)

        if modalities is None or modalities is UNSET:
            if modalities is None:
                _none_flips += ("modalities",)
            modalities = None

        input_audio_format = d.pop("input_audio_format", UNSET)
        if input_audio_format is None and strict_parsing.get():
            raise TypeError("input_audio_format")

        if input_audio_format is None or input_audio_format is UNSET:
            if input_audio_format is None:
                _none_flips += ("input_audio_format",)
            input_audio_format = None

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
            try:
                _input_audio_transcription = _input_audio_transcription_raw
                input_audio_transcription: AudioTranscriptionResponse | Unset
                if isinstance(_input_audio_transcription, Unset):
                    input_audio_transcription = UNSET
                else:
                    input_audio_transcription = AudioTranscriptionResponse.from_dict(
                        _input_audio_transcription
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_audio_transcription = _input_audio_transcription_raw

        _turn_detection_raw = d.pop("turn_detection", UNSET)
        if _turn_detection_raw is None or isinstance(_turn_detection_raw, Unset):
            if _turn_detection_raw is None and strict_parsing.get():
                raise TypeError("turn_detection")

            if _turn_detection_raw is None:
                _none_flips += ("turn_detection",)
            turn_detection = None

        else:
            try:
                _turn_detection = _turn_detection_raw
                turn_detection: (
                    RealtimeTranscriptionSessionCreateResponseTurnDetection | Unset
                )
                if isinstance(_turn_detection, Unset):
                    turn_detection = UNSET
                else:
                    turn_detection = RealtimeTranscriptionSessionCreateResponseTurnDetection.from_dict(
                        _turn_detection
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                turn_detection = _turn_detection_raw

        realtime_transcription_session_create_response = cls(
            client_secret=client_secret,
            modalities=modalities,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
        )
        if _none_flips:
            realtime_transcription_session_create_response._none_flips = _none_flips

        realtime_transcription_session_create_response.additional_properties = d
        return realtime_transcription_session_create_response

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
