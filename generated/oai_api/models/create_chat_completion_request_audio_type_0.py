from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_request_audio_type_0_format import (
    CreateChatCompletionRequestAudioType0Format,
    check_create_chat_completion_request_audio_type_0_format,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="CreateChatCompletionRequestAudioType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VoiceIdsOrCustomVoiceType1
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _models_bound = True


@_attrs_define
class CreateChatCompletionRequestAudioType0:
    """Audio output settings (with audio modality)."""

    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
    format_: CreateChatCompletionRequestAudioType0Format
    """ Audio encoding of the output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_voice = (
            self.voice
            if self.voice is not None or "voice" not in self._none_flips
            else UNSET
        )

        if _v_voice is None or isinstance(_v_voice, Unset):
            voice = _v_voice
        else:
            voice: dict[str, Any] | str
            if isinstance(_v_voice, VoiceIdsOrCustomVoiceType1):
                voice = _v_voice.to_dict()
            else:
                voice = _v_voice

        _v_format_ = (
            self.format_
            if self.format_ is not None or "format_" not in self._none_flips
            else UNSET
        )

        if _v_format_ is None or isinstance(_v_format_, Unset):
            format_ = _v_format_
        else:
            format_: str = _v_format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "voice": voice,
                    "format": format_,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _voice_raw = d.pop("voice", UNSET)
        if _voice_raw is None or isinstance(_voice_raw, Unset):
            raise KeyError(
                "CreateChatCompletionRequestAudioType0: required field voice is missing"
            )

        else:

            def _parse_voice(
                data: object,
            ) -> str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1:

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
                    str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1, data
                )

            voice = _parse_voice(_voice_raw)

        _format__raw = d.pop("format", UNSET)
        if _format__raw is None or isinstance(_format__raw, Unset):
            raise KeyError(
                "CreateChatCompletionRequestAudioType0: required field format is missing"
            )

        else:
            format_ = check_create_chat_completion_request_audio_type_0_format(
                _format__raw
            )

        create_chat_completion_request_audio_type_0 = cls(
            voice=voice,
            format_=format_,
        )
        if _none_flips:
            create_chat_completion_request_audio_type_0._none_flips = _none_flips

        create_chat_completion_request_audio_type_0.additional_properties = d
        return create_chat_completion_request_audio_type_0

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
