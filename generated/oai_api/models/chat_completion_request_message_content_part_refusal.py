from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_request_message_content_part_refusal_type import (
    ChatCompletionRequestMessageContentPartRefusalType,
    check_chat_completion_request_message_content_part_refusal_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartRefusal(_OpenModel):
    """A refusal content part."""

    type_: ChatCompletionRequestMessageContentPartRefusalType
    """ Part kind. """
    refusal: str
    """ Refusal text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("refusal", "type")
    _tags = {"type": ("refusal",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_request_message_content_part_refusal_type,
            ),
            ("refusal", "refusal", REQUIRED, None),
            strict=True,
        )
