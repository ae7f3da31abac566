from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    fields,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_mcp_tool_filter import BetaMCPToolFilter


@_attrs_define(repr=False)
class BetaMCPToolRequireApprovalType0Type0(_Model):
    always: BetaMCPToolFilter | None = None
    """ Selects MCP tools by name and/or by whether they are read-only. """
    never: BetaMCPToolFilter | None = None
    """ Selects MCP tools by name and/or by whether they are read-only. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("always", "never")

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_mcp_tool_filter import BetaMCPToolFilter

        return fields(
            ("always", "always", OPTIONAL, BetaMCPToolFilter),
            ("never", "never", OPTIONAL, BetaMCPToolFilter),
            extra=DROP,
        )
