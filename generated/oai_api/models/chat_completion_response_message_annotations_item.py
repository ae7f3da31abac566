from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_response_message_annotations_item_type import (
    ChatCompletionResponseMessageAnnotationsItemType,
    check_chat_completion_response_message_annotations_item_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_response_message_annotations_item_url_citation import (
        ChatCompletionResponseMessageAnnotationsItemUrlCitation,
    )


@_attrs_define(repr=False)
class ChatCompletionResponseMessageAnnotationsItem(_OpenModel):
    type_: ChatCompletionResponseMessageAnnotationsItemType
    """ Annotation kind. """
    url_citation: ChatCompletionResponseMessageAnnotationsItemUrlCitation
    """ A cited web page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "url_citation")
    _tags = {"type": ("url_citation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_response_message_annotations_item_url_citation import (
            ChatCompletionResponseMessageAnnotationsItemUrlCitation,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_chat_completion_response_message_annotations_item_type,
            ),
            (
                "url_citation",
                "url_citation",
                REQUIRED,
                ChatCompletionResponseMessageAnnotationsItemUrlCitation,
            ),
        )
