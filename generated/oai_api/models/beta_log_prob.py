from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_top_log_prob import BetaTopLogProb


@_attrs_define(repr=False)
class BetaLogProb(_OpenModel):
    """One output token with its log probability and the most likely alternatives at that position."""

    token: str
    """ The token text. """
    logprob: float
    """ Natural-log probability of the token; closer to 0 means more likely. """
    bytes_: list[int]
    """ UTF-8 bytes of the token, as integers. """
    top_logprobs: list[BetaTopLogProb]
    """ Most likely alternative tokens at this position, each with its log probability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "logprob", "token", "top_logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_top_log_prob import BetaTopLogProb

        return fields(
            ("token", "token", REQUIRED, None),
            ("logprob", "logprob", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED, list_of(None)),
            ("top_logprobs", "top_logprobs", REQUIRED, list_of(BetaTopLogProb)),
        )
