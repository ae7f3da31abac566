from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_choices_item_finish_reason import (
    CreateChatCompletionResponseChoicesItemFinishReason,
    check_create_chat_completion_response_choices_item_finish_reason,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage
    from ..models.create_chat_completion_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionResponseChoicesItemLogprobsType0,
    )


T = TypeVar("T", bound="CreateChatCompletionResponseChoicesItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionResponseMessage, \
        CreateChatCompletionResponseChoicesItemLogprobsType0
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage
    from ..models.create_chat_completion_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionResponseChoicesItemLogprobsType0,
    )

    _models_bound = True


@_attrs_define
class CreateChatCompletionResponseChoicesItem:
    finish_reason: CreateChatCompletionResponseChoicesItemFinishReason
    """ Why generation stopped. """
    index: int
    """ Position of this choice. """
    message: ChatCompletionResponseMessage
    """ The message produced by the model. """
    logprobs: CreateChatCompletionResponseChoicesItemLogprobsType0 | None
    """ Token log probabilities, if requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.finish_reason is None or isinstance(self.finish_reason, Unset):
            finish_reason = self.finish_reason
        else:
            finish_reason: str = self.finish_reason

        index = self.index

        if not isinstance(self.message, ChatCompletionResponseMessage):
            message = self.message
        else:
            message = self.message.to_dict()

        if self.logprobs is None or isinstance(self.logprobs, Unset):
            logprobs = self.logprobs
        else:
            logprobs: dict[str, Any] | None
            if isinstance(
                self.logprobs, CreateChatCompletionResponseChoicesItemLogprobsType0
            ):
                logprobs = self.logprobs.to_dict()
            else:
                logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "finish_reason": finish_reason,
                    "index": index,
                    "message": message,
                    "logprobs": logprobs,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _finish_reason_raw = d.pop("finish_reason", UNSET)
        if _finish_reason_raw is None or isinstance(_finish_reason_raw, Unset):
            if strict_parsing.get():
                raise KeyError("finish_reason")

            finish_reason = _finish_reason_raw
        else:
            try:
                finish_reason = (
                    check_create_chat_completion_response_choices_item_finish_reason(
                        _finish_reason_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                finish_reason = _finish_reason_raw

        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        _message_raw = d.pop("message", UNSET)
        if _message_raw is None or isinstance(_message_raw, Unset):
            if strict_parsing.get():
                raise KeyError("message")

            message = _message_raw
        else:
            try:
                message = ChatCompletionResponseMessage.from_dict(_message_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                message = _message_raw

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if isinstance(_logprobs_raw, Unset) and strict_parsing.get():
                raise KeyError("logprobs")

            logprobs = _logprobs_raw
        else:
            try:

                def _parse_logprobs(
                    data: object,
                ) -> CreateChatCompletionResponseChoicesItemLogprobsType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        logprobs_type_0 = CreateChatCompletionResponseChoicesItemLogprobsType0.from_dict(
                            data
                        )

                        return logprobs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateChatCompletionResponseChoicesItemLogprobsType0 | None,
                        data,
                    )

                logprobs = _parse_logprobs(_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                logprobs = _logprobs_raw

        create_chat_completion_response_choices_item = cls(
            finish_reason=finish_reason,
            index=index,
            message=message,
            logprobs=logprobs,
        )

        create_chat_completion_response_choices_item.additional_properties = d
        return create_chat_completion_response_choices_item

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
