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


@_attrs_define(repr=False)
class BetaTopLogProb(_OpenModel):
    """An alternative token at a position, with its log probability."""

    token: str
    """ The alternative token's text. """
    logprob: float
    """ Natural-log probability of this alternative. """
    bytes_: list[int]
    """ UTF-8 bytes of the token, as integers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "logprob", "token")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("token", "token", REQUIRED, None),
            ("logprob", "logprob", REQUIRED, None),
            ("bytes_", "bytes", REQUIRED, list_of(None)),
        )
