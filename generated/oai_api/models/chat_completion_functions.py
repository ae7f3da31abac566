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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.function_parameters import FunctionParameters


@_attrs_define(repr=False)
class ChatCompletionFunctions(_OpenModel):
    """Legacy function definition."""

    name: str
    """ Function name. """
    description: str | None = None
    """ What the function does, for the model. """
    parameters: FunctionParameters | None = None
    """ JSON Schema object describing function arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "parameters")

    @staticmethod
    def _fields() -> Table:
        from ..models.function_parameters import FunctionParameters

        return fields(
            ("name", "name", REQUIRED, None),
            ("description", "description", OPTIONAL, None),
            ("parameters", "parameters", OPTIONAL, FunctionParameters),
            strict=True,
        )
