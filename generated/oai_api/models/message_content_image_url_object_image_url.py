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
from ..models.message_content_image_url_object_image_url_detail import (
    MessageContentImageUrlObjectImageUrlDetail,
    check_message_content_image_url_object_image_url_detail,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MessageContentImageUrlObjectImageUrl(_OpenModel):
    """Where the image lives and at what detail to read it."""

    url: str
    """ Public URL of a JPEG, PNG, GIF or WebP image. """
    detail: MessageContentImageUrlObjectImageUrlDetail | None = None
    """ Image resolution to use: `auto` (default), `low` (cheaper in tokens) or `high`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "url")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("url", "url", REQUIRED, None),
            (
                "detail",
                "detail",
                OPTIONAL,
                check_message_content_image_url_object_image_url_detail,
            ),
        )
