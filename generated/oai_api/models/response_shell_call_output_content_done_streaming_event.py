from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.response_shell_call_output_content_done_streaming_event_type import (
    ResponseShellCallOutputContentDoneStreamingEventType,
    check_response_shell_call_output_content_done_streaming_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.function_shell_call_output_content import (
        FunctionShellCallOutputContent,
    )


@_attrs_define(repr=False)
class ResponseShellCallOutputContentDoneStreamingEvent(_OpenModel):
    """Stream event `response.shell_call_output_content.done`: the output of a shell command is complete."""

    type_: ResponseShellCallOutputContentDoneStreamingEventType
    """ Event type, fixed to `response.shell_call_output_content.done`. """
    sequence_number: int
    """ Position of this event in the stream. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    command_index: int
    """ Position of the command in the shell call. """
    output: list[FunctionShellCallOutputContent]
    """ Output of the command. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
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
        from ..models.function_shell_call_output_content import (
            FunctionShellCallOutputContent,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_shell_call_output_content_done_streaming_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("command_index", "command_index", REQUIRED, None),
            ("output", "output", REQUIRED, list_of(FunctionShellCallOutputContent)),
        )
