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
    from ..models.run_tool_call_object import RunToolCallObject


@_attrs_define(repr=False)
class RunObjectRequiredActionType0SubmitToolOutputs(_OpenModel):
    tool_calls: list[RunToolCallObject]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("tool_calls",)

    @staticmethod
    def _fields() -> Table:
        from ..models.run_tool_call_object import RunToolCallObject

        return fields(
            ("tool_calls", "tool_calls", REQUIRED, list_of(RunToolCallObject)),
        )
