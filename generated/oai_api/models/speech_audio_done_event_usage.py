from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="SpeechAudioDoneEventUsage")


@_attrs_define
class SpeechAudioDoneEventUsage:
    """Tokens used by the request."""

    input_tokens: int
    """ Tokens in the input text. """
    output_tokens: int
    """ Audio tokens generated. """
    total_tokens: int
    """ Input plus output tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_input_tokens = (
            self.input_tokens
            if self.input_tokens is not None or "input_tokens" not in self._none_flips
            else UNSET
        )

        input_tokens = _v_input_tokens

        _v_output_tokens = (
            self.output_tokens
            if self.output_tokens is not None or "output_tokens" not in self._none_flips
            else UNSET
        )

        output_tokens = _v_output_tokens

        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "total_tokens": total_tokens,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        input_tokens = d.pop("input_tokens", UNSET)
        if (
            input_tokens is None or isinstance(input_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("input_tokens")

        if input_tokens is None or input_tokens is UNSET:
            if input_tokens is UNSET:
                _none_flips += ("input_tokens",)
            input_tokens = None

        output_tokens = d.pop("output_tokens", UNSET)
        if (
            output_tokens is None or isinstance(output_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_tokens")

        if output_tokens is None or output_tokens is UNSET:
            if output_tokens is UNSET:
                _none_flips += ("output_tokens",)
            output_tokens = None

        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

        speech_audio_done_event_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
        )
        if _none_flips:
            speech_audio_done_event_usage._none_flips = _none_flips

        speech_audio_done_event_usage.additional_properties = d
        return speech_audio_done_event_usage

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
