from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_conversation_item_input_audio_transcription_delta_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType,
    check_realtime_server_event_conversation_item_input_audio_transcription_delta_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.log_prob_properties import LogProbProperties


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta(_OpenModel):
    """Server event with an incremental piece of an input audio transcript."""

    event_id: str

    type_: RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType

    item_id: str

    content_index: int | None = None

    delta: str | None = None

    logprobs: list[LogProbProperties] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content_index", "delta", "event_id", "item_id", "logprobs", "type")
    _tags = {"type": ("conversation.item.input_audio_transcription.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.log_prob_properties import LogProbProperties

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_conversation_item_input_audio_transcription_delta_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("content_index", "content_index", OPTIONAL, None),
            ("delta", "delta", OPTIONAL, None),
            (
                "logprobs",
                "logprobs",
                OPTIONAL_OR_NULL,
                one_of(list_of(LogProbProperties), None),
            ),
        )
