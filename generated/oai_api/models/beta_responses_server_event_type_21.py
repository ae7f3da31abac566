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
from ..models.beta_response_shell_call_output_content_delta_streaming_event_type import (
    BetaResponseShellCallOutputContentDeltaStreamingEventType,
    check_beta_response_shell_call_output_content_delta_streaming_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_shell_call_output_delta import BetaShellCallOutputDelta


@_attrs_define(repr=False)
class BetaResponsesServerEventType21(_OpenModel):
    type_: BetaResponseShellCallOutputContentDeltaStreamingEventType

    sequence_number: int

    item_id: str

    output_index: int

    command_index: int

    delta: BetaShellCallOutputDelta
    """ New stdout and stderr text from a shell command that is still running. """
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "command_index",
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.shell_call_output_content.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag
        from ..models.beta_shell_call_output_delta import BetaShellCallOutputDelta

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_shell_call_output_content_delta_streaming_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("command_index", "command_index", REQUIRED, None),
            ("delta", "delta", REQUIRED, BetaShellCallOutputDelta),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
