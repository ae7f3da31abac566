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
class RealtimeBetaServerEventErrorError(_OpenModel):
    type_: str

    message: str

    code: None | str = None

    param: None | str = None

    event_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "event_id", "message", "param", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, None),
            ("message", "message", REQUIRED, None),
            ("code", "code", OPTIONAL_OR_NULL, one_of(str, None)),
            ("param", "param", OPTIONAL_OR_NULL, one_of(str, None)),
            ("event_id", "event_id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
