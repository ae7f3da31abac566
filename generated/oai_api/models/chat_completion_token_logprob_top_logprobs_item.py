from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionTokenLogprobTopLogprobsItem(_OpenModel):
    token: str
    """ Token text. """
    logprob: float
    """ Log probability of the token. """
    bytes_: list[int] | None
    """ UTF-8 bytes of the token, if any. """
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
            ("bytes_", "bytes", REQUIRED_OR_NULL, one_of(list_of(None), None)),
        )
