from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..models.beta_tool_search_tool_param_type import (
    BetaToolSearchToolParamType,
    check_beta_tool_search_tool_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_empty_model_param import BetaEmptyModelParam


@_attrs_define(repr=False)
class BetaToolSearchToolParam(_OpenModel):
    """Enables tool search over deferred tools, run by OpenAI or by your own client."""

    type_: BetaToolSearchToolParamType
    """ Fixed tag `tool_search`. """
    execution: BetaToolSearchExecutionType | None = None
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    description: None | str = None
    """ For client-run tool search: how the tool is described to the model. """
    parameters: BetaEmptyModelParam | None = None
    """ For client-run tool search: schema of the arguments the model sends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "execution", "parameters", "type")
    _tags = {"type": ("tool_search",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_search_tool_param_type),
            ("execution", "execution", OPTIONAL, check_beta_tool_search_execution_type),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "parameters",
                "parameters",
                OPTIONAL_OR_NULL,
                one_of(member("beta_empty_model_param", "BetaEmptyModelParam"), None),
            ),
        )
