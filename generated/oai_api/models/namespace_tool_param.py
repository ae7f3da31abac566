from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.namespace_tool_param_type import (
    NamespaceToolParamType,
    check_namespace_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.custom_tool_param import CustomToolParam
    from ..models.function_tool_param import FunctionToolParam


@_attrs_define(repr=False)
class NamespaceToolParam(_OpenModel):
    """A group of function and custom tools under one name."""

    type_: NamespaceToolParamType
    """ Fixed tag `namespace`. """
    name: str
    """ Prefix naming this group in tool calls. """
    description: str
    """ What the tools in the namespace are for. """
    tools: list[CustomToolParam | FunctionToolParam]
    """ The tools in the namespace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "tools", "type")
    _tags = {"type": ("namespace",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_namespace_tool_param_type),
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED, None),
            (
                "tools",
                "tools",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "function_tool_param",
                            "FunctionToolParam",
                            ("type", "function"),
                        ),
                        member(
                            "custom_tool_param", "CustomToolParam", ("type", "custom")
                        ),
                    )
                ),
            ),
        )
