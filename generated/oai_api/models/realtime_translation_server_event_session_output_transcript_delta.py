from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_server_event_session_output_transcript_delta_type import (
    RealtimeTranslationServerEventSessionOutputTranscriptDeltaType,
    check_realtime_translation_server_event_session_output_transcript_delta_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputTranscriptDelta")


@_attrs_define
class RealtimeTranslationServerEventSessionOutputTranscriptDelta:
    """Server event with a fragment of the translated transcript; join fragments without adding spaces."""

    event_id: str
    type_: RealtimeTranslationServerEventSessionOutputTranscriptDeltaType
    delta: str
    elapsed_ms: int | None = None
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

        _v_delta = (
            self.delta
            if self.delta is not None or "delta" not in self._none_flips
            else UNSET
        )

        delta = _v_delta

        _v_elapsed_ms = (
            self.elapsed_ms
            if self.elapsed_ms is not None or "elapsed_ms" in self._none_flips
            else UNSET
        )

        elapsed_ms: int | None | Unset
        if isinstance(_v_elapsed_ms, Unset):
            elapsed_ms = UNSET
        else:
            elapsed_ms = _v_elapsed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "delta": delta,
                }.items()
                if v is not UNSET
            }
        )
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

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
                type_ = check_realtime_translation_server_event_session_output_transcript_delta_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        delta = d.pop("delta", UNSET)
        if (delta is None or isinstance(delta, Unset)) and strict_parsing.get():
            raise KeyError("delta")

        if delta is None or delta is UNSET:
            if delta is UNSET:
                _none_flips += ("delta",)
            delta = None

        _elapsed_ms_raw = d.pop("elapsed_ms", UNSET)
        if _elapsed_ms_raw is None or isinstance(_elapsed_ms_raw, Unset):
            if _elapsed_ms_raw is None:
                _none_flips += ("elapsed_ms",)
            elapsed_ms = None

        else:
            try:

                def _parse_elapsed_ms(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                elapsed_ms = _parse_elapsed_ms(_elapsed_ms_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                elapsed_ms = _elapsed_ms_raw

        realtime_translation_server_event_session_output_transcript_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            elapsed_ms=elapsed_ms,
        )
        if _none_flips:
            realtime_translation_server_event_session_output_transcript_delta._none_flips = _none_flips

        realtime_translation_server_event_session_output_transcript_delta.additional_properties = d
        return realtime_translation_server_event_session_output_transcript_delta

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
