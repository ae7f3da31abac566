from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_content_part_audio_type import (
    ChatCompletionRequestMessageContentPartAudioType,
    check_chat_completion_request_message_content_part_audio_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio,
    )
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartAudio")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionRequestMessageContentPartAudioInputAudio, \
        PromptCacheBreakpointParam
    from ..models.chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio,
    )
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

    _models_bound = True


@_attrs_define
class ChatCompletionRequestMessageContentPartAudio:
    """An audio content part."""

    type_: ChatCompletionRequestMessageContentPartAudioType
    """ Part kind. """
    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio
    """ The audio clip. """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """ Marks a content part as a prompt cache breakpoint. """
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

        _v_input_audio = (
            self.input_audio
            if self.input_audio is not None or "input_audio" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_input_audio, ChatCompletionRequestMessageContentPartAudioInputAudio
        ):
            input_audio = _v_input_audio
        else:
            input_audio = _v_input_audio.to_dict()

        _v_prompt_cache_breakpoint = (
            self.prompt_cache_breakpoint
            if self.prompt_cache_breakpoint is not None
            or "prompt_cache_breakpoint" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_cache_breakpoint, PromptCacheBreakpointParam):
            prompt_cache_breakpoint = _v_prompt_cache_breakpoint
        else:
            prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_cache_breakpoint, Unset):
                prompt_cache_breakpoint = _v_prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "input_audio": input_audio,
                }.items()
                if v is not UNSET
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "ChatCompletionRequestMessageContentPartAudio: required field type is missing"
            )

        else:
            type_ = check_chat_completion_request_message_content_part_audio_type(
                _type__raw
            )

        _input_audio_raw = d.pop("input_audio", UNSET)
        if _input_audio_raw is None or isinstance(_input_audio_raw, Unset):
            raise KeyError(
                "ChatCompletionRequestMessageContentPartAudio: required field input_audio is missing"
            )

        else:
            input_audio = (
                ChatCompletionRequestMessageContentPartAudioInputAudio.from_dict(
                    _input_audio_raw
                )
            )

        _prompt_cache_breakpoint_raw = d.pop("prompt_cache_breakpoint", UNSET)
        if _prompt_cache_breakpoint_raw is None or isinstance(
            _prompt_cache_breakpoint_raw, Unset
        ):
            if _prompt_cache_breakpoint_raw is None and strict_parsing.get():
                raise TypeError("prompt_cache_breakpoint")

            if _prompt_cache_breakpoint_raw is None:
                _none_flips += ("prompt_cache_breakpoint",)
            prompt_cache_breakpoint = None

        else:
            _prompt_cache_breakpoint = _prompt_cache_breakpoint_raw
            prompt_cache_breakpoint: PromptCacheBreakpointParam | Unset
            if isinstance(_prompt_cache_breakpoint, Unset):
                prompt_cache_breakpoint = UNSET
            else:
                prompt_cache_breakpoint = PromptCacheBreakpointParam.from_dict(
                    _prompt_cache_breakpoint
                )

        chat_completion_request_message_content_part_audio = cls(
            type_=type_,
            input_audio=input_audio,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if _none_flips:
            chat_completion_request_message_content_part_audio._none_flips = _none_flips

        chat_completion_request_message_content_part_audio.additional_properties = d
        return chat_completion_request_message_content_part_audio

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
