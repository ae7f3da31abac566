from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.message_phase import MessagePhase, check_message_phase
from ..models.output_message_role import OutputMessageRole, check_output_message_role
from ..models.output_message_status import (
    OutputMessageStatus,
    check_output_message_status,
)
from ..models.output_message_type import OutputMessageType, check_output_message_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.output_text_content import OutputTextContent
    from ..models.refusal_content import RefusalContent


@_attrs_define(repr=False)
class OutputMessage(_OpenModel):
    """A message written by the model."""

    id: str
    """ Unique ID. """
    type_: OutputMessageType
    """ Fixed tag `message`. """
    role: OutputMessageRole
    """ Author; always the assistant. """
    content: list[OutputTextContent | RefusalContent]
    """ Text and refusal parts. """
    status: OutputMessageStatus
    """ Progress state. """
    phase: MessagePhase | None = None
    """ Commentary or final answer; send it back on later turns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "id", "phase", "role", "status", "type")
    _tags = {"type": ("message",), "role": ("assistant",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_output_message_type),
            ("role", "role", REQUIRED, check_output_message_role),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "output_text_content",
                            "OutputTextContent",
                            ("type", "output_text"),
                        ),
                        member(
                            "refusal_content", "RefusalContent", ("type", "refusal")
                        ),
                    )
                ),
            ),
            ("status", "status", REQUIRED, check_output_message_status),
            ("phase", "phase", OPTIONAL_OR_NULL, one_of(check_message_phase, None)),
        )
