from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_content_image_file_object_type import (
    MessageContentImageFileObjectType,
    check_message_content_image_file_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )


@_attrs_define(repr=False)
class MessageContentImageFileObject(_OpenModel):
    """Message content part that shows an image stored as an uploaded file."""

    type_: MessageContentImageFileObjectType
    """ Part kind; always `image_file`. """
    image_file: MessageContentImageFileObjectImageFile
    """ Which uploaded file holds the image, and at what detail to read it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_file", "type")
    _tags = {"type": ("image_file",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_content_image_file_object_image_file import (
            MessageContentImageFileObjectImageFile,
        )

        return fields(
            ("type_", "type", REQUIRED, check_message_content_image_file_object_type),
            (
                "image_file",
                "image_file",
                REQUIRED,
                MessageContentImageFileObjectImageFile,
            ),
        )
