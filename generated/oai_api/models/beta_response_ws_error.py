from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_ws_error_type import (
    BetaResponseWsErrorType,
    check_beta_response_ws_error_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_error_payload import BetaErrorPayload


@_attrs_define(repr=False)
class BetaResponseWsError(_OpenModel):
    """Error reported while handling a request on a beta Responses WebSocket."""

    type_: BetaResponseWsErrorType

    error: BetaErrorPayload
    """ Details of an error delivered as a streaming error event: type, code, message and parameter. """
    agent: BetaAgentTag | None = None

    status: int | None = None

    sequence_number: int | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "error", "sequence_number", "status", "stream_id", "type")
    _tags = {"type": ("error",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_error_payload import BetaErrorPayload

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_ws_error_type),
            ("error", "error", REQUIRED, BetaErrorPayload),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("status", "status", OPTIONAL, None),
            ("sequence_number", "sequence_number", OPTIONAL, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
