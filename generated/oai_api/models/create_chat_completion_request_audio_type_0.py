from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_chat_completion_request_audio_type_0_format import (
    CreateChatCompletionRequestAudioType0Format,
    check_create_chat_completion_request_audio_type_0_format,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


@_attrs_define(repr=False)
class CreateChatCompletionRequestAudioType0(_OpenModel):
    """Audio output settings (with audio modality)."""

    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
    format_: CreateChatCompletionRequestAudioType0Format
    """ Audio encoding of the output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("format", "voice")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "voice",
                "voice",
                REQUIRED,
                one_of(
                    str,
                    check_voice_ids_shared_type_1,
                    member(
                        "voice_ids_or_custom_voice_type_1", "VoiceIdsOrCustomVoiceType1"
                    ),
                ),
            ),
            (
                "format_",
                "format",
                REQUIRED,
                check_create_chat_completion_request_audio_type_0_format,
            ),
            strict=True,
        )
