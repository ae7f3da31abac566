from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_mcp_approval_response_resource_type import (
    BetaMCPApprovalResponseResourceType,
    check_beta_mcp_approval_response_resource_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaMCPApprovalResponseResource(_OpenModel):
    """A stored decision allowing or denying an MCP tool call, as returned by the API."""

    type_: BetaMCPApprovalResponseResourceType

    id: str

    approval_request_id: str

    approve: bool

    agent: BetaAgentTag | None = None

    reason: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "approval_request_id", "approve", "id", "reason", "type")
    _tags = {"type": ("mcp_approval_response",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_mcp_approval_response_resource_type),
            ("id", "id", REQUIRED, None),
            ("approval_request_id", "approval_request_id", REQUIRED, None),
            ("approve", "approve", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("reason", "reason", OPTIONAL_OR_NULL, one_of(str, None)),
        )
