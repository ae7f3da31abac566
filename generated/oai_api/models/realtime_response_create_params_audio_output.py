from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="RealtimeResponseCreateParamsAudioOutput")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeAudioFormatsType0, \
        RealtimeAudioFormatsType1, \
        RealtimeAudioFormatsType2, \
        VoiceIdsOrCustomVoiceType1
    from ..models.realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from ..models.realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from ..models.realtime_audio_formats_type_2 import RealtimeAudioFormatsType2
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _models_bound = True


@_attrs_define
class RealtimeResponseCreateParamsAudioOutput:
    format_: (
        RealtimeAudioFormatsType0
        | RealtimeAudioFormatsType1
        | RealtimeAudioFormatsType2
        | None
    ) = None
    """ Audio encoding: 24 kHz PCM, G.711 mu-law (`audio/pcmu`), or G.711 A-law (`audio/pcma`). """
    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1 | None = None
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
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

        _v_voice = (
            self.voice
            if self.voice is not None or "voice" in self._none_flips
            else UNSET
        )

        if _v_voice is None or isinstance(_v_voice, Unset):
            voice = _v_voice
        else:
            voice: dict[str, Any] | str | Unset
            if isinstance(_v_voice, Unset):
                voice = UNSET
            elif isinstance(_v_voice, VoiceIdsOrCustomVoiceType1):
                voice = _v_voice.to_dict()
            else:
                voice = _v_voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if voice is not UNSET:
            field_dict["voice"] = voice

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

        _voice_raw = d.pop("voice", UNSET)
        if _voice_raw is None or isinstance(_voice_raw, Unset):
            if _voice_raw is None and strict_parsing.get():
                raise TypeError("voice")

            if _voice_raw is None:
                _none_flips += ("voice",)
            voice = None

        else:
            try:

                def _parse_voice(
                    data: object,
                ) -> str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1:
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_voice(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_voice_ids_shared_type_1 = (
                            check_voice_ids_shared_type_1(data)
                        )

                        return componentsschemas_voice_ids_shared_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_voice_ids_or_custom_voice_type_1 = (
                            VoiceIdsOrCustomVoiceType1.from_dict(data)
                        )

                        return componentsschemas_voice_ids_or_custom_voice_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1,
                        data,
                    )

                voice = _parse_voice(_voice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                voice = _voice_raw

        realtime_response_create_params_audio_output = cls(
            format_=format_,
            voice=voice,
        )
        if _none_flips:
            realtime_response_create_params_audio_output._none_flips = _none_flips

        realtime_response_create_params_audio_output.additional_properties = d
        return realtime_response_create_params_audio_output

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
