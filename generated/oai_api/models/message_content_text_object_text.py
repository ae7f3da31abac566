from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
    )


@_attrs_define(repr=False)
class MessageContentTextObjectText(_OpenModel):
    value: str

    annotations: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "value")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("value", "value", REQUIRED, None),
            (
                "annotations",
                "annotations",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "message_content_text_annotations_file_citation_object",
                            "MessageContentTextAnnotationsFileCitationObject",
                            ("type", "file_citation"),
                        ),
                        member(
                            "message_content_text_annotations_file_path_object",
                            "MessageContentTextAnnotationsFilePathObject",
                            ("type", "file_path"),
                        ),
                    )
                ),
            ),
        )
