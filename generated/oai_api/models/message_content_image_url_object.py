from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_content_image_url_object_type import (
    MessageContentImageUrlObjectType,
    check_message_content_image_url_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_image_url_object_image_url import (
        MessageContentImageUrlObjectImageUrl,
    )


@_attrs_define(repr=False)
class MessageContentImageUrlObject(_OpenModel):
    """Message content part that shows an image fetched from a web URL."""

    type_: MessageContentImageUrlObjectType
    """ Part kind; always `image_url`. """
    image_url: MessageContentImageUrlObjectImageUrl
    """ Where the image lives and at what detail to read it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_url", "type")
    _tags = {"type": ("image_url",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_content_image_url_object_image_url import (
            MessageContentImageUrlObjectImageUrl,
        )

        return fields(
            ("type_", "type", REQUIRED, check_message_content_image_url_object_type),
            ("image_url", "image_url", REQUIRED, MessageContentImageUrlObjectImageUrl),
        )
