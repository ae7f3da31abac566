from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.attachment_type import AttachmentType, check_attachment_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Attachment(_OpenModel):
    """A file or image attached to a thread item: ID, name, MIME type and preview URL."""

    type_: AttachmentType
    """ Kind of attachment: `image` or `file`. """
    id: str

    name: str

    mime_type: str

    preview_url: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "mime_type", "name", "preview_url", "type")
    _tags = {"type": ("image", "file")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_attachment_type),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("mime_type", "mime_type", REQUIRED, None),
            ("preview_url", "preview_url", REQUIRED_OR_NULL, one_of(str, None)),
        )
