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
    from ..models.top_log_prob import TopLogProb


@_attrs_define(repr=False)
class LogProb(_OpenModel):
    """Log probability of one output token with its top alternatives."""

    token: str
    """ Token text. """
    logprob: float
    """ Its log probability. """
    bytes_: list[int]
    """ UTF-8 bytes of the token. """
    top_logprobs: list[TopLogProb]
    """ Most likely alternatives. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "logprob", "token", "top_logprobs")

    @staticmethod
    def _fields() -> Table:
        from ..models.top_log_prob import TopLogProb

        return fields(
            ("token", "token", REQUIRED, None),
            ("logprob", "logprob", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED, list_of(None)),
            ("top_logprobs", "top_logprobs", REQUIRED, list_of(TopLogProb)),
        )
