from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType,
    check_realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar(
    "T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment"
)


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment:
    """Server event reporting one transcribed segment of input audio, with speaker and timing."""

    event_id: str
    type_: RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType
    item_id: str
    content_index: int
    text: str
    id: str
    speaker: str
    start: float
    end: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" not in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_item_id = (
            self.item_id
            if self.item_id is not None or "item_id" not in self._none_flips
            else UNSET
        )

        item_id = _v_item_id

        _v_content_index = (
            self.content_index
            if self.content_index is not None or "content_index" not in self._none_flips
            else UNSET
        )

        content_index = _v_content_index

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_speaker = (
            self.speaker
            if self.speaker is not None or "speaker" not in self._none_flips
            else UNSET
        )

        speaker = _v_speaker

        _v_start = (
            self.start
            if self.start is not None or "start" not in self._none_flips
            else UNSET
        )

        start = _v_start

        _v_end = (
            self.end if self.end is not None or "end" not in self._none_flips else UNSET
        )

        end = _v_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "item_id": item_id,
                    "content_index": content_index,
                    "text": text,
                    "id": id,
                    "speaker": speaker,
                    "start": start,
                    "end": end,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        event_id = d.pop("event_id", UNSET)
        if (event_id is None or isinstance(event_id, Unset)) and strict_parsing.get():
            raise KeyError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is UNSET:
                _none_flips += ("event_id",)
            event_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        if item_id is None or item_id is UNSET:
            if item_id is UNSET:
                _none_flips += ("item_id",)
            item_id = None

        content_index = d.pop("content_index", UNSET)
        if (
            content_index is None or isinstance(content_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("content_index")

        if content_index is None or content_index is UNSET:
            if content_index is UNSET:
                _none_flips += ("content_index",)
            content_index = None

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        speaker = d.pop("speaker", UNSET)
        if (speaker is None or isinstance(speaker, Unset)) and strict_parsing.get():
            raise KeyError("speaker")

        if speaker is None or speaker is UNSET:
            if speaker is UNSET:
                _none_flips += ("speaker",)
            speaker = None

        start = d.pop("start", UNSET)
        if (start is None or isinstance(start, Unset)) and strict_parsing.get():
            raise KeyError("start")

        if start is None or start is UNSET:
            if start is UNSET:
                _none_flips += ("start",)
            start = None

        end = d.pop("end", UNSET)
        if (end is None or isinstance(end, Unset)) and strict_parsing.get():
            raise KeyError("end")

        if end is None or end is UNSET:
            if end is UNSET:
                _none_flips += ("end",)
            end = None

        realtime_beta_server_event_conversation_item_input_audio_transcription_segment = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            text=text,
            id=id,
            speaker=speaker,
            start=start,
            end=end,
        )
        if _none_flips:
            realtime_beta_server_event_conversation_item_input_audio_transcription_segment._none_flips = _none_flips

        realtime_beta_server_event_conversation_item_input_audio_transcription_segment.additional_properties = d
        return realtime_beta_server_event_conversation_item_input_audio_transcription_segment

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
