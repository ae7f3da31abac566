from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.code_interpreter_output_image_type import (
    CodeInterpreterOutputImageType,
    check_code_interpreter_output_image_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CodeInterpreterOutputImage(_OpenModel):
    """An image produced by the code."""

    type_: CodeInterpreterOutputImageType
    """ Fixed tag `image`. """
    url: str
    """ URL of the image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("type", "url")
    _tags = {"type": ("image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_code_interpreter_output_image_type),
            ("url", "url", REQUIRED, None),
        )
