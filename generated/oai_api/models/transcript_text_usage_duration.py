from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_text_usage_duration_type import (
    TranscriptTextUsageDurationType,
    check_transcript_text_usage_duration_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="TranscriptTextUsageDuration")


@_attrs_define
class TranscriptTextUsageDuration:
    """Usage of a transcription billed by audio length."""

    type_: TranscriptTextUsageDurationType
    """ Fixed tag `duration`. """
    seconds: float
    """ Billed audio length in seconds. """
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

        _v_seconds = (
            self.seconds
            if self.seconds is not None or "seconds" not in self._none_flips
            else UNSET
        )

        seconds = _v_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "seconds": seconds,
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
                type_ = check_transcript_text_usage_duration_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        seconds = d.pop("seconds", UNSET)
        if (seconds is None or isinstance(seconds, Unset)) and strict_parsing.get():
            raise KeyError("seconds")

        if seconds is None or seconds is UNSET:
            if seconds is UNSET:
                _none_flips += ("seconds",)
            seconds = None

        transcript_text_usage_duration = cls(
            type_=type_,
            seconds=seconds,
        )
        if _none_flips:
            transcript_text_usage_duration._none_flips = _none_flips

        transcript_text_usage_duration.additional_properties = d
        return transcript_text_usage_duration

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
