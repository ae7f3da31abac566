from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.reasoning_context_type_0 import (
    ReasoningContextType0,
    check_reasoning_context_type_0,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..models.reasoning_generate_summary_type_0 import (
    ReasoningGenerateSummaryType0,
    check_reasoning_generate_summary_type_0,
)
from ..models.reasoning_mode_enum_type_1 import (
    ReasoningModeEnumType1,
    check_reasoning_mode_enum_type_1,
)
from ..models.reasoning_summary_type_0 import (
    ReasoningSummaryType0,
    check_reasoning_summary_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Reasoning(_OpenModel):
    """Settings for reasoning models: effort, summaries, and how reasoning is carried across turns."""

    mode: ReasoningModeEnumType1 | str | None = None
    """ Reasoning execution mode (`standard`, `pro`, or another mode name). """
    effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    summary: None | ReasoningSummaryType0 = None
    """ Reasoning summary to return: `auto`, `concise` or `detailed`. """
    context: None | ReasoningContextType0 = None
    """ Which earlier reasoning is shown to the model on later turns. """
    generate_summary: None | ReasoningGenerateSummaryType0 = None
    """ Old name of `summary`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("context", "effort", "generate_summary", "mode", "summary")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("mode", "mode", OPTIONAL, one_of(str, check_reasoning_mode_enum_type_1)),
            (
                "effort",
                "effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            (
                "summary",
                "summary",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_summary_type_0, None),
            ),
            (
                "context",
                "context",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_context_type_0, None),
            ),
            (
                "generate_summary",
                "generate_summary",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_generate_summary_type_0, None),
            ),
        )
