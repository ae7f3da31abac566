from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..models.beta_function_tool_type import (
    BetaFunctionToolType,
    check_beta_function_tool_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_function_tool_output_schema_type_0 import (
        BetaFunctionToolOutputSchemaType0,
    )
    from ..models.beta_function_tool_parameters_type_0 import (
        BetaFunctionToolParametersType0,
    )


@_attrs_define(repr=False)
class BetaFunctionTool(_OpenModel):
    """A function in the caller's code that the model may ask to call."""

    type_: BetaFunctionToolType
    """ Fixed tag `function`. """
    name: str
    """ Name of the function. """
    parameters: BetaFunctionToolParametersType0 | None
    """ JSON schema of the arguments. """
    strict: bool | None
    """ Enforce the parameter schema exactly. """
    description: None | str = None
    """ What the function does; the model uses it to decide when to call it. """
    output_schema: BetaFunctionToolOutputSchemaType0 | None = None
    """ JSON schema of the function's result. """
    defer_loading: bool | None = None
    """ Load the function only when tool search finds it. """
    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
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
            ("type_", "type", REQUIRED, check_beta_function_tool_type),
            ("name", "name", REQUIRED, None),
            (
                "parameters",
                "parameters",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "beta_function_tool_parameters_type_0",
                        "BetaFunctionToolParametersType0",
                    ),
                    None,
                ),
            ),
            ("strict", "strict", REQUIRED_OR_NULL, one_of(bool, None)),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "output_schema",
                "output_schema",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_function_tool_output_schema_type_0",
                        "BetaFunctionToolOutputSchemaType0",
                    ),
                    None,
                ),
            ),
            ("defer_loading", "defer_loading", OPTIONAL, None),
            (
                "allowed_callers",
                "allowed_callers",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_beta_callable_tool_allowed_caller), None),
            ),
        )
