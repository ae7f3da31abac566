from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_ws_error_type import (
    ResponseWsErrorType,
    check_response_ws_error_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.error_payload import ErrorPayload


@_attrs_define(repr=False)
class ResponseWsError(_OpenModel):
    """Error reported while handling a request on a Responses WebSocket."""

    type_: ResponseWsErrorType

    error: ErrorPayload
    """ Details of an error delivered as a streaming error event: type, code, message and parameter. """
    status: int | None = None

    sequence_number: int | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("error", "sequence_number", "status", "stream_id", "type")
    _tags = {"type": ("error",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.error_payload import ErrorPayload

        return fields(
            ("type_", "type", REQUIRED, check_response_ws_error_type),
            ("error", "error", REQUIRED, ErrorPayload),
            ("status", "status", OPTIONAL, None),
            ("sequence_number", "sequence_number", OPTIONAL, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
