from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_segment_event_type import (
    TranscriptTextSegmentEventType,
    check_transcript_text_segment_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TranscriptTextSegmentEvent")


@_attrs_define
class TranscriptTextSegmentEvent:
    """Stream event with one finished speaker-labelled segment (diarization models)."""

    type_: TranscriptTextSegmentEventType
    """ Event type, fixed to `transcript.text.segment`. """
    id: str
    """ Segment identifier. """
    start: float
    """ Start time in seconds. """
    end: float
    """ End time in seconds. """
    text: str
    """ Text of the segment. """
    speaker: str
    """ Who is speaking in this segment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

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

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_speaker = (
            self.speaker
            if self.speaker is not None or "speaker" not in self._none_flips
            else UNSET
        )

        speaker = _v_speaker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "start": start,
                    "end": end,
                    "text": text,
                    "speaker": speaker,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_transcript_text_segment_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

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

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        speaker = d.pop("speaker", UNSET)
        if (speaker is None or isinstance(speaker, Unset)) and strict_parsing.get():
            raise KeyError("speaker")

        if speaker is None or speaker is UNSET:
            if speaker is UNSET:
                _none_flips += ("speaker",)
            speaker = None

        transcript_text_segment_event = cls(
            type_=type_,
            id=id,
            start=start,
            end=end,
            text=text,
            speaker=speaker,
        )
        if _none_flips:
            transcript_text_segment_event._none_flips = _none_flips

        transcript_text_segment_event.additional_properties = d
        return transcript_text_segment_event

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
