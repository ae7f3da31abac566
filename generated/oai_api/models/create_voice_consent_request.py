from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, model_repr

T = TypeVar("T", bound="CreateVoiceConsentRequest")


@_attrs_define
class CreateVoiceConsentRequest:
    """Form fields for uploading a voice consent recording."""

    name: str
    """ Human-readable label for the recording. """
    recording: File
    """ Audio file of the consent statement, at most 10 MiB; MP3, WAV, OGG, AAC, FLAC, WebM or MP4 audio. """
    language: str
    """ Language of the spoken consent phrase as a BCP 47 tag, e.g. `en-US`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_recording = (
            self.recording
            if self.recording is not None or "recording" not in self._none_flips
            else UNSET
        )

        if _v_recording is None or isinstance(_v_recording, Unset):
            recording = _v_recording
        else:
            recording = _v_recording.to_tuple()

        _v_language = (
            self.language
            if self.language is not None or "language" not in self._none_flips
            else UNSET
        )

        language = _v_language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "recording": recording,
                    "language": language,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        if _v_name is None or isinstance(_v_name, Unset):
            raise ValueError(
                "CreateVoiceConsentRequest.name is required: a form cannot be sent without it"
            )
        files.append(("name", (None, str(_v_name).encode(), "text/plain")))

        _v_recording = (
            self.recording
            if self.recording is not None or "recording" not in self._none_flips
            else UNSET
        )

        if _v_recording is None or isinstance(_v_recording, Unset):
            raise ValueError(
                "CreateVoiceConsentRequest.recording is required: a form cannot be sent without it"
            )
        files.append(("recording", _v_recording.to_tuple()))

        _v_language = (
            self.language
            if self.language is not None or "language" not in self._none_flips
            else UNSET
        )

        if _v_language is None or isinstance(_v_language, Unset):
            raise ValueError(
                "CreateVoiceConsentRequest.language is required: a form cannot be sent without it"
            )
        files.append(("language", (None, str(_v_language).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("CreateVoiceConsentRequest: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _recording_raw = d.pop("recording", UNSET)
        if _recording_raw is None or isinstance(_recording_raw, Unset):
            raise KeyError(
                "CreateVoiceConsentRequest: required field recording is missing"
            )

        else:
            recording = File(payload=BytesIO(_recording_raw))

        language = d.pop("language", UNSET)
        if language is None or isinstance(language, Unset):
            raise KeyError(
                "CreateVoiceConsentRequest: required field language is missing"
            )

        if language is None or language is UNSET:
            if language is UNSET:
                _none_flips += ("language",)
            language = None

        create_voice_consent_request = cls(
            name=name,
            recording=recording,
            language=language,
        )
        if _none_flips:
            create_voice_consent_request._none_flips = _none_flips

        return create_voice_consent_request
