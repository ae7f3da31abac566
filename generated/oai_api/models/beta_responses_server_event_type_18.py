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
from ..models.beta_response_shell_call_command_added_streaming_event_type import (
    BetaResponseShellCallCommandAddedStreamingEventType,
    check_beta_response_shell_call_command_added_streaming_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaResponsesServerEventType18(_OpenModel):
    type_: BetaResponseShellCallCommandAddedStreamingEventType

    sequence_number: int

    output_index: int

    command_index: int

    command: str

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "command",
        "command_index",
        "output_index",
        "sequence_number",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.shell_call_command.added",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_shell_call_command_added_streaming_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("command_index", "command_index", REQUIRED, None),
            ("command", "command", REQUIRED, None),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
