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
    from ..models.beta_error_payload_headers import BetaErrorPayloadHeaders


@_attrs_define(repr=False)
class BetaErrorPayload(_OpenModel):
    """Details of an error delivered as a streaming error event: type, code, message and parameter."""

    type_: str

    code: None | str

    message: str

    param: None | str

    headers: BetaErrorPayloadHeaders | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "headers", "message", "param", "type")

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_error_payload_headers import BetaErrorPayloadHeaders

        return fields(
            ("type_", "type", REQUIRED, None),
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            ("message", "message", REQUIRED, None),
            ("param", "param", REQUIRED_OR_NULL, one_of(str, None)),
            ("headers", "headers", OPTIONAL, BetaErrorPayloadHeaders),
        )
