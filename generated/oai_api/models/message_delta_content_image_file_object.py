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
from ..models.message_delta_content_image_file_object_type import (
    MessageDeltaContentImageFileObjectType,
    check_message_delta_content_image_file_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile,
    )


@_attrs_define(repr=False)
class MessageDeltaContentImageFileObject(_OpenModel):
    """Streamed change to a message part that shows an uploaded image file."""

    index: int

    type_: MessageDeltaContentImageFileObjectType

    image_file: MessageDeltaContentImageFileObjectImageFile | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_file", "index", "type")
    _tags = {"type": ("image_file",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_content_image_file_object_image_file import (
            MessageDeltaContentImageFileObjectImageFile,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_message_delta_content_image_file_object_type,
            ),
            (
                "image_file",
                "image_file",
                OPTIONAL,
                MessageDeltaContentImageFileObjectImageFile,
            ),
        )
