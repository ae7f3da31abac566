from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.assistant_tools_function_type import (
    AssistantToolsFunctionType,
    check_assistant_tools_function_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.function_object import FunctionObject


@_attrs_define(repr=False)
class AssistantToolsFunction(_OpenModel):
    """Function tool: a function you define, which the model may ask you to call."""

    type_: AssistantToolsFunctionType
    """ Tool kind; always `function`. """
    function: FunctionObject
    """ Definition of a callable function. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("function", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.function_object import FunctionObject

        return fields(
            ("type_", "type", REQUIRED, check_assistant_tools_function_type),
            ("function", "function", REQUIRED, FunctionObject),
        )
