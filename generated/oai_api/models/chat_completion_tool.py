from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_tool_type import (
    ChatCompletionToolType,
    check_chat_completion_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.function_object import FunctionObject


@_attrs_define(repr=False)
class ChatCompletionTool(_OpenModel):
    """A function the model may call."""

    type_: ChatCompletionToolType
    """ Tool kind. """
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
            ("type_", "type", REQUIRED, check_chat_completion_tool_type),
            ("function", "function", REQUIRED, FunctionObject),
        )
