"""The answer models of a structured call: the generated ones, with the parsed instance added.

A call given `response_format=T` (chat) or `text_format=T` (Responses) answers with these, so
that `completion.choices[0].message.parsed` and `response.output_parsed` are there, typed as
`T` for the caller's type checker, while everything else is the generated model as it is
(`to_dict()` still gives back what the server sent). They subclass generated models, so this
module is imported only when a structured call is made.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from oai_api.models.chat_completion_response_message import ChatCompletionResponseMessage
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem,
)

from ._response_model import Response

__all__ = ["ParsedChatCompletion", "ParsedChatMessage", "ParsedChoice", "ParsedResponse"]

T = TypeVar("T")


class ParsedChatMessage(ChatCompletionResponseMessage, Generic[T]):
    """A reply message with `parsed`: the reply read into the type asked for.

    None when the message carries no text to read: a refusal (see `refusal`) or only tool calls.
    """

    __slots__ = ("_parsed",)

    @property
    def parsed(self) -> T | None:
        value: T | None = getattr(self, "_parsed", None)
        return value

    @parsed.setter
    def parsed(self, value: T | None) -> None:
        self._parsed = value


class ParsedChoice(CreateChatCompletionResponseChoicesItem, Generic[T]):
    """A choice whose `message` is a `ParsedChatMessage`."""

    __slots__ = ()
    message: ParsedChatMessage[T]


class ParsedChatCompletion(CreateChatCompletionResponse, Generic[T]):
    """A chat completion whose every choice is a `ParsedChoice`."""

    __slots__ = ()
    choices: list[ParsedChoice[T]]  # type: ignore[assignment]


class ParsedResponse(Response, Generic[T]):
    """An `oai.Response` with `output_parsed`: its output text read into the type asked for.

    None when there is no text to read: a refusal, or a response that only calls functions.
    """

    __slots__ = ("_output_parsed",)

    @property
    def output_parsed(self) -> T | None:
        value: T | None = getattr(self, "_output_parsed", None)
        return value

    @output_parsed.setter
    def output_parsed(self, value: T | None) -> None:
        self._output_parsed = value
