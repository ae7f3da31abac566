from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_shell_call_output_content_delta_streaming_event_type import (
    ResponseShellCallOutputContentDeltaStreamingEventType,
    check_response_shell_call_output_content_delta_streaming_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.shell_call_output_delta import ShellCallOutputDelta


@_attrs_define(repr=False)
class ResponseShellCallOutputContentDeltaStreamingEvent(_OpenModel):
    """Stream event `response.shell_call_output_content.delta`: more output of a shell command."""

    type_: ResponseShellCallOutputContentDeltaStreamingEventType
    """ Event type, fixed to `response.shell_call_output_content.delta`. """
    sequence_number: int
    """ Position of this event in the stream. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    command_index: int
    """ Position of the command in the shell call. """
    delta: ShellCallOutputDelta
    """ New output of a running shell command. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "command_index",
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        "type",
    )
    _tags = {"type": ("response.shell_call_output_content.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.shell_call_output_delta import ShellCallOutputDelta

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_shell_call_output_content_delta_streaming_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("command_index", "command_index", REQUIRED, None),
            ("delta", "delta", REQUIRED, ShellCallOutputDelta),
        )
