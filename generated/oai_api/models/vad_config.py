from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vad_config_type import VadConfigType, check_vad_config_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="VadConfig")


@_attrs_define
class VadConfig:
    """Server-side voice activity detection settings used to cut the audio into chunks."""

    type_: VadConfigType
    """ Fixed tag `server_vad`. """
    prefix_padding_ms: int | None = None
    """ Audio kept before detected speech, in milliseconds. """
    silence_duration_ms: int | None = None
    """ Silence that ends a chunk, in milliseconds. """
    threshold: float | None = None
    """ Detection sensitivity, 0 to 1; higher needs louder speech. """
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

        _v_prefix_padding_ms = (
            self.prefix_padding_ms
            if self.prefix_padding_ms is not None
            or "prefix_padding_ms" in self._none_flips
            else UNSET
        )

        prefix_padding_ms = _v_prefix_padding_ms

        _v_silence_duration_ms = (
            self.silence_duration_ms
            if self.silence_duration_ms is not None
            or "silence_duration_ms" in self._none_flips
            else UNSET
        )

        silence_duration_ms = _v_silence_duration_ms

        _v_threshold = (
            self.threshold
            if self.threshold is not None or "threshold" in self._none_flips
            else UNSET
        )

        threshold = _v_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError("VadConfig: required field type is missing")

        else:
            type_ = check_vad_config_type(_type__raw)

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        if prefix_padding_ms is None and strict_parsing.get():
            raise TypeError("prefix_padding_ms")

        if prefix_padding_ms is None or prefix_padding_ms is UNSET:
            if prefix_padding_ms is None:
                _none_flips += ("prefix_padding_ms",)
            prefix_padding_ms = None

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        if silence_duration_ms is None and strict_parsing.get():
            raise TypeError("silence_duration_ms")

        if silence_duration_ms is None or silence_duration_ms is UNSET:
            if silence_duration_ms is None:
                _none_flips += ("silence_duration_ms",)
            silence_duration_ms = None

        threshold = d.pop("threshold", UNSET)
        if threshold is None and strict_parsing.get():
            raise TypeError("threshold")

        if threshold is None or threshold is UNSET:
            if threshold is None:
                _none_flips += ("threshold",)
            threshold = None

        vad_config = cls(
            type_=type_,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            threshold=threshold,
        )
        if _none_flips:
            vad_config._none_flips = _none_flips

        return vad_config
