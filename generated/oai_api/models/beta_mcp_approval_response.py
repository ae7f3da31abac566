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
from ..models.beta_mcp_approval_response_type import (
    BetaMCPApprovalResponseType,
    check_beta_mcp_approval_response_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaMCPApprovalResponse(_OpenModel):
    """Your decision on an `mcp_approval_request`: allow or deny the proposed tool call."""

    type_: BetaMCPApprovalResponseType
    """ Fixed tag `mcp_approval_response`. """
    approval_request_id: str
    """ Which `mcp_approval_request` this decision is for. """
    approve: bool
    """ True lets the tool call go ahead; false refuses it. """
    agent: BetaAgentTag | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this approval response item; None if not assigned yet. """
    reason: None | str = None
    """ Optional explanation for approving or refusing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "approval_request_id", "approve", "id", "reason", "type")
    _tags = {"type": ("mcp_approval_response",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_mcp_approval_response_type),
            ("approval_request_id", "approval_request_id", REQUIRED, None),
            ("approve", "approve", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("reason", "reason", OPTIONAL_OR_NULL, one_of(str, None)),
        )
