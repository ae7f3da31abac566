from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, model_repr

T = TypeVar("T", bound="CreateVoiceRequest")


@_attrs_define
class CreateVoiceRequest:
    """Form fields for creating a custom voice."""

    name: str
    """ Name to give the custom voice. """
    audio_sample: File
    """ Audio file the voice is modelled on, at most 10 MiB; MP3, WAV, OGG, AAC, FLAC, WebM or MP4 audio. """
    consent: str
    """ ID of the consent recording that authorizes this voice, such as `cons_1234`. """
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

        _v_audio_sample = (
            self.audio_sample
            if self.audio_sample is not None or "audio_sample" not in self._none_flips
            else UNSET
        )

        if _v_audio_sample is None or isinstance(_v_audio_sample, Unset):
            audio_sample = _v_audio_sample
        else:
            audio_sample = _v_audio_sample.to_tuple()

        _v_consent = (
            self.consent
            if self.consent is not None or "consent" not in self._none_flips
            else UNSET
        )

        consent = _v_consent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "audio_sample": audio_sample,
                    "consent": consent,
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
                "CreateVoiceRequest.name is required: a form cannot be sent without it"
            )
        files.append(("name", (None, str(_v_name).encode(), "text/plain")))

        _v_audio_sample = (
            self.audio_sample
            if self.audio_sample is not None or "audio_sample" not in self._none_flips
            else UNSET
        )

        if _v_audio_sample is None or isinstance(_v_audio_sample, Unset):
            raise ValueError(
                "CreateVoiceRequest.audio_sample is required: a form cannot be sent without it"
            )
        files.append(("audio_sample", _v_audio_sample.to_tuple()))

        _v_consent = (
            self.consent
            if self.consent is not None or "consent" not in self._none_flips
            else UNSET
        )

        if _v_consent is None or isinstance(_v_consent, Unset):
            raise ValueError(
                "CreateVoiceRequest.consent is required: a form cannot be sent without it"
            )
        files.append(("consent", (None, str(_v_consent).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("CreateVoiceRequest: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _audio_sample_raw = d.pop("audio_sample", UNSET)
        if _audio_sample_raw is None or isinstance(_audio_sample_raw, Unset):
            raise KeyError("CreateVoiceRequest: required field audio_sample is missing")

        else:
            audio_sample = File(payload=BytesIO(_audio_sample_raw))

        consent = d.pop("consent", UNSET)
        if consent is None or isinstance(consent, Unset):
            raise KeyError("CreateVoiceRequest: required field consent is missing")

        if consent is None or consent is UNSET:
            if consent is UNSET:
                _none_flips += ("consent",)
            consent = None

        create_voice_request = cls(
            name=name,
            audio_sample=audio_sample,
            consent=consent,
        )
        if _none_flips:
            create_voice_request._none_flips = _none_flips

        return create_voice_request
