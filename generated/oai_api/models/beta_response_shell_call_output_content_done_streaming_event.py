from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_shell_call_output_content_done_streaming_event_type import (
    BetaResponseShellCallOutputContentDoneStreamingEventType,
    check_beta_response_shell_call_output_content_done_streaming_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent,
    )


@_attrs_define(repr=False)
class BetaResponseShellCallOutputContentDoneStreamingEvent(_OpenModel):
    """Stream event carrying the final output of one shell command."""

    type_: BetaResponseShellCallOutputContentDoneStreamingEventType

    sequence_number: int

    item_id: str

    output_index: int

    command_index: int

    output: list[BetaFunctionShellCallOutputContent]

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "command_index",
        "item_id",
        "output",
        "output_index",
        "sequence_number",
        "type",
    )
    _tags = {"type": ("response.shell_call_output_content.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag
        from ..models.beta_function_shell_call_output_content import (
            BetaFunctionShellCallOutputContent,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_shell_call_output_content_done_streaming_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("command_index", "command_index", REQUIRED, None),
            ("output", "output", REQUIRED, list_of(BetaFunctionShellCallOutputContent)),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
        )
