from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_delta_event_type import (
    TranscriptTextDeltaEventType,
    check_transcript_text_delta_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,
    )


T = TypeVar("T", bound="TranscriptTextDeltaEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, TranscriptTextDeltaEventLogprobsItem
    from ..models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,
    )

    _models_bound = True


@_attrs_define
class TranscriptTextDeltaEvent:
    """Stream event with the next piece of transcript text."""

    type_: TranscriptTextDeltaEventType
    """ Event type, fixed to `transcript.text.delta`. """
    delta: str
    """ New transcript text. """
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None = None
    """ Log probabilities of the new tokens, when requested. """
    segment_id: str | None = None
    """ Segment this text belongs to (diarization models). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_logprobs, list):
            logprobs = _v_logprobs
        else:
            logprobs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_logprobs, Unset):
                logprobs = []
                for logprobs_item_data in _v_logprobs:
                    if not isinstance(
                        logprobs_item_data, TranscriptTextDeltaEventLogprobsItem
                    ):
                        logprobs.append(logprobs_item_data)
                        continue
                    logprobs_item = logprobs_item_data.to_dict()
                    logprobs.append(logprobs_item)

        _v_segment_id = (
            self.segment_id
            if self.segment_id is not None or "segment_id" in self._none_flips
            else UNSET
        )

        segment_id = _v_segment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "delta": delta,
                }.items()
                if v is not UNSET
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                type_ = check_transcript_text_delta_event_type(_type__raw)

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

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if _logprobs_raw is None and strict_parsing.get():
                raise TypeError("logprobs")

            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

        else:
            try:
                _logprobs = _logprobs_raw
                logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
                if _logprobs is not UNSET:
                    logprobs = []
                    if not isinstance(_logprobs, list):
                        raise TypeError()
                    for logprobs_item_data in _logprobs:
                        logprobs_item = TranscriptTextDeltaEventLogprobsItem.from_dict(
                            logprobs_item_data
                        )

                        logprobs.append(logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        segment_id = d.pop("segment_id", UNSET)
        if segment_id is None and strict_parsing.get():
            raise TypeError("segment_id")

        if segment_id is None or segment_id is UNSET:
            if segment_id is None:
                _none_flips += ("segment_id",)
            segment_id = None

        transcript_text_delta_event = cls(
            type_=type_,
            delta=delta,
            logprobs=logprobs,
            segment_id=segment_id,
        )
        if _none_flips:
            transcript_text_delta_event._none_flips = _none_flips

        transcript_text_delta_event.additional_properties = d
        return transcript_text_delta_event

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
