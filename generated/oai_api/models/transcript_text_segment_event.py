from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_segment_event_type import (
    TranscriptTextSegmentEventType,
    check_transcript_text_segment_event_type,
)
from ..types import UNSET, Unset, strict_parsing

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

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        id = self.id

        start = self.start

        end = self.end

        text = self.text

        speaker = self.speaker

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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
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

        start = d.pop("start", UNSET)
        if (start is None or isinstance(start, Unset)) and strict_parsing.get():
            raise KeyError("start")

        end = d.pop("end", UNSET)
        if (end is None or isinstance(end, Unset)) and strict_parsing.get():
            raise KeyError("end")

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        speaker = d.pop("speaker", UNSET)
        if (speaker is None or isinstance(speaker, Unset)) and strict_parsing.get():
            raise KeyError("speaker")

        transcript_text_segment_event = cls(
            type_=type_,
            id=id,
            start=start,
            end=end,
            text=text,
            speaker=speaker,
        )

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
