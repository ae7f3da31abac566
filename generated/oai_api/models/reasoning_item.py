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
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.reasoning_item_status import (
    ReasoningItemStatus,
    check_reasoning_item_status,
)
from ..models.reasoning_item_type import ReasoningItemType, check_reasoning_item_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.summary_text_content import SummaryTextContent


@_attrs_define(repr=False)
class ReasoningItem(_OpenModel):
    """Reasoning the model did before answering: summaries, and the full content when available."""

    type_: ReasoningItemType
    """ Fixed tag `reasoning`. """
    id: str
    """ Unique ID. """
    summary: list[SummaryTextContent]
    """ Summaries of the reasoning. """
    encrypted_content: None | str = None
    """ Encrypted reasoning to send back in stateless multi-turn use (requested with `include`). """
    content: list[ReasoningTextContent] | None = None
    """ The reasoning text itself, when available. """
    status: ReasoningItemStatus | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "encrypted_content", "id", "status", "summary", "type")
    _tags = {"type": ("reasoning",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.reasoning_text_content import ReasoningTextContent
        from ..models.summary_text_content import SummaryTextContent

        return fields(
            ("type_", "type", REQUIRED, check_reasoning_item_type),
            ("id", "id", REQUIRED, None),
            ("summary", "summary", REQUIRED, list_of(SummaryTextContent)),
            (
                "encrypted_content",
                "encrypted_content",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("content", "content", OPTIONAL, list_of(ReasoningTextContent)),
            ("status", "status", OPTIONAL, check_reasoning_item_status),
        )
