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
from ..models.message_content_image_file_object_image_file_detail import (
    MessageContentImageFileObjectImageFileDetail,
    check_message_content_image_file_object_image_file_detail,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MessageContentImageFileObjectImageFile(_OpenModel):
    """Which uploaded file holds the image, and at what detail to read it."""

    file_id: str
    """ ID of the uploaded image file; upload it with `purpose="vision"` if you want to display it later. """
    detail: MessageContentImageFileObjectImageFileDetail | None = None
    """ Image resolution to use: `auto` (default), `low` (cheaper in tokens) or `high`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "file_id")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file_id", "file_id", REQUIRED, None),
            (
                "detail",
                "detail",
                OPTIONAL,
                check_message_content_image_file_object_image_file_detail,
            ),
        )
