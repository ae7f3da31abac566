from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_content_text_annotations_file_path_object_type import (
    MessageContentTextAnnotationsFilePathObjectType,
    check_message_content_text_annotations_file_path_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )


@_attrs_define(repr=False)
class MessageContentTextAnnotationsFilePathObject(_OpenModel):
    """Annotation marking a span of the text that links to a file produced by the `code_interpreter` tool."""

    type_: MessageContentTextAnnotationsFilePathObjectType

    text: str

    file_path: MessageContentTextAnnotationsFilePathObjectFilePath

    start_index: int

    end_index: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "file_path", "start_index", "text", "type")
    _tags = {"type": ("file_path",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_content_text_annotations_file_path_object_file_path import (
            MessageContentTextAnnotationsFilePathObjectFilePath,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_message_content_text_annotations_file_path_object_type,
            ),
            ("text", "text", REQUIRED, None),
            (
                "file_path",
                "file_path",
                REQUIRED,
                MessageContentTextAnnotationsFilePathObjectFilePath,
            ),
            ("start_index", "start_index", REQUIRED, None),
            ("end_index", "end_index", REQUIRED, None),
        )
