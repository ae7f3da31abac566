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
from ..models.beta_item_reference_param_type_type_0 import (
    BetaItemReferenceParamTypeType0,
    check_beta_item_reference_param_type_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam


@_attrs_define(repr=False)
class BetaItemReferenceParam(_OpenModel):
    """Reuse a stored item by its ID instead of repeating it."""

    id: str
    """ ID of the stored item. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    type_: BetaItemReferenceParamTypeType0 | None = None
    """ Fixed tag `item_reference`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "id", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            (
                "type_",
                "type",
                OPTIONAL_OR_NULL,
                one_of(check_beta_item_reference_param_type_type_0, None),
            ),
        )
