"""The sessions' I/O: a turn is prepared and finished by the session's state, sent by its client.

Both halves are written once: `_async_sessions.py` (`AsyncChatSession`,
`AsyncResponsesChatSession`) is the source, and `scripts/unasync.py` writes `_sessions.py`
(`ChatSession`, `ResponsesChatSession`) from it. What a turn sends, keeps and returns is decided
in `_chat_session` and `_responses_session`, with no I/O; here a turn is only sent, through the
one method a session needs of its client (the `Sender` / `AsyncSender` protocol), so a session
works with any client that has it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

from ._arguments import optional_id
from ._chat import ContentChunk
from ._chat_session import ChatSessionState, Reply
from ._messages import Message
from ._responses import ResponseInput
from ._responses_session import ResponsesSessionState, SessionCallback

if TYPE_CHECKING:
    from ._calls import PreparedCall, Turn
    from ._operations import ChatCompletionResponse
    from ._response_model import Response
    from ._results import ErrorValue

__all__ = ["AsyncChatSession", "AsyncResponsesChatSession", "AsyncSender"]

ResultT = TypeVar("ResultT")
ReplyT = TypeVar("ReplyT")


class AsyncSender(Protocol):
    """What a session needs of its client: the model to default to, and a way to send a call."""

    @property
    def default_model(self) -> str: ...

    async def send_call(self, call: PreparedCall[ResultT]) -> tuple[int, ResultT | ErrorValue]: ...


async def _take(client: AsyncSender, turn: Turn[ResultT, ReplyT]) -> ReplyT:
    """Send a turn's call and let the turn read the answer: the only I/O of a session."""
    status, result = await client.send_call(turn.call)
    return turn.finish(status, result)


class AsyncChatSession:
    """A conversation that keeps its history; see the client's `new_chat_session`.

    History changes only once a reply has fully arrived: a failed call leaves it as it was.
    """

    def __init__(
        self, client: AsyncSender, messages: list[Message] | None = None, **defaults: Any
    ) -> None:
        self._client = client
        self._state = ChatSessionState(messages, defaults)

    async def send(
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
        model = self._client.default_model
        return await _take(self._client, self._state.turn(pending, overrides, callback, model))

    async def generate_response(
        self,
        append: bool = True,
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Reply:
        """Ask for a reply to the history as it stands (e.g. after appending tool results).

        With `append=False` the reply is returned but not added to the history.
        """
        model = self._client.default_model
        turn = self._state.turn([], overrides, callback, model, record=append)
        return await _take(self._client, turn)

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


class AsyncResponsesChatSession:
    """A Responses API conversation; see the client's `new_responses_chat_session`.

    `send` returns the `Response` (not streaming) or its text (streaming, with the text also
    passed to the callback as it arrives).
    """

    def __init__(
        self,
        client: AsyncSender,
        model: str | None = None,
        instructions: str | None = None,
        tools: list[Any] | None = None,
        previous_response_id: str | None = None,
        **params: Any,
    ) -> None:
        self._client = client
        self._state = ResponsesSessionState(
            model, instructions, tools, previous_response_id, params
        )

    @overload
    async def send(
        self, input: ResponseInput, callback: None = None, **overrides: Any
    ) -> Response: ...
    @overload
    async def send(
        self, input: ResponseInput, callback: SessionCallback, **overrides: Any
    ) -> str: ...
    async def send(
        self, input: ResponseInput, callback: SessionCallback | None = None, **overrides: Any
    ) -> Response | str:
        """Send input (text or input items) after the current response; raises on any failure."""
        model = self._client.default_model
        return await _take(self._client, self._state.turn(input, overrides, callback, model))

    @property
    def current_response_id(self) -> str | None:
        """The id the next `send` chains to; set it to branch from an earlier response."""
        return self._state.current_response_id

    @current_response_id.setter
    def current_response_id(self, value: str | None) -> None:
        self._state.current_response_id = optional_id(value, "previous_response_id")

    @property
    def response_history(self) -> list[Response]:
        """Every response this session received, oldest first."""
        return self._state.response_history

    @property
    def last_response(self) -> Response | None:
        """The latest response (with `usage`, `function_calls()`, ...), or None before one."""
        history = self._state.response_history
        return history[-1] if history else None

    @property
    def defaults(self) -> dict[str, Any]:
        """Request fields sent with every call (model, instructions, tools, ...)."""
        return self._state.defaults
