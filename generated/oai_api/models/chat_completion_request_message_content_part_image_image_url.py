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
from ..models.chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail,
    check_chat_completion_request_message_content_part_image_image_url_detail,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartImageImageUrl(_OpenModel):
    """The image location."""

    url: str
    """ Image URL or base64 data URL. """
    detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | None = None
    """ Level of detail to analyse the image at. """
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
                check_chat_completion_request_message_content_part_image_image_url_detail,
            ),
        )
