from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionStreamOptionsType0(_OpenModel):
    include_usage: bool | None = None
    """ Send a final chunk with token usage. """
    include_obfuscation: bool | None = None
    """ Pad chunks with random obfuscation data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("include_obfuscation", "include_usage")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("include_usage", "include_usage", OPTIONAL, None),
            ("include_obfuscation", "include_obfuscation", OPTIONAL, None),
            strict=True,
        )
