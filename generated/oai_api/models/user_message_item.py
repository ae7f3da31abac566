from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.user_message_item_object import (
    UserMessageItemObject,
    check_user_message_item_object,
)
from ..models.user_message_item_type import (
    UserMessageItemType,
    check_user_message_item_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.attachment import Attachment
    from ..models.inference_options import InferenceOptions
    from ..models.user_message_input_text import UserMessageInputText
    from ..models.user_message_quoted_text import UserMessageQuotedText


@_attrs_define(repr=False)
class UserMessageItem(_OpenModel):
    """A message a user posted in a thread, with its content, attachments and inference options."""

    id: str

    object_: UserMessageItemObject

    created_at: int

    thread_id: str

    type_: UserMessageItemType

    content: list[UserMessageInputText | UserMessageQuotedText]

    attachments: list[Attachment]

    inference_options: InferenceOptions | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "attachments",
        "content",
        "created_at",
        "id",
        "inference_options",
        "object",
        "thread_id",
        "type",
    )
    _tags = {"type": ("chatkit.user_message",), "object": ("chatkit.thread_item",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.attachment import Attachment

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_user_message_item_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_user_message_item_type),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "user_message_input_text",
                            "UserMessageInputText",
                            ("type", "input_text"),
                        ),
                        member(
                            "user_message_quoted_text",
                            "UserMessageQuotedText",
                            ("type", "quoted_text"),
                        ),
                    )
                ),
            ),
            ("attachments", "attachments", REQUIRED, list_of(Attachment)),
            (
                "inference_options",
                "inference_options",
                REQUIRED_OR_NULL,
                one_of(member("inference_options", "InferenceOptions"), None),
            ),
        )
