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
from ..models.message_phase_2 import MessagePhase2, check_message_phase_2
from ..models.message_role import MessageRole, check_message_role
from ..models.message_status import MessageStatus, check_message_status
from ..models.message_type import MessageType, check_message_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.computer_screenshot_content import ComputerScreenshotContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent


@_attrs_define(repr=False)
class Message(_OpenModel):
    """A conversation message sent to or produced by the model, with its role, content parts and status."""

    type_: MessageType

    id: str

    status: MessageStatus
    """ Progress of a message: `in_progress`, `completed` or `incomplete`. """
    role: MessageRole
    """ Role of the author of an item. """
    content: list[
        ComputerScreenshotContent
        | InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
    ]

    phase: MessagePhase2 | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "id", "phase", "role", "status", "type")
    _tags = {
        "type": ("message",),
        "role": (
            "unknown",
            "user",
            "assistant",
            "system",
            "critic",
            "discriminator",
            "developer",
            "tool",
        ),
    }

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_message_type),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_message_status),
            ("role", "role", REQUIRED, check_message_role),
            (
                "content",
                "content",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "input_text_content",
                            "InputTextContent",
                            ("type", "input_text"),
                        ),
                        member(
                            "output_text_content",
                            "OutputTextContent",
                            ("type", "output_text"),
                        ),
                        member("text_content", "TextContent", ("type", "text")),
                        member(
                            "summary_text_content",
                            "SummaryTextContent",
                            ("type", "summary_text"),
                        ),
                        member(
                            "reasoning_text_content",
                            "ReasoningTextContent",
                            ("type", "reasoning_text"),
                        ),
                        member(
                            "refusal_content", "RefusalContent", ("type", "refusal")
                        ),
                        member(
                            "input_image_content",
                            "InputImageContent",
                            ("type", "input_image"),
                        ),
                        member(
                            "computer_screenshot_content",
                            "ComputerScreenshotContent",
                            ("type", "computer_screenshot"),
                        ),
                        member(
                            "input_file_content",
                            "InputFileContent",
                            ("type", "input_file"),
                        ),
                    )
                ),
            ),
            ("phase", "phase", OPTIONAL_OR_NULL, one_of(check_message_phase_2, None)),
        )
