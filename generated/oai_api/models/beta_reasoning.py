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
from ..models.beta_reasoning_context_type_0 import (
    BetaReasoningContextType0,
    check_beta_reasoning_context_type_0,
)
from ..models.beta_reasoning_effort_type_0 import (
    BetaReasoningEffortType0,
    check_beta_reasoning_effort_type_0,
)
from ..models.beta_reasoning_generate_summary_type_0 import (
    BetaReasoningGenerateSummaryType0,
    check_beta_reasoning_generate_summary_type_0,
)
from ..models.beta_reasoning_mode_enum_type_1 import (
    BetaReasoningModeEnumType1,
    check_beta_reasoning_mode_enum_type_1,
)
from ..models.beta_reasoning_summary_type_0 import (
    BetaReasoningSummaryType0,
    check_beta_reasoning_summary_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaReasoning(_OpenModel):
    """Reasoning settings (gpt-5 and o-series): effort, summaries and how much past reasoning is replayed."""

    mode: BetaReasoningModeEnumType1 | str | None = None
    """ Reasoning mode: `standard` or `pro`; other strings are accepted too. """
    effort: BetaReasoningEffortType0 | None = None
    """ How hard a reasoning model thinks: `none`, `minimal`, `low`, `medium` (default), `high`, `xhigh` or `max`;
    less is faster. """
    summary: BetaReasoningSummaryType0 | None = None
    """ Ask for a summary of the model's reasoning: `auto`, `concise` or `detailed`; None for no summary. """
    context: BetaReasoningContextType0 | None = None
    """ Which earlier reasoning is shown to the model on later turns: `auto`, `current_turn` or `all_turns`; None
    lets the model decide. """
    generate_summary: BetaReasoningGenerateSummaryType0 | None = None
    """ Deprecated: use `summary`. Level of reasoning summary: `auto`, `concise` or `detailed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("context", "effort", "generate_summary", "mode", "summary")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "mode",
                "mode",
                OPTIONAL,
                one_of(str, check_beta_reasoning_mode_enum_type_1),
            ),
            (
                "effort",
                "effort",
                OPTIONAL_OR_NULL,
                one_of(check_beta_reasoning_effort_type_0, None),
            ),
            (
                "summary",
                "summary",
                OPTIONAL_OR_NULL,
                one_of(check_beta_reasoning_summary_type_0, None),
            ),
            (
                "context",
                "context",
                OPTIONAL_OR_NULL,
                one_of(check_beta_reasoning_context_type_0, None),
            ),
            (
                "generate_summary",
                "generate_summary",
                OPTIONAL_OR_NULL,
                one_of(check_beta_reasoning_generate_summary_type_0, None),
            ),
        )
