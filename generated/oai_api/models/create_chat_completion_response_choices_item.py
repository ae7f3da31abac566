from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_choices_item_finish_reason import (
    CreateChatCompletionResponseChoicesItemFinishReason,
    check_create_chat_completion_response_choices_item_finish_reason,
)

if TYPE_CHECKING:
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage
    from ..models.create_chat_completion_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionResponseChoicesItemLogprobsType0,
    )


T = TypeVar("T", bound="CreateChatCompletionResponseChoicesItem")


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
        from ..models.create_chat_completion_response_choices_item_logprobs_type_0 import (
            CreateChatCompletionResponseChoicesItemLogprobsType0,
        )

        finish_reason: str = self.finish_reason

        index = self.index

        message = self.message.to_dict()

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
                "finish_reason": finish_reason,
                "index": index,
                "message": message,
                "logprobs": logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_response_message import (
            ChatCompletionResponseMessage,
        )
        from ..models.create_chat_completion_response_choices_item_logprobs_type_0 import (
            CreateChatCompletionResponseChoicesItemLogprobsType0,
        )

        d = dict(src_dict)
        finish_reason = (
            check_create_chat_completion_response_choices_item_finish_reason(
                d.pop("finish_reason")
            )
        )

        index = d.pop("index")

        message = ChatCompletionResponseMessage.from_dict(d.pop("message"))

        def _parse_logprobs(
            data: object,
        ) -> CreateChatCompletionResponseChoicesItemLogprobsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logprobs_type_0 = (
                    CreateChatCompletionResponseChoicesItemLogprobsType0.from_dict(data)
                )

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateChatCompletionResponseChoicesItemLogprobsType0 | None, data
            )

        logprobs = _parse_logprobs(d.pop("logprobs", None))

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
