from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_content_part_audio_input_audio_format import (
    ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
    check_chat_completion_request_message_content_part_audio_input_audio_format,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartAudioInputAudio")


@_attrs_define
class ChatCompletionRequestMessageContentPartAudioInputAudio:
    """The audio clip."""

    data: str
    """ Base64-encoded audio bytes. """
    format_: ChatCompletionRequestMessageContentPartAudioInputAudioFormat
    """ Audio encoding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        data = _v_data

        _v_format_ = (
            self.format_
            if self.format_ is not None or "format_" not in self._none_flips
            else UNSET
        )

        if _v_format_ is None or isinstance(_v_format_, Unset):
            format_ = _v_format_
        else:
            format_: str = _v_format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "data": data,
                    "format": format_,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        data = d.pop("data", UNSET)
        if data is None or isinstance(data, Unset):
            raise KeyError(
                "ChatCompletionRequestMessageContentPartAudioInputAudio: required field data is missing"
            )

        if data is None or data is UNSET:
            if data is UNSET:
                _none_flips += ("data",)
            data = None

        _format__raw = d.pop("format", UNSET)
        if _format__raw is None or isinstance(_format__raw, Unset):
            raise KeyError(
                "ChatCompletionRequestMessageContentPartAudioInputAudio: required field format is missing"
            )

        else:
            format_ = check_chat_completion_request_message_content_part_audio_input_audio_format(
                _format__raw
            )

        chat_completion_request_message_content_part_audio_input_audio = cls(
            data=data,
            format_=format_,
        )
        if _none_flips:
            chat_completion_request_message_content_part_audio_input_audio._none_flips = _none_flips

        chat_completion_request_message_content_part_audio_input_audio.additional_properties = d
        return chat_completion_request_message_content_part_audio_input_audio

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
