from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.url_annotation_source_type import (
    UrlAnnotationSourceType,
    check_url_annotation_source_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UrlAnnotationSource(_OpenModel):
    """The web address an annotation points to."""

    type_: UrlAnnotationSourceType

    url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "url")
    _tags = {"type": ("url",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_url_annotation_source_type),
            ("url", "url", REQUIRED, None),
        )
