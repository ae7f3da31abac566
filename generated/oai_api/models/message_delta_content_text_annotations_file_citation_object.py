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
from ..models.message_delta_content_text_annotations_file_citation_object_type import (
    MessageDeltaContentTextAnnotationsFileCitationObjectType,
    check_message_delta_content_text_annotations_file_citation_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )


@_attrs_define(repr=False)
class MessageDeltaContentTextAnnotationsFileCitationObject(_OpenModel):
    """Streamed citation annotation pointing at a passage of a file found by the `file_search` tool."""

    index: int

    type_: MessageDeltaContentTextAnnotationsFileCitationObjectType

    text: str | None = None

    file_citation: (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | None
    ) = None

    start_index: int | None = None

    end_index: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "file_citation", "index", "start_index", "text", "type")
    _tags = {"type": ("file_citation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
            MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_message_delta_content_text_annotations_file_citation_object_type,
            ),
            ("text", "text", OPTIONAL, None),
            (
                "file_citation",
                "file_citation",
                OPTIONAL,
                MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
            ),
            ("start_index", "start_index", OPTIONAL, None),
            ("end_index", "end_index", OPTIONAL, None),
        )
