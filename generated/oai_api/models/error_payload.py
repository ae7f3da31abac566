from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.error_payload_headers import ErrorPayloadHeaders


@_attrs_define(repr=False)
class ErrorPayload(_OpenModel):
    """Details of an error delivered as a streaming error event: type, code, message and parameter."""

    type_: str

    code: None | str

    message: str

    param: None | str

    headers: ErrorPayloadHeaders | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "headers", "message", "param", "type")

    @staticmethod
    def _fields() -> Table:
        from ..models.error_payload_headers import ErrorPayloadHeaders

        return fields(
            ("type_", "type", REQUIRED, None),
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            ("message", "message", REQUIRED, None),
            ("param", "param", REQUIRED_OR_NULL, one_of(str, None)),
            ("headers", "headers", OPTIONAL, ErrorPayloadHeaders),
        )
