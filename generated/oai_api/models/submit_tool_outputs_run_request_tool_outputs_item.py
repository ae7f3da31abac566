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
class SubmitToolOutputsRunRequestToolOutputsItem(_OpenModel):
    tool_call_id: str | None = None
    """ ID of the call, taken from the run's `required_action`, that this output answers. """
    output: str | None = None
    """ Result of the tool call, as a string, that lets the run continue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("output", "tool_call_id")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("tool_call_id", "tool_call_id", OPTIONAL, None),
            ("output", "output", OPTIONAL, None),
            strict=True,
        )
