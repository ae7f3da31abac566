from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_response_log_prob_top_logprobs_item import (
        BetaResponseLogProbTopLogprobsItem,
    )


@_attrs_define(repr=False)
class BetaResponseLogProb(_OpenModel):
    """A token with its log probability (higher, i.e. nearer 0, means more confident) and optional alternatives."""

    token: str

    logprob: float

    top_logprobs: list[BetaResponseLogProbTopLogprobsItem] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("logprob", "token", "top_logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response_log_prob_top_logprobs_item import (
            BetaResponseLogProbTopLogprobsItem,
        )

        return fields(
            ("token", "token", REQUIRED, None),
            ("logprob", "logprob", REQUIRED, None),
            (
                "top_logprobs",
                "top_logprobs",
                OPTIONAL,
                list_of(BetaResponseLogProbTopLogprobsItem),
            ),
        )
