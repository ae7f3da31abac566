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
from ..models.beta_program_type import BetaProgramType, check_beta_program_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaProgram(_OpenModel):
    """JavaScript the model wrote for programmatic tool calling, run to orchestrate tool calls."""

    type_: BetaProgramType

    id: str

    call_id: str

    code: str

    fingerprint: str

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "code", "fingerprint", "id", "type")
    _tags = {"type": ("program",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_program_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("code", "code", REQUIRED, None),
            ("fingerprint", "fingerprint", REQUIRED, None),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
        )
