from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_chat_completion_response_choices_item_finish_reason import (
    CreateChatCompletionResponseChoicesItemFinishReason,
    check_create_chat_completion_response_choices_item_finish_reason,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_response_message import ChatCompletionResponseMessage
    from ..models.create_chat_completion_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionResponseChoicesItemLogprobsType0,
    )


@_attrs_define(repr=False)
class CreateChatCompletionResponseChoicesItem(_OpenModel):
    finish_reason: CreateChatCompletionResponseChoicesItemFinishReason
    """ Why generation stopped. """
    index: int
    """ Position of this choice. """
    message: ChatCompletionResponseMessage
    """ The message produced by the model. """
    logprobs: CreateChatCompletionResponseChoicesItemLogprobsType0 | None
    """ Token log probabilities, if requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("finish_reason", "index", "logprobs", "message")

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_response_message import (
            ChatCompletionResponseMessage,
        )

        return fields(
            (
                "finish_reason",
                "finish_reason",
                REQUIRED,
                check_create_chat_completion_response_choices_item_finish_reason,
            ),
            ("index", "index", REQUIRED, None),
            ("message", "message", REQUIRED, ChatCompletionResponseMessage),
            (
                "logprobs",
                "logprobs",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "create_chat_completion_response_choices_item_logprobs_type_0",
                        "CreateChatCompletionResponseChoicesItemLogprobsType0",
                    ),
                    None,
                ),
            ),
        )
