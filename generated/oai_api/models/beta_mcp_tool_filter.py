from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    fields,
    list_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaMCPToolFilter(_Model):
    """Selects MCP tools by name and/or by whether they are read-only."""

    tool_names: list[str] | None = None
    """ Names of the tools this filter matches. """
    read_only: bool | None = None
    """ Match tools by their read-only flag: servers mark non-modifying tools with the `readOnlyHint` annotation.
    """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("read_only", "tool_names")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("tool_names", "tool_names", OPTIONAL, list_of(None)),
            ("read_only", "read_only", OPTIONAL, None),
            extra=DROP,
        )
