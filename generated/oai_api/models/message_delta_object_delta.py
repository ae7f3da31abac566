from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
    check_message_delta_object_delta_role,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
    )
    from ..models.message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject,
    )
    from ..models.message_delta_content_refusal_object import (
        MessageDeltaContentRefusalObject,
    )
    from ..models.message_delta_content_text_object import MessageDeltaContentTextObject


@_attrs_define(repr=False)
class MessageDeltaObjectDelta(_OpenModel):
    role: MessageDeltaObjectDeltaRole | None = None

    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
        ]
        | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "role")
    _tags = {"role": ("user", "assistant")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", OPTIONAL, check_message_delta_object_delta_role),
            (
                "content",
                "content",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "message_delta_content_image_file_object",
                            "MessageDeltaContentImageFileObject",
                            ("type", "image_file"),
                        ),
                        member(
                            "message_delta_content_text_object",
                            "MessageDeltaContentTextObject",
                            ("type", "text"),
                        ),
                        member(
                            "message_delta_content_refusal_object",
                            "MessageDeltaContentRefusalObject",
                            ("type", "refusal"),
                        ),
                        member(
                            "message_delta_content_image_url_object",
                            "MessageDeltaContentImageUrlObject",
                            ("type", "image_url"),
                        ),
                    )
                ),
            ),
        )
