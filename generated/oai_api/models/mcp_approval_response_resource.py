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
from ..models.mcp_approval_response_resource_type import (
    MCPApprovalResponseResourceType,
    check_mcp_approval_response_resource_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MCPApprovalResponseResource(_OpenModel):
    """The user's decision on an MCP tool call that waited for approval, as stored."""

    type_: MCPApprovalResponseResourceType
    """ Fixed tag `mcp_approval_response`. """
    id: str
    """ Unique ID. """
    approval_request_id: str
    """ ID of the approval request answered. """
    approve: bool
    """ Whether the call may go ahead. """
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
            ("type_", "type", REQUIRED, check_mcp_approval_response_resource_type),
            ("id", "id", REQUIRED, None),
            ("approval_request_id", "approval_request_id", REQUIRED, None),
            ("approve", "approve", REQUIRED, None),
            ("reason", "reason", OPTIONAL_OR_NULL, one_of(str, None)),
        )
