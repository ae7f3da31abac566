from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaMultiAgentParam(_OpenModel):
    """Settings for letting the server run a tree of subagents for this response."""

    enabled: bool
    """ True turns on server-run multi-agent execution. """
    max_concurrent_subagents: int | None = None
    """ Cap on subagents running at once across the whole tree, root excluded; at least 1, default 3, no upper
    limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("enabled", "max_concurrent_subagents")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("enabled", "enabled", REQUIRED, None),
            ("max_concurrent_subagents", "max_concurrent_subagents", OPTIONAL, None),
            strict=True,
        )
