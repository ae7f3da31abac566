from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_tool_choice_mcp_type import (
    BetaToolChoiceMCPType,
    check_beta_tool_choice_mcp_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaToolChoiceMCP(_OpenModel):
    """Tool choice that forces a call to a tool on a given remote MCP server."""

    type_: BetaToolChoiceMCPType
    """ Fixed tag `mcp`. """
    server_label: str
    """ Which MCP server, by label, the forced tool lives on. """
    name: None | str = None
    """ Tool on that server to call; None lets the model pick among the server's tools. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "server_label", "type")
    _tags = {"type": ("mcp",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_choice_mcp_type),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
        )
