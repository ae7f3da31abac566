from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_error_event_type import (
    BetaResponseErrorEventType,
    check_beta_response_error_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaResponseErrorEvent(_OpenModel):
    """Stream event reporting an error, with its code, message and offending parameter."""

    type_: BetaResponseErrorEventType

    code: None | str

    message: str

    param: None | str

    sequence_number: int

    agent: BetaAgentTag | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "code", "message", "param", "sequence_number", "type")
    _tags = {"type": ("error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_response_error_event_type),
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            ("message", "message", REQUIRED, None),
            ("param", "param", REQUIRED_OR_NULL, one_of(str, None)),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
