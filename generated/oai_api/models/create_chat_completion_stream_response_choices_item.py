from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_chat_completion_stream_response_choices_item_finish_reason_type_0 import (
    CreateChatCompletionStreamResponseChoicesItemFinishReasonType0,
    check_create_chat_completion_stream_response_choices_item_finish_reason_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta,
    )
    from ..models.create_chat_completion_stream_response_choices_item_logprobs_type_0 import (
        CreateChatCompletionStreamResponseChoicesItemLogprobsType0,
    )


@_attrs_define(repr=False)
class CreateChatCompletionStreamResponseChoicesItem(_OpenModel):
    delta: ChatCompletionStreamResponseDelta
    """ Incremental message content in a chunk. """
    finish_reason: CreateChatCompletionStreamResponseChoicesItemFinishReasonType0 | None
    """ Why generation stopped; null until it does. """
    index: int
    """ Position of this choice. """
    logprobs: CreateChatCompletionStreamResponseChoicesItemLogprobsType0 | None = None
    """ Token log probabilities, if requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("delta", "finish_reason", "index", "logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_stream_response_delta import (
            ChatCompletionStreamResponseDelta,
        )

        return fields(
            ("delta", "delta", REQUIRED, ChatCompletionStreamResponseDelta),
            (
                "finish_reason",
                "finish_reason",
                REQUIRED_OR_NULL,
                one_of(
                    check_create_chat_completion_stream_response_choices_item_finish_reason_type_0,
                    None,
                ),
            ),
            ("index", "index", REQUIRED, None),
            (
                "logprobs",
                "logprobs",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_chat_completion_stream_response_choices_item_logprobs_type_0",
                        "CreateChatCompletionStreamResponseChoicesItemLogprobsType0",
                    ),
                    None,
                ),
            ),
        )
