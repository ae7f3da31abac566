from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_conversation_item_input_audio_transcription_delta_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType,
    check_realtime_server_event_conversation_item_input_audio_transcription_delta_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.log_prob_properties import LogProbProperties


T = TypeVar(
    "T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionDelta"
)

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, LogProbProperties
    from ..models.log_prob_properties import LogProbProperties

    _models_bound = True


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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
            if self.content_index is not None or "content_index" in self._none_flips
            else UNSET
        )

        content_index = _v_content_index

        _v_delta = (
            self.delta
            if self.delta is not None or "delta" in self._none_flips
            else UNSET
        )

        delta = _v_delta

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(_v_logprobs, Unset):
            logprobs = UNSET
        elif isinstance(_v_logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in _v_logprobs:
                if not isinstance(logprobs_type_0_item_data, LogProbProperties):
                    logprobs.append(logprobs_type_0_item_data)
                    continue
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = _v_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "item_id": item_id,
                }.items()
                if v is not UNSET
            }
        )
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                type_ = check_realtime_server_event_conversation_item_input_audio_transcription_delta_type(
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
        if content_index is None and strict_parsing.get():
            raise TypeError("content_index")

        if content_index is None or content_index is UNSET:
            if content_index is None:
                _none_flips += ("content_index",)
            content_index = None

        delta = d.pop("delta", UNSET)
        if delta is None and strict_parsing.get():
            raise TypeError("delta")

        if delta is None or delta is UNSET:
            if delta is None:
                _none_flips += ("delta",)
            delta = None

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

        else:
            try:

                def _parse_logprobs(
                    data: object,
                ) -> list[LogProbProperties] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        logprobs_type_0 = []
                        _logprobs_type_0 = data
                        if not isinstance(_logprobs_type_0, list):
                            raise TypeError()
                        for logprobs_type_0_item_data in _logprobs_type_0:
                            logprobs_type_0_item = LogProbProperties.from_dict(
                                logprobs_type_0_item_data
                            )

                            logprobs_type_0.append(logprobs_type_0_item)

                        return logprobs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[LogProbProperties] | None | Unset, data)

                logprobs = _parse_logprobs(_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        realtime_server_event_conversation_item_input_audio_transcription_delta = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            delta=delta,
            logprobs=logprobs,
        )
        if _none_flips:
            realtime_server_event_conversation_item_input_audio_transcription_delta._none_flips = _none_flips

        realtime_server_event_conversation_item_input_audio_transcription_delta.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_delta

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
