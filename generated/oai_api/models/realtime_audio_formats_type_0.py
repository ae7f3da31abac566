from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_audio_formats_type_0_rate import (
    RealtimeAudioFormatsType0Rate,
    check_realtime_audio_formats_type_0_rate,
)
from ..models.realtime_audio_formats_type_0_type import (
    RealtimeAudioFormatsType0Type,
    check_realtime_audio_formats_type_0_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeAudioFormatsType0")


@_attrs_define
class RealtimeAudioFormatsType0:
    type_: RealtimeAudioFormatsType0Type | None = None
    """ Always `audio/pcm` (16-bit PCM). """
    rate: RealtimeAudioFormatsType0Rate | None = None
    """ Sample rate in Hz; only `24000` is allowed. """
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

        _v_rate = (
            self.rate if self.rate is not None or "rate" in self._none_flips else UNSET
        )

        if _v_rate is None or isinstance(_v_rate, Unset):
            rate = _v_rate
        else:
            rate: int | Unset = UNSET
            if not isinstance(_v_rate, Unset):
                rate = _v_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rate is not UNSET:
            field_dict["rate"] = rate

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
                type_: RealtimeAudioFormatsType0Type | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_realtime_audio_formats_type_0_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _rate_raw = d.pop("rate", UNSET)
        if _rate_raw is None or isinstance(_rate_raw, Unset):
            if _rate_raw is None and strict_parsing.get():
                raise TypeError("rate")

            if _rate_raw is None:
                _none_flips += ("rate",)
            rate = None

        else:
            try:
                _rate = _rate_raw
                rate: RealtimeAudioFormatsType0Rate | Unset
                if isinstance(_rate, Unset):
                    rate = UNSET
                else:
                    rate = check_realtime_audio_formats_type_0_rate(_rate)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                rate = _rate_raw

        realtime_audio_formats_type_0 = cls(
            type_=type_,
            rate=rate,
        )
        if _none_flips:
            realtime_audio_formats_type_0._none_flips = _none_flips

        realtime_audio_formats_type_0.additional_properties = d
        return realtime_audio_formats_type_0

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
