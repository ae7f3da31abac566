from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.image_edit_partial_image_event_background import (
    ImageEditPartialImageEventBackground,
    check_image_edit_partial_image_event_background,
)
from ..models.image_edit_partial_image_event_output_format import (
    ImageEditPartialImageEventOutputFormat,
    check_image_edit_partial_image_event_output_format,
)
from ..models.image_edit_partial_image_event_quality import (
    ImageEditPartialImageEventQuality,
    check_image_edit_partial_image_event_quality,
)
from ..models.image_edit_partial_image_event_size import (
    ImageEditPartialImageEventSize,
    check_image_edit_partial_image_event_size,
)
from ..models.image_edit_partial_image_event_type import (
    ImageEditPartialImageEventType,
    check_image_edit_partial_image_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ImageEditPartialImageEvent(_OpenModel):
    """Stream event carrying an intermediate image while an edit is still rendering."""

    type_: ImageEditPartialImageEventType

    b64_json: str

    created_at: int

    size: ImageEditPartialImageEventSize

    quality: ImageEditPartialImageEventQuality

    background: ImageEditPartialImageEventBackground

    output_format: ImageEditPartialImageEventOutputFormat

    partial_image_index: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "b64_json",
        "background",
        "created_at",
        "output_format",
        "partial_image_index",
        "quality",
        "size",
        "type",
    )
    _tags = {"type": ("image_edit.partial_image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_image_edit_partial_image_event_type),
            ("b64_json", "b64_json", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("size", "size", REQUIRED, check_image_edit_partial_image_event_size),
            (
                "quality",
                "quality",
                REQUIRED,
                check_image_edit_partial_image_event_quality,
            ),
            (
                "background",
                "background",
                REQUIRED,
                check_image_edit_partial_image_event_background,
            ),
            (
                "output_format",
                "output_format",
                REQUIRED,
                check_image_edit_partial_image_event_output_format,
            ),
            ("partial_image_index", "partial_image_index", REQUIRED, None),
        )
