from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_mcphttp_error_type import (
    RealtimeMCPHTTPErrorType,
    check_realtime_mcphttp_error_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeMCPHTTPError(_OpenModel):
    """Error from an MCP server's HTTP transport, with status code and message."""

    type_: RealtimeMCPHTTPErrorType

    code: int

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "message", "type")
    _tags = {"type": ("http_error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_realtime_mcphttp_error_type),
            ("code", "code", REQUIRED, None),
            ("message", "message", REQUIRED, None),
        )
