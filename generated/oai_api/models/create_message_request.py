from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model
from ..models.create_message_request_role import (
    CreateMessageRequestRole,
    check_create_message_request_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_message_request_attachments_type_0_item import (
        CreateMessageRequestAttachmentsType0Item,
    )
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_request_content_text_object import (
        MessageRequestContentTextObject,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateMessageRequest(_Model):
    """Body for adding a message to a thread: a role, the content and optional file attachments."""

    role: CreateMessageRequestRole
    """ Author of the message: `user` for end-user input (the usual case) or `assistant` to insert an assistant
    turn. """
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ]
        | str
    )
    """ Message body: a plain string, or a list of text, `image_file` and `image_url` parts (images need a vision-
    capable model). """
    attachments: list[CreateMessageRequestAttachmentsType0Item] | None = None
    """ Files to attach, each naming the tools (code interpreter, file search) that should receive it. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("attachments", "content", "metadata", "role")
    _tags = {"role": ("user", "assistant")}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_message_request_attachments_type_0_item import (
            CreateMessageRequestAttachmentsType0Item,
        )

        return fields(
            ("role", "role", REQUIRED, check_create_message_request_role),
            (
                "content",
                "content",
                REQUIRED,
                one_of(
                    str,
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
                                "message_request_content_text_object",
                                "MessageRequestContentTextObject",
                                ("type", "text"),
                            ),
                        )
                    ),
                ),
            ),
            (
                "attachments",
                "attachments",
                OPTIONAL_OR_NULL,
                one_of(list_of(CreateMessageRequestAttachmentsType0Item), None),
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            extra=DROP,
            strict=True,
        )
