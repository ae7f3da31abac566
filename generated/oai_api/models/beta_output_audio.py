from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_output_audio_type import (
    BetaOutputAudioType,
    check_beta_output_audio_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaOutputAudio")


@_attrs_define
class BetaOutputAudio:
    """Audio the model produced: base64 data and its transcript."""

    type_: BetaOutputAudioType
    data: str
    transcript: str
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

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        data = _v_data

        _v_transcript = (
            self.transcript
            if self.transcript is not None or "transcript" not in self._none_flips
            else UNSET
        )

        transcript = _v_transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "data": data,
                    "transcript": transcript,
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
                type_ = check_beta_output_audio_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        data = d.pop("data", UNSET)
        if (data is None or isinstance(data, Unset)) and strict_parsing.get():
            raise KeyError("data")

        if data is None or data is UNSET:
            if data is UNSET:
                _none_flips += ("data",)
            data = None

        transcript = d.pop("transcript", UNSET)
        if (
            transcript is None or isinstance(transcript, Unset)
        ) and strict_parsing.get():
            raise KeyError("transcript")

        if transcript is None or transcript is UNSET:
            if transcript is UNSET:
                _none_flips += ("transcript",)
            transcript = None

        beta_output_audio = cls(
            type_=type_,
            data=data,
            transcript=transcript,
        )
        if _none_flips:
            beta_output_audio._none_flips = _none_flips

        beta_output_audio.additional_properties = d
        return beta_output_audio

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
