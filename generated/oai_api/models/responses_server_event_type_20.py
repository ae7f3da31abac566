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
from ..models.response_shell_call_command_done_streaming_event_type import (
    ResponseShellCallCommandDoneStreamingEventType,
    check_response_shell_call_command_done_streaming_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponsesServerEventType20(_OpenModel):
    type_: ResponseShellCallCommandDoneStreamingEventType
    """ Event type, fixed to `response.shell_call_command.done`. """
    sequence_number: int
    """ Position of this event in the stream. """
    output_index: int
    """ Position of the output item in the response. """
    command_index: int
    """ Position of the command in the shell call. """
    command: str
    """ The complete command. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "command",
        "command_index",
        "output_index",
        "sequence_number",
        "stream_id",
        "type",
    )
    _tags = {"type": ("response.shell_call_command.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_shell_call_command_done_streaming_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("command_index", "command_index", REQUIRED, None),
            ("command", "command", REQUIRED, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
