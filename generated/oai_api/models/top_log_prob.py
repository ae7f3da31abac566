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
class TopLogProb(_OpenModel):
    """One likely alternative for an output token."""

    token: str
    """ The alternative token. """
    logprob: float
    """ Its log probability. """
    bytes_: list[int]
    """ UTF-8 bytes of the token. """
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
