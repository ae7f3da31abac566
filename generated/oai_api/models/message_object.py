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
from ..models.message_object_object import (
    MessageObjectObject,
    check_message_object_object,
)
from ..models.message_object_role import MessageObjectRole, check_message_object_role
from ..models.message_object_status import (
    MessageObjectStatus,
    check_message_object_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_content_refusal_object import MessageContentRefusalObject
    from ..models.message_content_text_object import MessageContentTextObject
    from ..models.message_object_attachments_type_0_item import (
        MessageObjectAttachmentsType0Item,
    )
    from ..models.message_object_incomplete_details_type_0 import (
        MessageObjectIncompleteDetailsType0,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class MessageObject(_OpenModel):
    """One message in a thread: its author role, content parts, attachments and status."""

    id: str

    object_: MessageObjectObject

    created_at: int

    thread_id: str

    status: MessageObjectStatus

    incomplete_details: MessageObjectIncompleteDetailsType0 | None

    completed_at: int | None

    incomplete_at: int | None

    role: MessageObjectRole

    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
    ]

    assistant_id: None | str

    run_id: None | str

    attachments: list[MessageObjectAttachmentsType0Item] | None

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "assistant_id",
        "attachments",
        "completed_at",
        "content",
        "created_at",
        "id",
        "incomplete_at",
        "incomplete_details",
        "metadata",
        "object",
        "role",
        "run_id",
        "status",
        "thread_id",
    )
    _tags = {"object": ("thread.message",), "role": ("user", "assistant")}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_object_attachments_type_0_item import (
            MessageObjectAttachmentsType0Item,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_message_object_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_message_object_status),
            (
                "incomplete_details",
                "incomplete_details",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "message_object_incomplete_details_type_0",
                        "MessageObjectIncompleteDetailsType0",
                    ),
                    None,
                ),
            ),
            ("completed_at", "completed_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("incomplete_at", "incomplete_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("role", "role", REQUIRED, check_message_object_role),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "message_content_image_file_object",
                            "MessageContentImageFileObject",
                            ("type", "image_file"),
                        ),
                        member(
                            "message_content_image_url_object",
                            "MessageContentImageUrlObject",
                            ("type", "image_url"),
                        ),
                        member(
                            "message_content_text_object",
                            "MessageContentTextObject",
                            ("type", "text"),
                        ),
                        member(
                            "message_content_refusal_object",
                            "MessageContentRefusalObject",
                            ("type", "refusal"),
                        ),
                    )
                ),
            ),
            ("assistant_id", "assistant_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("run_id", "run_id", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "attachments",
                "attachments",
                REQUIRED_OR_NULL,
                one_of(list_of(MessageObjectAttachmentsType0Item), None),
            ),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )
