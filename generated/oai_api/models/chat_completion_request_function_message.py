from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.chat_completion_request_function_message_role import (
    ChatCompletionRequestFunctionMessageRole,
    check_chat_completion_request_function_message_role,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatCompletionRequestFunctionMessage(_OpenModel):
    """Legacy function result message."""

    role: ChatCompletionRequestFunctionMessageRole
    """ Role of the author of this message. """
    content: None | str
    """ Output of the function. """
    name: str
    """ Name of the function that ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "name", "role")
    _tags = {"role": ("function",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "role",
                "role",
                REQUIRED,
                check_chat_completion_request_function_message_role,
            ),
            ("content", "content", REQUIRED_OR_NULL, one_of(str, None)),
            ("name", "name", REQUIRED, None),
            strict=True,
        )
