from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_content_text_annotations_file_citation_object_type import (
    MessageContentTextAnnotationsFileCitationObjectType,
    check_message_content_text_annotations_file_citation_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )


@_attrs_define(repr=False)
class MessageContentTextAnnotationsFileCitationObject(_OpenModel):
    """Annotation marking a span of the text that quotes a file found via the `file_search` tool."""

    type_: MessageContentTextAnnotationsFileCitationObjectType

    text: str

    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation

    start_index: int

    end_index: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "file_citation", "start_index", "text", "type")
    _tags = {"type": ("file_citation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_content_text_annotations_file_citation_object_file_citation import (
            MessageContentTextAnnotationsFileCitationObjectFileCitation,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_message_content_text_annotations_file_citation_object_type,
            ),
            ("text", "text", REQUIRED, None),
            (
                "file_citation",
                "file_citation",
                REQUIRED,
                MessageContentTextAnnotationsFileCitationObjectFileCitation,
            ),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
        )
