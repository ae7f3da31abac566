from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class GraderScoreModelSamplingParams(_OpenModel):
    """Sampling settings for the grading model."""

    seed: int | None = None
    """ Seed for the grading model's sampler, for repeatable scores. """
    top_p: float | None = None
    """ Nucleus sampling cutoff as probability mass; 1 considers every token. """
    temperature: float | None = None
    """ Sampling temperature of the grading model; higher is more random. """
    max_completions_tokens: int | None = None
    """ Most tokens the grading model may write in its reply (at least 1). """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "max_completions_tokens",
        "reasoning_effort",
        "seed",
        "temperature",
        "top_p",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("seed", "seed", OPTIONAL_OR_NULL, one_of(int, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            (
                "max_completions_tokens",
                "max_completions_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
        )
