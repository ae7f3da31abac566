"""Chat sessions: a conversation that remembers its messages.

`SessionState` does the bookkeeping (what to send, what to keep, what to return) with no I/O;
`ChatSession` and `AsyncChatSession` only add the call in between. History changes only after
a reply has fully arrived, so a failed call — an error status, a lost connection, a broken
stream, a callback that raises — leaves it exactly as it was (and `last_response` with it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from . import _calls as calls
from ._base_client import filtered_chunks
from ._bodies import wants_stream
from ._chat import ContentChunk, build_chat_body
from ._exceptions import APIError
from ._messages import Message, validate_message, validate_messages
from ._operations import chat_completion_model, chat_request_fields
from ._results import ErrorValue

if TYPE_CHECKING:
    from ._async_client import AsyncOpenAI
    from ._client import OpenAI
    from ._operations import ChatCompletionResponse

Reply = str | Message
"""What `send` returns: the reply text, or the assistant message when it asks for tool calls."""

# Keys of a response message that a request may carry back to the API as history.
_HISTORY_KEYS = ("role", "content", "refusal", "name", "tool_calls", "function_call")


class SessionState:
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


class _SessionBase:
    """The parts of a session that do not depend on how the request is sent."""

    def __init__(self, messages: list[Message] | None, **defaults: Any) -> None:
        self._state = SessionState(messages, defaults)

    @property
    def messages(self) -> list[Message]:
        """The conversation so far, oldest first (the list itself: append with append_message)."""
        return self._state.messages

    @property
    def defaults(self) -> dict[str, Any]:
        """Request fields sent with every call (model, temperature, tools, ...)."""
        return self._state.defaults

    @property
    def last_response(self) -> ChatCompletionResponse | None:
        """The whole completion behind the latest reply, or None before the first one.

        `send` returns only the first choice's text (or tool-call message); this has the rest:
        every choice when `n > 1`, each `finish_reason`, and `usage` (a streamed reply is
        assembled from its chunks, and carries usage unless `stream_options` turned it off).
        A failed call leaves it as it was, like the history.
        """
        return self._state.last_response

    def append_message(self, message: str | Mapping[str, Any]) -> None:
        """Add a message to the history without sending anything."""
        self._state.messages.append(self._state.new_message(message))

    def last_message(self) -> Message | None:
        """The most recent message, or None for an empty session."""
        return self._state.messages[-1] if self._state.messages else None


class ChatSession(_SessionBase):
    """A conversation with the synchronous client; see `OpenAI.new_chat_session`."""

    def __init__(self, client: OpenAI, messages: list[Message] | None = None, **defaults: Any):
        super().__init__(messages, **defaults)
        self._client = client

    def send(
        self,
        message: str | Mapping[str, Any],
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Reply:
        """Send a message and return the reply; raises `oai.APIError` on any failure.

        The reply is the text, or the assistant message (a dict) when it asks for tool calls.
        A callback streams the reply as `ContentChunk`s. Keyword `overrides` (any request
        field, e.g. `tool_choice="required"`) apply to this call only; None drops a default.
        """
        pending = [self._state.new_message(message)]
        return self._generate(pending, callback, overrides)

    def generate_response(
        self,
        append: bool = True,
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Reply:
        """Ask for a reply to the history as it stands (e.g. after appending tool results).

        With `append=False` the reply is returned but not added to the history.
        """
        return self._generate([], callback, overrides, append=append)

    def _generate(
        self,
        pending: list[Message],
        callback: Callable[[ContentChunk], object] | None,
        overrides: Mapping[str, Any],
        *,
        append: bool = True,
    ) -> Reply:
        body = self._state.request_body(pending, overrides, callback, self._client.default_model)
        call = calls.chat_call(body, callback, filtered_chunks, raise_status=True)
        status, result = self._client._send(call)
        return self._state.accept(pending, status, result, record=append)


class AsyncChatSession(_SessionBase):
    """A conversation with the async client; see `AsyncOpenAI.new_chat_session`."""

    def __init__(self, client: AsyncOpenAI, messages: list[Message] | None = None, **defaults: Any):
        super().__init__(messages, **defaults)
        self._client = client

    async def send(
        self,
        message: str | Mapping[str, Any],
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Reply:
        """Send a message and return the reply, as `ChatSession.send` does."""
        pending = [self._state.new_message(message)]
        return await self._generate(pending, callback, overrides)

    async def generate_response(
        self,
        append: bool = True,
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Reply:
        """Ask for a reply to the history as it stands; `append=False` leaves history alone."""
        return await self._generate([], callback, overrides, append=append)

    async def _generate(
        self,
        pending: list[Message],
        callback: Callable[[ContentChunk], object] | None,
        overrides: Mapping[str, Any],
        *,
        append: bool = True,
    ) -> Reply:
        body = self._state.request_body(pending, overrides, callback, self._client.default_model)
        call = calls.chat_call(body, callback, filtered_chunks, raise_status=True)
        status, result = await self._client._send(call)
        return self._state.accept(pending, status, result, record=append)
