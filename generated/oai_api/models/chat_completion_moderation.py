from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_moderation_error import ChatCompletionModerationError
    from ..models.chat_completion_moderation_results import (
        ChatCompletionModerationResults,
    )


@_attrs_define(repr=False)
class ChatCompletionModeration(_OpenModel):
    """Moderation outcome for the input and output."""

    input_: ChatCompletionModerationError | ChatCompletionModerationResults
    """ Moderation of the request. """
    output: ChatCompletionModerationError | ChatCompletionModerationResults
    """ Moderation of the reply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "output")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "input_",
                "input",
                REQUIRED,
                one_of(
                    member(
                        "chat_completion_moderation_results",
                        "ChatCompletionModerationResults",
                        ("type", "moderation_results"),
                    ),
                    member(
                        "chat_completion_moderation_error",
                        "ChatCompletionModerationError",
                        ("type", "error"),
                    ),
                ),
            ),
            (
                "output",
                "output",
                REQUIRED,
                one_of(
                    member(
                        "chat_completion_moderation_results",
                        "ChatCompletionModerationResults",
                        ("type", "moderation_results"),
                    ),
                    member(
                        "chat_completion_moderation_error",
                        "ChatCompletionModerationError",
                        ("type", "error"),
                    ),
                ),
            ),
        )
