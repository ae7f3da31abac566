from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.function_tool_param_type import (
    FunctionToolParamType,
    check_function_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.empty_model_param import EmptyModelParam
    from ..models.function_tool_param_output_schema_type_0 import (
        FunctionToolParamOutputSchemaType0,
    )


@_attrs_define(repr=False)
class FunctionToolParam(_OpenModel):
    """A function tool inside a namespace."""

    name: str
    """ Name of the function. """
    type_: FunctionToolParamType
    """ Fixed tag `function`. """
    description: None | str = None
    """ What the function does. """
    parameters: EmptyModelParam | None = None
    """ JSON schema of the arguments. """
    strict: bool | None = None
    """ Enforce the parameter schema exactly. """
    output_schema: FunctionToolParamOutputSchemaType0 | None = None
    """ JSON schema of the function's result. """
    defer_loading: bool | None = None
    """ Load the function only when tool search finds it. """
    allowed_callers: list[CallableToolAllowedCaller] | None = None
    """ Who may call the tool: the model directly, programs it writes, or both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "allowed_callers",
        "defer_loading",
        "description",
        "name",
        "output_schema",
        "parameters",
        "strict",
        "type",
    )
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            ("type_", "type", REQUIRED, check_function_tool_param_type),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "parameters",
                "parameters",
                OPTIONAL_OR_NULL,
                one_of(member("empty_model_param", "EmptyModelParam"), None),
            ),
            ("strict", "strict", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "output_schema",
                "output_schema",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "function_tool_param_output_schema_type_0",
                        "FunctionToolParamOutputSchemaType0",
                    ),
                    None,
                ),
            ),
            ("defer_loading", "defer_loading", OPTIONAL, None),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_callable_tool_allowed_caller), None),
            ),
        )
