from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.url_annotation_type import UrlAnnotationType, check_url_annotation_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.url_annotation_source import UrlAnnotationSource


@_attrs_define(repr=False)
class UrlAnnotation(_OpenModel):
    """Citation of a URL within assistant text."""

    type_: UrlAnnotationType

    source: UrlAnnotationSource
    """ The web address an annotation points to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("source", "type")
    _tags = {"type": ("url",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.url_annotation_source import UrlAnnotationSource

        return fields(
            ("type_", "type", REQUIRED, check_url_annotation_type),
            ("source", "source", REQUIRED, UrlAnnotationSource),
        )
