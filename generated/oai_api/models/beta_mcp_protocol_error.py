from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_mcp_protocol_error_type import (
    BetaMCPProtocolErrorType,
    check_beta_mcp_protocol_error_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaMCPProtocolError(_OpenModel):
    """Failure in the MCP protocol exchange with the server."""

    type_: BetaMCPProtocolErrorType
    """ Fixed tag `mcp_protocol_error`. """
    code: int
    """ Numeric protocol error code reported by the server. """
    message: str
    """ Human-readable explanation of the protocol error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "message", "type")
    _tags = {"type": ("mcp_protocol_error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_mcp_protocol_error_type),
            ("code", "code", REQUIRED, None),
            ("message", "message", REQUIRED, None),
        )
