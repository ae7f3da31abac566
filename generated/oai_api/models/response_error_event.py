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
from ..models.response_error_event_type import (
    ResponseErrorEventType,
    check_response_error_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseErrorEvent(_OpenModel):
    """Stream event `error`: the stream failed."""

    type_: ResponseErrorEventType
    """ Event type, fixed to `error`. """
    code: None | str
    """ Machine-readable reason. """
    message: str
    """ Human-readable explanation. """
    param: None | str
    """ Parameter the error concerns, if any. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "message", "param", "sequence_number", "type")
    _tags = {"type": ("error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_response_error_event_type),
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            ("message", "message", REQUIRED, None),
            ("param", "param", REQUIRED_OR_NULL, one_of(str, None)),
            ("sequence_number", "sequence_number", REQUIRED, None),
        )
