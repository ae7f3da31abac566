from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import OpenModel as _OpenModel
from .._model import (
    fields,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionAllowedToolsToolsItem(_OpenModel):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    @staticmethod
    def _fields() -> Table:

        return fields()
