from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_conversation_item_truncated_type import (
    RealtimeServerEventConversationItemTruncatedType,
    check_realtime_server_event_conversation_item_truncated_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeServerEventConversationItemTruncated")


@_attrs_define
class RealtimeServerEventConversationItemTruncated:
    """Server event confirming that an assistant audio item was truncated; the unheard transcript is removed as well."""

    event_id: str
    type_: RealtimeServerEventConversationItemTruncatedType
    item_id: str
    content_index: int
    audio_end_ms: int
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

        _v_audio_end_ms = (
            self.audio_end_ms
            if self.audio_end_ms is not None or "audio_end_ms" not in self._none_flips
            else UNSET
        )

        audio_end_ms = _v_audio_end_ms

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
                    "audio_end_ms": audio_end_ms,
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
                type_ = check_realtime_server_event_conversation_item_truncated_type(
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

        audio_end_ms = d.pop("audio_end_ms", UNSET)
        if (
            audio_end_ms is None or isinstance(audio_end_ms, Unset)
        ) and strict_parsing.get():
            raise KeyError("audio_end_ms")

        if audio_end_ms is None or audio_end_ms is UNSET:
            if audio_end_ms is UNSET:
                _none_flips += ("audio_end_ms",)
            audio_end_ms = None

        realtime_server_event_conversation_item_truncated = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
        )
        if _none_flips:
            realtime_server_event_conversation_item_truncated._none_flips = _none_flips

        realtime_server_event_conversation_item_truncated.additional_properties = d
        return realtime_server_event_conversation_item_truncated

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
