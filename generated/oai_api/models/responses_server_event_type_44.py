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
from ..models.response_image_gen_call_partial_image_event_type import (
    ResponseImageGenCallPartialImageEventType,
    check_response_image_gen_call_partial_image_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponsesServerEventType44(_OpenModel):
    type_: ResponseImageGenCallPartialImageEventType
    """ Event type, fixed to `response.image_generation_call.partial_image`. """
    output_index: int
    """ Position of the output item in the response. """
    item_id: str
    """ ID of the output item concerned. """
    sequence_number: int
    """ Position of this event in the stream. """
    partial_image_index: int
    """ Position of this partial image, from 0. """
    partial_image_b64: str
    """ Base64 data of the partial image. """
    size: str | None = None
    """ Size of the image. """
    quality: str | None = None
    """ Quality of the image. """
    background: str | None = None
    """ Background of the image. """
    output_format: str | None = None
    """ File format of the image. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "background",
        "item_id",
        "output_format",
        "output_index",
        "partial_image_b64",
        "partial_image_index",
        "quality",
        "sequence_number",
        "size",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.image_generation_call.partial_image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_image_gen_call_partial_image_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("partial_image_index", "partial_image_index", REQUIRED, None),
            ("partial_image_b64", "partial_image_b64", REQUIRED, None),
            ("size", "size", OPTIONAL, None),
            ("quality", "quality", OPTIONAL, None),
            ("background", "background", OPTIONAL, None),
            ("output_format", "output_format", OPTIONAL, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
