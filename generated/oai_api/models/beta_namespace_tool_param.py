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
from ..models.beta_namespace_tool_param_type import (
    BetaNamespaceToolParamType,
    check_beta_namespace_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_function_tool_param import BetaFunctionToolParam


@_attrs_define(repr=False)
class BetaNamespaceToolParam(_OpenModel):
    """A named group of function and custom tools, called as namespace plus tool name."""

    type_: BetaNamespaceToolParamType
    """ Fixed tag `namespace`. """
    name: str
    """ Namespace prefix the model uses when calling its tools, e.g. `crm`. """
    description: str
    """ Text telling the model what the namespace covers. """
    tools: list[BetaCustomToolParam | BetaFunctionToolParam]
    """ Function or custom tools in this namespace; at least one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "tools", "type")
    _tags = {"type": ("namespace",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_namespace_tool_param_type),
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED, None),
            (
                "tools",
                "tools",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "beta_function_tool_param",
                            "BetaFunctionToolParam",
                            ("type", "function"),
                        ),
                        member(
                            "beta_custom_tool_param",
                            "BetaCustomToolParam",
                            ("type", "custom"),
                        ),
                    )
                ),
            ),
        )
