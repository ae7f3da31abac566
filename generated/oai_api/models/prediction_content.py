from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.prediction_content_type import (
    PredictionContentType,
    check_prediction_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


@_attrs_define(repr=False)
class PredictionContent(_OpenModel):
    """Expected output supplied to speed up generation."""

    type_: PredictionContentType
    """ Prediction kind; always content. """
    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ The predicted text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "type")
    _tags = {"type": ("content",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_request_message_content_part_text import (
            ChatCompletionRequestMessageContentPartText,
        )

        return fields(
            ("type_", "type", REQUIRED, check_prediction_content_type),
            (
                "content",
                "content",
                REQUIRED,
                one_of(str, list_of(ChatCompletionRequestMessageContentPartText)),
            ),
            strict=True,
        )
