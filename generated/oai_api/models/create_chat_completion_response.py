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
from ..models.create_chat_completion_response_object import (
    CreateChatCompletionResponseObject,
    check_create_chat_completion_response_object,
)
from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_moderation import ChatCompletionModeration
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateChatCompletionResponse(_OpenModel):
    """A complete chat completion."""

    id: str
    """ Completion ID. """
    choices: list[CreateChatCompletionResponseChoicesItem]
    """ Generated choices (n of them). """
    created: int
    """ Creation time (Unix seconds). """
    model: str
    """ Model that produced the completion. """
    object_: CreateChatCompletionResponseObject
    """ Object type tag. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    service_tier: None | ServiceTierType0 = None
    """ Processing tier used (or requested) for the call. """
    system_fingerprint: str | None = None
    """ Backend configuration fingerprint. """
    usage: CompletionUsage | None = None
    """ Token counts for the request. """
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
        "metadata",
        "model",
        "moderation",
        "object",
        "service_tier",
        "system_fingerprint",
        "usage",
    )
    _tags = {"object": ("chat.completion",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.completion_usage import CompletionUsage
        from ..models.create_chat_completion_response_choices_item import (
            CreateChatCompletionResponseChoicesItem,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "choices",
                "choices",
                REQUIRED,
                list_of(CreateChatCompletionResponseChoicesItem),
            ),
            ("created", "created", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_create_chat_completion_response_object,
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            (
                "service_tier",
                "service_tier",
                OPTIONAL_OR_NULL,
                one_of(check_service_tier_type_0, None),
            ),
            ("system_fingerprint", "system_fingerprint", OPTIONAL, None),
            ("usage", "usage", OPTIONAL, CompletionUsage),
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
