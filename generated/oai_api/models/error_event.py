from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.error_event_event import ErrorEventEvent, check_error_event_event

if TYPE_CHECKING:
    from .._model import Table
    from ..models.error import Error


@_attrs_define(repr=False)
class ErrorEvent(_OpenModel):
    """Stream event sent when an error, such as an internal failure or timeout, ends the stream."""

    event: ErrorEventEvent

    data: Error
    """ Details of an API error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("error",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.error import Error

        return fields(
            ("event", "event", REQUIRED, check_error_event_event),
            ("data", "data", REQUIRED, Error),
        )
