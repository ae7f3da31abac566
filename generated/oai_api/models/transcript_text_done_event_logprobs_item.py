from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TranscriptTextDoneEventLogprobsItem(_OpenModel):
    token: str | None = None
    """ Token text. """
    logprob: float | None = None
    """ Its log probability. """
    bytes_: list[int] | None = None
    """ UTF-8 bytes of the token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("bytes", "logprob", "token")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("token", "token", OPTIONAL, None),
            ("logprob", "logprob", OPTIONAL, None),
            ("bytes_", "bytes", OPTIONAL, list_of(None)),
        )
