from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Error(_OpenModel):
    """Details of an API error."""

    code: None | str
    """ Machine-readable error code. """
    message: str
    """ Human-readable explanation. """
    param: None | str
    """ Request parameter at fault, if any. """
    type_: str
    """ Error category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "message", "param", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            ("message", "message", REQUIRED, None),
            ("param", "param", REQUIRED_OR_NULL, one_of(str, None)),
            ("type_", "type", REQUIRED, None),
        )
