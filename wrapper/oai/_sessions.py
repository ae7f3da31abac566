# Generated from _async_sessions.py by scripts/unasync.py.
# Edit that file, then run `make unasync`.
"""The sessions' I/O: a turn is prepared and finished by the session's state, sent by its client.

Both halves are written once: `_async_sessions.py` (`AsyncChatSession`,
`AsyncResponsesChatSession`) is the source, and `scripts/unasync.py` writes `_sessions.py`
(`ChatSession`, `ResponsesChatSession`) from it. What a turn sends, keeps and returns is decided
in `_chat_session` and `_responses_session`, with no I/O; here a turn is only sent, through the
one method a session needs of its client (the `Sender` / `AsyncSender` protocol), so a session
works with any client that has it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, overload

from ._arguments import optional_id
from ._callbacks import check_tools, gather, invoke, resolve
from ._chat import ContentChunk
from ._chat_session import ChatSessionState, Reply
from ._messages import Message, MessageInput
from ._responses import ResponseInput
from ._responses_session import ResponsesSessionState, SessionCallback

if TYPE_CHECKING:
    from ._calls import PreparedCall, Turn
    from ._operations import ChatCompletionResponse
    from ._parsed_models import ParsedResponse
    from ._response_model import Response
    from ._results import ErrorValue
    from ._session_store import SessionTarget
    from ._tools import Step, Toolbox, ToolCall, ToolOutcome

__all__ = ["ChatSession", "ResponsesChatSession", "Sender"]

ResultT = TypeVar("ResultT")
ReplyT = TypeVar("ReplyT")
T = TypeVar("T")


class Sender(Protocol):
    """What a session needs of its client: the model to default to, and a way to send a call."""

    @property
    def default_model(self) -> str: ...

    def send_call(self, call: PreparedCall[ResultT]) -> tuple[int, ResultT | ErrorValue]: ...


def _take(client: Sender, turn: Turn[ResultT, ReplyT]) -> ReplyT:
    """Send a turn's call and let the turn read the answer: the only I/O of a session."""
    status, result = client.send_call(turn.call)
    return turn.finish(status, result)


def _loop(client: Sender, run: ToolRun, callback: Callable[[Any], object] | None) -> Any:
    """A tool loop's I/O: send each step, run the calls its reply asks for, until an answer."""
    check_tools(run.toolbox)
    while True:
        step = _take(client, run.turn(callback, client.default_model))
        if not step.calls:
            return step.reply
        outcomes = gather(*(_call_tool(run.toolbox, call, callback) for call in step.calls))
        run.commit(step, outcomes)


def _call_tool(
    toolbox: Toolbox, call: ToolCall, callback: Callable[[Any], object] | None
) -> ToolOutcome:
    """Run one tool call, with its started and finished events passed to the callback."""
    if callback is not None:
        invoke(callback, toolbox.started(call))
    try:
        value = resolve(toolbox.job(call)())
    except Exception as exc:
        outcome = toolbox.failed(call, exc)
    else:
        outcome = toolbox.finished(call, value)
    if callback is not None:
        invoke(callback, outcome.event)
    return outcome


class ToolRun(Protocol):
    """What `_loop` needs of a chat or Responses run (`_chat_session.ChatRun`, ...)."""

    @property
    def toolbox(self) -> Toolbox: ...

    def turn(self, callback: Callable[[Any], object] | None, model: str) -> Turn[Any, Step]: ...

    def commit(self, step: Step, outcomes: Sequence[ToolOutcome]) -> None: ...


class ChatSession:
    """A conversation that keeps its history; see the client's `new_chat_session`.

    History changes only once a reply has fully arrived: a failed call leaves it as it was.
    """

    def __init__(
        self, client: Sender, messages: Sequence[MessageInput] | None = None, **defaults: Any
    ) -> None:
        self._client = client
        self._state = ChatSessionState(messages, defaults)

    @overload
    def send(
        self,
        message: str | MessageInput,
        callback: Callable[[ContentChunk], object] | None = None,
        *,
        response_format: type[T],
        **overrides: Any,
    ) -> T: ...
    @overload
    def send(
        self,
        message: str | MessageInput,
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Reply: ...
    def send(
        self,
        message: str | MessageInput,
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Any:
        """Send a message and return the reply; raises `oai.APIError` on any failure.

        The reply is the text, or the assistant message (a dict) when it asks for tool calls;
        with `response_format=T` (a class), the reply read into a `T`, a refusal raising
        `oai.RefusalError` and a reply that does not fit `oai.OutputParseError`, the history
        unchanged. A callback streams the reply as `ContentChunk`s. Keyword `overrides` (any
        request field, e.g. `tool_choice="required"`) apply to this call only; None drops a
        default.
        """
        pending = [self._state.new_message(message)]
        model = self._client.default_model
        return _take(self._client, self._state.turn(pending, overrides, callback, model))

    def generate_response(
        self,
        append: bool = True,
        callback: Callable[[ContentChunk], object] | None = None,
        **overrides: Any,
    ) -> Any:
        """Ask for a reply to the history as it stands (e.g. after appending tool results).

        With `append=False` the reply is returned but not added to the history. It returns
        what `send` does: the text, the tool-call message, or the parsed instance.
        """
        model = self._client.default_model
        turn = self._state.turn([], overrides, callback, model, record=append)
        return _take(self._client, turn)

    def run(
        self,
        input: str | MessageInput | None,
        tools: Sequence[object] | None = None,
        *,
        max_steps: int = 10,
        callback: Callable[[Any], object] | None = None,
        on_tool_error: str = "return",
        **overrides: Any,
    ) -> Any:
        """Send `input`, run every tool the model calls, send the results, until it answers.

        `tools` are functions (or `oai.function_tool(...)`s, or definition dicts for tools run
        elsewhere); by default the session's own. The answer is the text, or with
        `response_format=T` the reply read into a `T`. A tool's error goes back to the model
        as its result (`on_tool_error="raise"` raises it instead); more than `max_steps`
        requests raise `oai.ToolLoopError`. A callback receives the text chunks of every step
        and an `oai.ToolEvent` as each call starts and finishes. History gains whole steps
        only, so a failure never leaves a tool call without its result. `input=None` continues
        from the history as it stands.
        """
        run = self._state.tool_run(input, tools, max_steps, on_tool_error, overrides)
        return _loop(self._client, run, callback)

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

    def append_message(self, message: str | MessageInput) -> None:
        """Add a message to the history without sending anything."""
        self._state.messages.append(self._state.new_message(message))

    def last_message(self) -> Message | None:
        """The most recent message, or None for an empty session."""
        return self._state.messages[-1] if self._state.messages else None

    def save(self, target: SessionTarget) -> str:
        """Save the session to `target` and return its conversation id, the same every time.

        `target` is a path (`*.json`: a JSON file holding this one session; any other name:
        an SQLite database of conversations, made if need be) or an `oai.SessionStore`. Saving
        again writes only the exchanges not saved there yet, each save in one transaction, so
        an interrupted save leaves what was there before. Defaults that hold Python objects
        (a class for `response_format`, functions in `tools`) are not saved: `load` asks for
        them. Raises `oai.SessionStoreError`, having written nothing, when it cannot save.
        """
        # Imported here: a program that never saves a session never loads sqlite3.
        from ._saved_sessions import save_chat
        from ._session_store import save_session

        return save_session(target, save_chat(self._state))

    @classmethod
    def load(
        cls, client: Sender, target: SessionTarget, id: str | None = None, **defaults: Any
    ) -> Self:
        """A session saved by `save`, with the same history, defaults and exchanges, so its
        next request is the one the saved session would have sent.

        `id=None` loads the chat conversation saved last in a database. `defaults` give the
        settings that were not saved (see `save`), or change saved ones. Raises
        `oai.SessionStoreError` naming the problem: no such file or id (`SessionNotFoundError`,
        a `KeyError`), a file that is not a saved session, a Responses conversation.
        """
        from ._saved_sessions import restore_chat
        from ._session_store import read_session

        saved = read_session(target, id, "chat")
        session = cls(client)
        session._state = restore_chat(saved, defaults)
        return session


class ResponsesChatSession:
    """A Responses API conversation; see the client's `new_responses_chat_session`.

    `send` returns the `Response` (not streaming) or its text (streaming, with the text also
    passed to the callback as it arrives).
    """

    def __init__(
        self,
        client: Sender,
        model: str | None = None,
        instructions: str | None = None,
        tools: list[Any] | None = None,
        previous_response_id: str | None = None,
        *,
        conversation: bool | str | None = None,
        **params: Any,
    ) -> None:
        self._client = client
        self._state = ResponsesSessionState(
            model, instructions, tools, previous_response_id, params, conversation
        )

    @overload
    def send(
        self,
        input: ResponseInput,
        callback: None = None,
        *,
        text_format: type[T],
        **overrides: Any,
    ) -> ParsedResponse[T]: ...
    @overload
    def send(
        self,
        input: ResponseInput,
        callback: SessionCallback,
        *,
        text_format: type[T],
        **overrides: Any,
    ) -> T: ...
    @overload
    def send(self, input: ResponseInput, callback: None = None, **overrides: Any) -> Response: ...
    @overload
    def send(self, input: ResponseInput, callback: SessionCallback, **overrides: Any) -> str: ...
    def send(
        self, input: ResponseInput, callback: SessionCallback | None = None, **overrides: Any
    ) -> Any:
        """Send input (text or input items) after the current response; raises on any failure.

        With `text_format=T` (a class) the response's `output_parsed` is its text read into a
        `T`, and a streamed call returns that instead of the text; a refusal raises
        `oai.RefusalError`, a reply that does not fit `oai.OutputParseError`.
        """
        self._join_conversation()
        model = self._client.default_model
        return _take(self._client, self._state.turn(input, overrides, callback, model))

    def run(
        self,
        input: ResponseInput,
        tools: Sequence[object] | None = None,
        *,
        max_steps: int = 10,
        callback: Callable[[Any], object] | None = None,
        on_tool_error: str = "return",
        **overrides: Any,
    ) -> Any:
        """Send `input`, run every function the model calls, send the outputs, until it answers.

        As the chat session's `run`: the answer is the text (or with `text_format=T` the
        parsed instance). The session's state changes only when the answer arrives: a failure
        leaves `current_response_id` where it was, never on a response whose calls have no
        outputs.
        """
        run = self._state.tool_run(input, tools, max_steps, on_tool_error, overrides)
        self._join_conversation()
        return _loop(self._client, run, callback)

    def _join_conversation(self) -> None:
        """Make the session's Conversation before its first send, when it asked for one."""
        call = self._state.new_conversation()
        if call is not None:
            _, conversation = self._client.send_call(call)  # an error status raises
            self._state.joined(conversation)

    @property
    def conversation_id(self) -> str | None:
        """The Conversation this session sends to (None: it chains by response id)."""
        return self._state.conversation_id

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

    def save(self, target: SessionTarget) -> str:
        """Save the session as the chat session's `save` does: its defaults, the response id
        it chains to (or its Conversation), and each exchange's inputs and responses."""
        from ._saved_sessions import save_responses
        from ._session_store import save_session

        return save_session(target, save_responses(self._state))

    @classmethod
    def load(
        cls, client: Sender, target: SessionTarget, id: str | None = None, **defaults: Any
    ) -> Self:
        """A session saved by `save`: it chains to the same response (or sends to the same
        Conversation), with `response_history` back as `Response`s. As the chat session's
        `load`; `id=None` loads the Responses conversation saved last."""
        from ._saved_sessions import restore_responses
        from ._session_store import read_session

        saved = read_session(target, id, "responses")
        session = cls(client)
        session._state = restore_responses(saved, defaults)
        return session
