from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.mcp_approval_request_type import (
    MCPApprovalRequestType,
    check_mcp_approval_request_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MCPApprovalRequest(_OpenModel):
    """The model asks the caller to approve an MCP tool call."""

    type_: MCPApprovalRequestType
    """ Fixed tag `mcp_approval_request`. """
    id: str
    """ Unique ID. """
    server_label: str
    """ Label of the MCP server. """
    name: str
    """ Tool to be called. """
    arguments: str
    """ Arguments as a JSON string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("arguments", "id", "name", "server_label", "type")
    _tags = {"type": ("mcp_approval_request",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_mcp_approval_request_type),
            ("id", "id", REQUIRED, None),
            ("server_label", "server_label", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
        )
