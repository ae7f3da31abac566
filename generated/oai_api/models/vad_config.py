from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.vad_config_type import VadConfigType, check_vad_config_type
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="VadConfig")


@_attrs_define
class VadConfig:
    """Server-side voice activity detection settings used to cut the audio into chunks."""

    type_: VadConfigType
    """ Fixed tag `server_vad`. """
    prefix_padding_ms: int | Unset = UNSET
    """ Audio kept before detected speech, in milliseconds. """
    silence_duration_ms: int | Unset = UNSET
    """ Silence that ends a chunk, in milliseconds. """
    threshold: float | Unset = UNSET
    """ Detection sensitivity, 0 to 1; higher needs louder speech. """

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        threshold = self.threshold

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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            type_ = check_vad_config_type(_type__raw)

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        if prefix_padding_ms is None and strict_parsing.get():
            raise TypeError("prefix_padding_ms")

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        if silence_duration_ms is None and strict_parsing.get():
            raise TypeError("silence_duration_ms")

        threshold = d.pop("threshold", UNSET)
        if threshold is None and strict_parsing.get():
            raise TypeError("threshold")

        vad_config = cls(
            type_=type_,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            threshold=threshold,
        )

        return vad_config
