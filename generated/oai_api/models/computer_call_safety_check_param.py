from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ComputerCallSafetyCheckParam(_OpenModel):
    """A safety check raised for a computer action, to acknowledge before continuing."""

    id: str
    """ ID of the check. """
    code: None | str = None
    """ Kind of check. """
    message: None | str = None
    """ Explanation of the check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "id", "message")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("code", "code", OPTIONAL_OR_NULL, one_of(str, None)),
            ("message", "message", OPTIONAL_OR_NULL, one_of(str, None)),
        )
