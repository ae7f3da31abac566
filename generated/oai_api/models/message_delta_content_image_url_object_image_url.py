from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_delta_content_image_url_object_image_url_detail import (
    MessageDeltaContentImageUrlObjectImageUrlDetail,
    check_message_delta_content_image_url_object_image_url_detail,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MessageDeltaContentImageUrlObjectImageUrl(_OpenModel):
    url: str | None = None

    detail: MessageDeltaContentImageUrlObjectImageUrlDetail | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "url")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("url", "url", OPTIONAL, None),
            (
                "detail",
                "detail",
                OPTIONAL,
                check_message_delta_content_image_url_object_image_url_detail,
            ),
        )
