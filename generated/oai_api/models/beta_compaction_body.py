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
from ..models.beta_compaction_body_type import (
    BetaCompactionBodyType,
    check_beta_compaction_body_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaCompactionBody(_OpenModel):
    """Compacted (encrypted) context that replaces earlier items."""

    type_: BetaCompactionBodyType

    id: str

    encrypted_content: str

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    created_by: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "created_by", "encrypted_content", "id", "type")
    _tags = {"type": ("compaction",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_compaction_body_type),
            ("id", "id", REQUIRED, None),
            ("encrypted_content", "encrypted_content", REQUIRED, None),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
            ("created_by", "created_by", OPTIONAL, None),
        )
