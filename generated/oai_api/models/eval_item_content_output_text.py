from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_item_content_output_text_type import (
    EvalItemContentOutputTextType,
    check_eval_item_content_output_text_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class EvalItemContentOutputText(_OpenModel):
    """Text that the model produced, used as message content."""

    type_: EvalItemContentOutputTextType
    """ Always `output_text` for this content part. """
    text: str
    """ The text the model produced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("output_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_eval_item_content_output_text_type),
            ("text", "text", REQUIRED, None),
        )
