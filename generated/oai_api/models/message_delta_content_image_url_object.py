from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_delta_content_image_url_object_type import (
    MessageDeltaContentImageUrlObjectType,
    check_message_delta_content_image_url_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl,
    )


@_attrs_define(repr=False)
class MessageDeltaContentImageUrlObject(_OpenModel):
    """Streamed change to a message part that shows an image from a URL."""

    index: int

    type_: MessageDeltaContentImageUrlObjectType

    image_url: MessageDeltaContentImageUrlObjectImageUrl | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_url", "index", "type")
    _tags = {"type": ("image_url",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_content_image_url_object_image_url import (
            MessageDeltaContentImageUrlObjectImageUrl,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_message_delta_content_image_url_object_type,
            ),
            (
                "image_url",
                "image_url",
                OPTIONAL,
                MessageDeltaContentImageUrlObjectImageUrl,
            ),
        )
