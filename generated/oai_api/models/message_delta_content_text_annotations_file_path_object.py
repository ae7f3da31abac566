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
from ..models.message_delta_content_text_annotations_file_path_object_type import (
    MessageDeltaContentTextAnnotationsFilePathObjectType,
    check_message_delta_content_text_annotations_file_path_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )


@_attrs_define(repr=False)
class MessageDeltaContentTextAnnotationsFilePathObject(_OpenModel):
    """Streamed annotation linking to a file that the `code_interpreter` tool generated."""

    index: int

    type_: MessageDeltaContentTextAnnotationsFilePathObjectType

    text: str | None = None

    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None

    start_index: int | None = None

    end_index: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_index", "file_path", "index", "start_index", "text", "type")
    _tags = {"type": ("file_path",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
            MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_message_delta_content_text_annotations_file_path_object_type,
            ),
            ("text", "text", OPTIONAL, None),
            (
                "file_path",
                "file_path",
                OPTIONAL,
                MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
            ),
            ("start_index", "start_index", OPTIONAL, None),
            ("end_index", "end_index", OPTIONAL, None),
        )
