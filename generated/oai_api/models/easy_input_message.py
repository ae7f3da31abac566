from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.easy_input_message_role import (
    EasyInputMessageRole,
    check_easy_input_message_role,
)
from ..models.easy_input_message_type import (
    EasyInputMessageType,
    check_easy_input_message_type,
)
from ..models.message_phase import MessagePhase, check_message_phase

if TYPE_CHECKING:
    from .._model import Table
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent


@_attrs_define(repr=False)
class EasyInputMessage(_OpenModel):
    """A message given by role and content (string or content parts), the simplest input form."""

    role: EasyInputMessageRole
    """ Author of the message. """
    content: list[InputFileContent | InputImageContent | InputTextContent] | str
    """ Text, or a list of text, image and file parts. """
    phase: MessagePhase | None = None
    """ For assistant messages: commentary or final answer. """
    type_: EasyInputMessageType | None = None
    """ Fixed tag `message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "phase", "role", "type")
    _tags = {"type": ("message",), "role": ("user", "assistant", "system", "developer")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", REQUIRED, check_easy_input_message_role),
            (
                "content",
                "content",
                REQUIRED,
                one_of(
                    str,
                    list_of(
                        one_of(
                            member(
                                "input_text_content",
                                "InputTextContent",
                                ("type", "input_text"),
                            ),
                            member(
                                "input_image_content",
                                "InputImageContent",
                                ("type", "input_image"),
                            ),
                            member(
                                "input_file_content",
                                "InputFileContent",
                                ("type", "input_file"),
                            ),
                        )
                    ),
                ),
            ),
            ("phase", "phase", OPTIONAL_OR_NULL, one_of(check_message_phase, None)),
            ("type_", "type", OPTIONAL, check_easy_input_message_type),
        )
