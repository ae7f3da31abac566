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
class FunctionShellAction(_OpenModel):
    """Shell commands to run, with limits."""

    commands: list[str]
    """ Commands to run in order. """
    timeout_ms: int | None
    """ Time limit for the commands, in milliseconds. """
    max_output_length: int | None
    """ Most characters of output kept per command. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("commands", "max_output_length", "timeout_ms")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("commands", "commands", REQUIRED, list_of(None)),
            ("timeout_ms", "timeout_ms", REQUIRED_OR_NULL, one_of(int, None)),
            (
                "max_output_length",
                "max_output_length",
                REQUIRED_OR_NULL,
                one_of(int, None),
            ),
        )
