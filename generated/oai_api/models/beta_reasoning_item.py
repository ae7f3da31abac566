from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_reasoning_item_status import (
    BetaReasoningItemStatus,
    check_beta_reasoning_item_status,
)
from ..models.beta_reasoning_item_type import (
    BetaReasoningItemType,
    check_beta_reasoning_item_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_reasoning_text_content import BetaReasoningTextContent
    from ..models.beta_summary_text_content import BetaSummaryTextContent


@_attrs_define(repr=False)
class BetaReasoningItem(_OpenModel):
    """The model's chain of thought for a turn; pass it back in `input` when you manage conversation state yourself."""

    type_: BetaReasoningItemType
    """ Fixed tag `reasoning`. """
    id: str
    """ Identifier of this reasoning item. """
    summary: list[BetaSummaryTextContent]
    """ Readable summaries of the reasoning. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    encrypted_content: None | str = None
    """ Opaque encrypted reasoning to resend in later requests; when streaming take it from
    `response.output_item.done`. """
    content: list[BetaReasoningTextContent] | None = None
    """ Raw reasoning text parts, where available. """
    status: BetaReasoningItemStatus | None = None
    """ `in_progress`, `completed` or `incomplete`; filled in when items are fetched from the API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "content", "encrypted_content", "id", "status", "summary", "type")
    _tags = {"type": ("reasoning",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_reasoning_text_content import BetaReasoningTextContent
        from ..models.beta_summary_text_content import BetaSummaryTextContent

        return fields(
            ("type_", "type", REQUIRED, check_beta_reasoning_item_type),
            ("id", "id", REQUIRED, None),
            ("summary", "summary", REQUIRED, list_of(BetaSummaryTextContent)),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            (
                "encrypted_content",
                "encrypted_content",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("content", "content", OPTIONAL, list_of(BetaReasoningTextContent)),
            ("status", "status", OPTIONAL, check_beta_reasoning_item_status),
        )
