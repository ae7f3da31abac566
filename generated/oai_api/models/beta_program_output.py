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
from ..models.beta_program_output_status import (
    BetaProgramOutputStatus,
    check_beta_program_output_status,
)
from ..models.beta_program_output_type import (
    BetaProgramOutputType,
    check_beta_program_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaProgramOutput(_OpenModel):
    """What a programmatic-tool-calling program returned, with its final status."""

    type_: BetaProgramOutputType

    id: str

    call_id: str

    result: str

    status: BetaProgramOutputStatus
    """ Final state of a program run: `completed` or `incomplete`. """
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "id", "result", "status", "type")
    _tags = {"type": ("program_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_program_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("result", "result", REQUIRED, None),
            ("status", "status", REQUIRED, check_beta_program_output_status),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
        )
