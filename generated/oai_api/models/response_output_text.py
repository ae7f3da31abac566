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
from ..models.response_output_text_type import (
    ResponseOutputTextType,
    check_response_output_text_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.file_annotation import FileAnnotation
    from ..models.url_annotation import UrlAnnotation


@_attrs_define(repr=False)
class ResponseOutputText(_OpenModel):
    """Text written by the assistant, with any file or URL citations."""

    type_: ResponseOutputTextType

    text: str

    annotations: list[FileAnnotation | UrlAnnotation]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "text", "type")
    _tags = {"type": ("output_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_response_output_text_type),
            ("text", "text", REQUIRED, None),
            (
                "annotations",
                "annotations",
                REQUIRED,
                list_of(
                    one_of(
                        member("file_annotation", "FileAnnotation", ("type", "file")),
                        member("url_annotation", "UrlAnnotation", ("type", "url")),
                    )
                ),
            ),
        )
