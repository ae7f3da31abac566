from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_content_part_text_type import (
    ChatCompletionRequestMessageContentPartTextType,
    check_chat_completion_request_message_content_part_text_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartText")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, PromptCacheBreakpointParam
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam

    _models_bound = True


@_attrs_define
class ChatCompletionRequestMessageContentPartText:
    """A text content part."""

    type_: ChatCompletionRequestMessageContentPartTextType
    """ Part kind. """
    text: str
    """ The text. """
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

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

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
                    "text": text,
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
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_chat_completion_request_message_content_part_text_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

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
            try:
                _prompt_cache_breakpoint = _prompt_cache_breakpoint_raw
                prompt_cache_breakpoint: PromptCacheBreakpointParam | Unset
                if isinstance(_prompt_cache_breakpoint, Unset):
                    prompt_cache_breakpoint = UNSET
                else:
                    prompt_cache_breakpoint = PromptCacheBreakpointParam.from_dict(
                        _prompt_cache_breakpoint
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_breakpoint = _prompt_cache_breakpoint_raw

        chat_completion_request_message_content_part_text = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if _none_flips:
            chat_completion_request_message_content_part_text._none_flips = _none_flips

        chat_completion_request_message_content_part_text.additional_properties = d
        return chat_completion_request_message_content_part_text

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
