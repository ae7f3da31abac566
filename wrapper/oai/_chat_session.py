"""Chat sessions' bookkeeping: a conversation that remembers its messages, with no I/O.

`ChatSessionState` decides what a turn sends, what it keeps and what it returns; the session
classes (`_async_sessions`) only send the turn's call through their client. History changes
only after a reply has fully arrived, so a failed call (an error status, a lost connection, a
broken stream, a callback that raises) leaves it exactly as it was, and `last_response` with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from . import _calls as calls
from ._bodies import wants_stream
from ._chat import build_chat_body, content_chunks
from ._exceptions import APIError
from ._messages import Message, validate_message, validate_messages
from ._operations import chat_completion_model, chat_request_fields
from ._results import ErrorValue

if TYPE_CHECKING:
    from ._operations import ChatCompletionResponse

Reply = str | Message
"""What `send` returns: the reply text, or the assistant message when it asks for tool calls."""

# Keys of a response message that a request may carry back to the API as history.
_HISTORY_KEYS = ("role", "content", "refusal", "name", "tool_calls", "function_call")


class ChatSessionState:
    """The messages and request defaults of a session, and the rules for changing them."""

    def __init__(self, messages: list[Message] | None, defaults: Mapping[str, Any]) -> None:
        unknown = sorted(set(defaults) - chat_request_fields() - {"extra_body"})
        if unknown or "messages" in defaults:
            bad = ", ".join(unknown) or "messages"
            raise ValueError(f"unknown chat session setting(s): {bad}")
        if "stream" in defaults:
            raise ValueError("stream is not a session setting: pass a callback to send() to stream")
        self.messages: list[Message] = validate_messages(messages or [])
        self.defaults = dict(defaults)
        self.last_response: ChatCompletionResponse | None = None

    def new_message(self, message: str | Mapping[str, Any]) -> Message:
        """Text becomes a user message; a dict is checked as it is."""
        if isinstance(message, str):
            return {"role": "user", "content": message}
        return validate_message(message, "message")

    def request_body(
        self, pending: list[Message], overrides: Mapping[str, Any], callback: object, model: str
    ) -> dict[str, Any]:
        """History plus pending messages, with session defaults and per-call overrides.

        An override of None leaves that field out of this one request, so a call can drop a
        session default (say `response_format`) without changing the session. A default
        `stream_options` goes only with streamed calls: the API refuses it on the others.
        """
        options = {**self.defaults, **overrides}
        for name, value in overrides.items():
            if value is None:
                del options[name]
        stream = wants_stream(options, {}, callback)
        if not stream and "stream_options" not in overrides:
            options.pop("stream_options", None)
        return build_chat_body(
            [*self.messages, *pending],
            options,
            {},
            default_model=model,
            stream=stream,
            validated=True,
        )

    def turn(
        self,
        pending: list[Message],
        overrides: Mapping[str, Any],
        callback: Callable[[Any], object] | None,
        model: str,
        *,
        record: bool = True,
    ) -> calls.Turn[ChatCompletionResponse, Reply]:
        """The call that asks for the next reply, and what to do with the answer.

        Nothing changes until `finish` is given a complete answer; an error status raises.
        """
        body = self.request_body(pending, overrides, callback, model)
        call = calls.chat_call(body, callback, content_chunks, raise_status=True)
        return calls.Turn(call, partial(self.accept, pending, record=record))

    def accept(
        self,
        pending: list[Message],
        status: int,
        result: ChatCompletionResponse | ErrorValue,
        *,
        record: bool = True,
    ) -> Reply:
        """Say what a reply returns; with `record`, add it (and what led to it) to the history.

        The reply is the first choice; the whole completion (every choice when `n > 1`,
        `finish_reason`, `usage`) is kept as `last_response`, streamed or not.
        """
        if not isinstance(result, chat_completion_model()) or not result.choices:
            raise APIError("the completion has no choices", status=status)
        first = result.choices[0].message
        if first is None:
            raise APIError("the completion's first choice has no message", status=status)
        message = _history_message(first.to_dict())
        self.last_response = result
        if record:
            self.messages.extend(pending)
            self.messages.append(message)
        if message.get("tool_calls") or message.get("function_call"):
            return dict(message)
        return message.get("content") or ""


def _history_message(data: Mapping[str, Any]) -> Message:
    message = {key: data[key] for key in _HISTORY_KEYS if data.get(key) is not None}
    message.setdefault("content", None)  # an assistant message that only calls tools
    return message


__all__ = ["ChatSessionState", "Reply"]
