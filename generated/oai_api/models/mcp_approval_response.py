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
from ..models.mcp_approval_response_type import (
    MCPApprovalResponseType,
    check_mcp_approval_response_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MCPApprovalResponse(_OpenModel):
    """The caller's answer to an MCP approval request."""

    type_: MCPApprovalResponseType
    """ Fixed tag `mcp_approval_response`. """
    approval_request_id: str
    """ ID of the approval request answered. """
    approve: bool
    """ Whether the call may go ahead. """
    id: None | str = None
    """ Unique ID. """
    reason: None | str = None
    """ Why, if a reason is given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("approval_request_id", "approve", "id", "reason", "type")
    _tags = {"type": ("mcp_approval_response",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_mcp_approval_response_type),
            ("approval_request_id", "approval_request_id", REQUIRED, None),
            ("approve", "approve", REQUIRED, None),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("reason", "reason", OPTIONAL_OR_NULL, one_of(str, None)),
        )
