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
    from ..models.response_log_prob_top_logprobs_item import (
        ResponseLogProbTopLogprobsItem,
    )


@_attrs_define(repr=False)
class ResponseLogProb(_OpenModel):
    """Log probability of one streamed token with its top alternatives."""

    token: str
    """ Token text. """
    logprob: float
    """ Its log probability. """
    top_logprobs: list[ResponseLogProbTopLogprobsItem] | None = None
    """ Most likely alternatives. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("logprob", "token", "top_logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.response_log_prob_top_logprobs_item import (
            ResponseLogProbTopLogprobsItem,
        )

        return fields(
            ("token", "token", REQUIRED, None),
            ("logprob", "logprob", REQUIRED, None),
            (
                "top_logprobs",
                "top_logprobs",
                OPTIONAL,
                list_of(ResponseLogProbTopLogprobsItem),
            ),
        )
