from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_assistant_content_item_type import (
    RealtimeConversationItemMessageAssistantContentItemType,
    check_realtime_conversation_item_message_assistant_content_item_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeConversationItemMessageAssistantContentItem")


@_attrs_define
class RealtimeConversationItemMessageAssistantContentItem:
    type_: RealtimeConversationItemMessageAssistantContentItemType | None = None
    text: str | None = None
    audio: str | None = None
    transcript: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        text = _v_text

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        audio = _v_audio

        _v_transcript = (
            self.transcript
            if self.transcript is not None or "transcript" in self._none_flips
            else UNSET
        )

        transcript = _v_transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: RealtimeConversationItemMessageAssistantContentItemType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_realtime_conversation_item_message_assistant_content_item_type(
                        _type_
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if text is None and strict_parsing.get():
            raise TypeError("text")

        if text is None or text is UNSET:
            if text is None:
                _none_flips += ("text",)
            text = None

        audio = d.pop("audio", UNSET)
        if audio is None and strict_parsing.get():
            raise TypeError("audio")

        if audio is None or audio is UNSET:
            if audio is None:
                _none_flips += ("audio",)
            audio = None

        transcript = d.pop("transcript", UNSET)
        if transcript is None and strict_parsing.get():
            raise TypeError("transcript")

        if transcript is None or transcript is UNSET:
            if transcript is None:
                _none_flips += ("transcript",)
            transcript = None

        realtime_conversation_item_message_assistant_content_item = cls(
            type_=type_,
            text=text,
            audio=audio,
            transcript=transcript,
        )
        if _none_flips:
            realtime_conversation_item_message_assistant_content_item._none_flips = (
                _none_flips
            )

        realtime_conversation_item_message_assistant_content_item.additional_properties = d
        return realtime_conversation_item_message_assistant_content_item

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
