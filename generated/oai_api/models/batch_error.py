from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BatchError(_OpenModel):
    """One problem found in a batch's input file."""

    code: str | None = None
    """ Kind of problem. """
    message: str | None = None
    """ Human-readable explanation. """
    param: None | str = None
    """ Parameter the problem concerns, if any. """
    line: int | None = None
    """ Line of the input file the problem is on, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "line", "message", "param")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("code", "code", OPTIONAL, None),
            ("message", "message", OPTIONAL, None),
            ("param", "param", OPTIONAL_OR_NULL, one_of(str, None)),
            ("line", "line", OPTIONAL_OR_NULL, one_of(int, None)),
        )
