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
from ..models.beta_program_item_param_type import (
    BetaProgramItemParamType,
    check_beta_program_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam


@_attrs_define(repr=False)
class BetaProgramItemParam(_OpenModel):
    """A previous programmatic-tool-calling program, passed back as input."""

    id: str
    """ Identifier of the program item, e.g. `cm_123`. """
    type_: BetaProgramItemParamType
    """ Fixed tag `program`. """
    call_id: str
    """ Stable ID (1 to 64 chars) linking the program to its output and tool calls. """
    code: str
    """ JavaScript source of the program, up to 10 MiB. """
    fingerprint: str
    """ Opaque replay token; send it back exactly as you received it. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "code", "fingerprint", "id", "type")
    _tags = {"type": ("program",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_program_item_param_type),
            ("call_id", "call_id", REQUIRED, None),
            ("code", "code", REQUIRED, None),
            ("fingerprint", "fingerprint", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
        )
