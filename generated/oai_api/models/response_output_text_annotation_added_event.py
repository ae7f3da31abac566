from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.response_output_text_annotation_added_event_type import (
    ResponseOutputTextAnnotationAddedEventType,
    check_response_output_text_annotation_added_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.url_citation_body import UrlCitationBody


@_attrs_define(repr=False)
class ResponseOutputTextAnnotationAddedEvent(_OpenModel):
    """Stream event `response.output_text.annotation.added`: an annotation (citation) was added to output text."""

    type_: ResponseOutputTextAnnotationAddedEventType
    """ Event type, fixed to `response.output_text.annotation.added`. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    content_index: int
    """ Position of the content part in the item. """
    annotation_index: int
    """ Position of the annotation in the text part. """
    sequence_number: int
    """ Position of this event in the stream. """
    annotation: (
        ContainerFileCitationBody | FileCitationBody | FilePath | None | UrlCitationBody
    )
    """ The annotation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "annotation",
        "annotation_index",
        "content_index",
        "item_id",
        "output_index",
        "sequence_number",
        "type",
    )
    _tags = {"type": ("response.output_text.annotation.added",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_output_text_annotation_added_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("annotation_index", "annotation_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "annotation",
                "annotation",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "file_citation_body",
                        "FileCitationBody",
                        ("type", "file_citation"),
                    ),
                    member(
                        "url_citation_body", "UrlCitationBody", ("type", "url_citation")
                    ),
                    member(
                        "container_file_citation_body",
                        "ContainerFileCitationBody",
                        ("type", "container_file_citation"),
                    ),
                    member("file_path", "FilePath", ("type", "file_path")),
                    None,
                ),
            ),
        )
