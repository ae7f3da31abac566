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
from ..models.eval_item_input_image_type import (
    EvalItemInputImageType,
    check_eval_item_input_image_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class EvalItemInputImage(_OpenModel):
    """An image given to the model inside eval message content."""

    type_: EvalItemInputImageType
    """ Always `input_image` for this content part. """
    image_url: str
    """ Address of the image to send. """
    detail: str | None = None
    """ How closely the model looks at the image: `low`, `high` or `auto` (the default). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("detail", "image_url", "type")
    _tags = {"type": ("input_image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_eval_item_input_image_type),
            ("image_url", "image_url", REQUIRED, None),
            ("detail", "detail", OPTIONAL, None),
        )
