from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.image_gen_tool_call_status import (
    ImageGenToolCallStatus,
    check_image_gen_tool_call_status,
)
from ..models.image_gen_tool_call_type import (
    ImageGenToolCallType,
    check_image_gen_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ImageGenToolCall(_OpenModel):
    """An image the image generation tool produced (base64 in `result`)."""

    type_: ImageGenToolCallType
    """ Fixed tag `image_generation_call`. """
    id: str
    """ Unique ID. """
    status: ImageGenToolCallStatus
    """ Progress state. """
    result: None | str
    """ Base64 image data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "result", "status", "type")
    _tags = {"type": ("image_generation_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_image_gen_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_image_gen_tool_call_status),
            ("result", "result", REQUIRED_OR_NULL, one_of(str, None)),
        )
