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
from ..models.beta_program_output_item_param_type import (
    BetaProgramOutputItemParamType,
    check_beta_program_output_item_param_type,
)
from ..models.beta_program_output_item_status import (
    BetaProgramOutputItemStatus,
    check_beta_program_output_item_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam


@_attrs_define(repr=False)
class BetaProgramOutputItemParam(_OpenModel):
    """Result of an earlier program, passed back as input."""

    id: str
    """ Identifier of this output item, e.g. `cmo_123`. """
    type_: BetaProgramOutputItemParamType
    """ Fixed tag `program_output`. """
    call_id: str
    """ The `call_id` (1 to 64 chars) of the program that produced this result. """
    result: str
    """ Value the program produced, as a string up to 10 MiB. """
    status: BetaProgramOutputItemStatus
    """ Final state of a program run you pass back: `completed` or `incomplete`. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "id", "result", "status", "type")
    _tags = {"type": ("program_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_program_output_item_param_type),
            ("call_id", "call_id", REQUIRED, None),
            ("result", "result", REQUIRED, None),
            ("status", "status", REQUIRED, check_beta_program_output_item_status),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
        )
