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
from ..models.beta_compaction_summary_item_param_type import (
    BetaCompactionSummaryItemParamType,
    check_beta_compaction_summary_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam


@_attrs_define(repr=False)
class BetaCompactionSummaryItemParam(_OpenModel):
    """A compaction item sent back as input (its encrypted content)."""

    type_: BetaCompactionSummaryItemParamType
    """ Fixed tag `compaction`. """
    encrypted_content: str
    """ Compacted context as returned by the API. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "encrypted_content", "id", "type")
    _tags = {"type": ("compaction",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_compaction_summary_item_param_type),
            ("encrypted_content", "encrypted_content", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
