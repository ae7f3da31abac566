from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.input_message_status import InputMessageStatus, check_input_message_status
from ..models.input_message_type import InputMessageType, check_input_message_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent


@_attrs_define(repr=False)
class InputMessageResource(_OpenModel):
    """A stored input message with its ID."""

    role: InputMessageRole
    """ Author of the message. """
    content: list[InputFileContent | InputImageContent | InputTextContent]
    """ Content parts of an input message: text, images and files. """
    type_: InputMessageType
    """ Fixed tag `message`. """
    id: str
    """ Unique ID. """
    status: InputMessageStatus | None = None
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "id", "role", "status", "type")
    _tags = {"type": ("message",), "role": ("user", "system", "developer")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", REQUIRED, check_input_message_role),
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
            ("type_", "type", REQUIRED, check_input_message_type),
            ("id", "id", REQUIRED, None),
            ("status", "status", OPTIONAL, check_input_message_status),
        )
