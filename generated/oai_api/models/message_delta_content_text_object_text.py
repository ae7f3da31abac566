from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )


@_attrs_define(repr=False)
class MessageDeltaContentTextObjectText(_OpenModel):
    value: str | None = None

    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
        ]
        | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "value")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("value", "value", OPTIONAL, None),
            (
                "annotations",
                "annotations",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "message_delta_content_text_annotations_file_citation_object",
                            "MessageDeltaContentTextAnnotationsFileCitationObject",
                            ("type", "file_citation"),
                        ),
                        member(
                            "message_delta_content_text_annotations_file_path_object",
                            "MessageDeltaContentTextAnnotationsFilePathObject",
                            ("type", "file_path"),
                        ),
                    )
                ),
            ),
        )
