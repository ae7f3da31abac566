from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_chat_completion_stream_response_object import (
    CreateChatCompletionStreamResponseObject,
    check_create_chat_completion_stream_response_object,
)
from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_moderation import ChatCompletionModeration
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )


@_attrs_define(repr=False)
class CreateChatCompletionStreamResponse(_OpenModel):
    """One streamed chunk of a chat completion."""

    id: str
    """ Completion ID, same in every chunk. """
    choices: list[CreateChatCompletionStreamResponseChoicesItem]
    """ Choice updates; empty in the usage chunk. """
    created: int
    """ Creation time (Unix seconds), same in every chunk. """
    model: str
    """ Model that produced the completion. """
    object_: CreateChatCompletionStreamResponseObject
    """ Object type tag. """
    obfuscation: str | None = None
    """ Random padding, present when obfuscation is on. """
    service_tier: None | ServiceTierType0 = None
    """ Processing tier used (or requested) for the call. """
    system_fingerprint: str | None = None
    """ Backend configuration fingerprint. """
    usage: CompletionUsage | None = None
    """ Token usage; only in the final usage chunk. """
    moderation: ChatCompletionModeration | None = None
    """ Moderation outcome, if moderation ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "choices",
        "created",
        "id",
        "model",
        "moderation",
        "obfuscation",
        "object",
        "service_tier",
        "system_fingerprint",
        "usage",
    )
    _tags = {"object": ("chat.completion.chunk",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_chat_completion_stream_response_choices_item import (
            CreateChatCompletionStreamResponseChoicesItem,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "choices",
                "choices",
                REQUIRED,
                list_of(CreateChatCompletionStreamResponseChoicesItem),
            ),
            ("created", "created", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_create_chat_completion_stream_response_object,
            ),
            ("obfuscation", "obfuscation", OPTIONAL, None),
            (
                "service_tier",
                "service_tier",
                OPTIONAL_OR_NULL,
                one_of(check_service_tier_type_0, None),
            ),
            ("system_fingerprint", "system_fingerprint", OPTIONAL, None),
            (
                "usage",
                "usage",
                OPTIONAL_OR_NULL,
                one_of(member("completion_usage", "CompletionUsage"), None),
            ),
            (
                "moderation",
                "moderation",
                OPTIONAL_OR_NULL,
                one_of(
                    member("chat_completion_moderation", "ChatCompletionModeration"),
                    None,
                ),
            ),
        )
