from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.file_annotation_type import FileAnnotationType, check_file_annotation_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.file_annotation_source import FileAnnotationSource


@_attrs_define(repr=False)
class FileAnnotation(_OpenModel):
    """Citation of an uploaded file within assistant text."""

    type_: FileAnnotationType

    source: FileAnnotationSource
    """ The attached file an annotation points to, by filename. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("source", "type")
    _tags = {"type": ("file",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.file_annotation_source import FileAnnotationSource

        return fields(
            ("type_", "type", REQUIRED, check_file_annotation_type),
            ("source", "source", REQUIRED, FileAnnotationSource),
        )
