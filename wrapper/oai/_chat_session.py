"""Chat sessions' bookkeeping: a conversation that remembers its messages, with no I/O.

`ChatSessionState` decides what a turn sends, what it keeps and what it returns; the session
classes (`_async_sessions`) only send the turn's call through their client. History changes
only after a reply has fully arrived, so a failed call (an error status, a lost connection, a
broken stream, a callback that raises) leaves it exactly as it was, and `last_response` with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from . import _calls as calls
from ._bodies import wants_stream
from ._chat import build_chat_body, content_chunks
from ._exceptions import APIError, RefusalError
from ._exchange_log import Exchange, ExchangeLog, ExchangeStart, forget_trimmed
from ._messages import Message, MessageInput, validate_message, validate_messages
from ._operations import chat_completion_model, chat_request_fields
from ._results import ErrorValue
from ._structured import prepare_body

if TYPE_CHECKING:
    from ._operations import ChatCompletionResponse
    from ._tools import Step, ToolOutcome, ToolSteps

Reply = str | Message
"""What `send` returns: the reply text, the assistant message when it asks for tool calls, or
the parsed instance when `response_format` is a type."""

# Keys of a response message that a request may carry back to the API as history.
_HISTORY_KEYS = ("role", "content", "refusal", "name", "tool_calls", "function_call")


class ChatSessionState:
    """The messages and request defaults of a session, and the rules for changing them."""

    def __init__(
        self, messages: Sequence[MessageInput] | None, defaults: Mapping[str, Any]
    ) -> None:
        unknown = sorted(set(defaults) - chat_request_fields() - {"extra_body"})
        if unknown or "messages" in defaults:
            bad = ", ".join(unknown) or "messages"
            raise ValueError(f"unknown chat session setting(s): {bad}")
        if "stream" in defaults:
            raise ValueError("stream is not a session setting: pass a callback to send() to stream")
        self.messages: list[Message] = validate_messages(messages or [])
        self.defaults = dict(defaults)
        self.last_response: ChatCompletionResponse | None = None
        # The exchanges since the session began; `head` messages came before the first, and
        # the first `logged` messages are the head and every exchange's (see `log`).
        self.log = ExchangeLog()
        self.head = self.logged = len(self.messages)

    def new_message(self, message: str | MessageInput) -> Message:
        """Text becomes a user message; a dict (or a returned message model) is checked."""
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
    ) -> calls.Turn[ChatCompletionResponse, Any]:
        """The call that asks for the next reply, and what to do with the answer.

        Nothing changes until `finish` is given a complete answer; an error status raises.
        """
        call, typed, body = self._call(pending, overrides, callback, model)
        start = ExchangeStart(body, "messages", len(self.messages))
        return calls.Turn(call, partial(self.accept, pending, start, record=record, typed=typed))

    def _call(
        self,
        pending: list[Message],
        overrides: Mapping[str, Any],
        callback: Callable[[Any], object] | None,
        model: str,
    ) -> tuple[calls.PreparedCall[ChatCompletionResponse], bool, dict[str, Any]]:
        """The request for the next reply, whether it asks for a type (`response_format`), and
        its body."""
        body = self.request_body(pending, overrides, callback, model)
        answer = prepare_body(body, "chat")
        call = calls.chat_call(body, callback, content_chunks, raise_status=True, answer=answer)
        return call, answer is not None, body

    def accept(
        self,
        pending: list[Message],
        start: ExchangeStart,
        status: int,
        result: ChatCompletionResponse | ErrorValue,
        *,
        record: bool = True,
        typed: bool = False,
    ) -> Any:
        """Say what a reply returns; with `record`, add it (and what led to it) to the history,
        and the exchange to the log."""
        message, reply = self.read(status, result, typed=typed)
        if record:
            self.messages.extend(pending)
            self.messages.append(message)
            start.answered(result)
            self.finish(start)
        return reply

    def finish(self, start: ExchangeStart) -> None:
        """Log an exchange: it holds every message added since the last one, so a tool result
        appended by hand before a `generate_response` goes with the reply it led to. What the
        history no longer holds is forgotten first (`forget_trimmed`)."""
        exchanges = self.log.exchanges
        had = len(exchanges)
        self.logged = forget_trimmed(exchanges, self.messages, self.logged, start, _messages_of)
        if had and not exchanges:  # all forgotten: what is left of them is the head now
            self.head = self.logged = start.before
        self.log.add(start.finish(self.messages[self.logged :]))
        self.logged = len(self.messages)

    def read(
        self, status: int, result: ChatCompletionResponse | ErrorValue, *, typed: bool
    ) -> tuple[Message, Any]:
        """The reply's message as history keeps it, and what the turn returns.

        The reply is the first choice: its text, its tool-call message, or (`typed`) its
        parsed instance, a refusal raising `RefusalError` with the state untouched. The whole
        completion (every choice when `n > 1`, `finish_reason`, `usage`) is kept as
        `last_response`, streamed or not.
        """
        if not isinstance(result, chat_completion_model()) or not result.choices:
            raise APIError("the completion has no choices", status=status)
        first = result.choices[0].message
        if first is None:
            raise APIError("the completion's first choice has no message", status=status)
        if typed and first.refusal is not None:
            raise RefusalError(first.refusal, response=result)
        message = _history_message(first.to_dict())
        self.last_response = result
        if message.get("tool_calls") or message.get("function_call"):
            return message, dict(message)
        if typed:
            return message, getattr(first, "parsed", None)
        return message, message.get("content") or ""

    def tool_run(
        self,
        input: str | MessageInput | None,
        tools: Sequence[object] | None,
        max_steps: int,
        on_tool_error: str,
        overrides: Mapping[str, Any],
    ) -> ChatRun:
        from ._tools import ToolSteps

        steps = ToolSteps(tools, self.defaults.get("tools"), max_steps, on_tool_error, overrides)
        return ChatRun(self, input, steps)


class ChatRun:
    """The steps of one `run()`: ask, run the tools the reply calls, send their results, repeat.

    History gains whole steps only: the messages that led to a reply, the reply calling tools
    and every call's result go in together once the calls have run, and the final answer as
    `send` adds one. A failure at any point (an error status, a broken stream, a tool raising
    with `on_tool_error="raise"`, `ToolLoopError`) leaves the history at the last whole step,
    never with a tool call whose result is missing.
    """

    def __init__(
        self, state: ChatSessionState, input: str | MessageInput | None, steps: ToolSteps
    ) -> None:
        self._steps = steps
        self.toolbox = steps.toolbox
        self._state = state
        self._pending = [] if input is None else [state.new_message(input)]
        self._start: ExchangeStart | None = None

    def turn(self, callback: Callable[[Any], object] | None, model: str) -> calls.Turn[Any, Step]:
        """The next request, or `ToolLoopError` when `max_steps` requests have been made."""
        self._steps.step()
        call, typed, body = self._state._call(self._pending, self._steps.overrides, callback, model)
        if self._start is None:
            self._start = ExchangeStart(body, "messages", len(self._state.messages))
        return calls.Turn(call, partial(self._read, self._start, typed))

    def _read(self, start: ExchangeStart, typed: bool, status: int, result: Any) -> Step:
        from ._tools import Step, ToolCall

        message, reply = self._state.read(status, result, typed=typed)
        start.answered(result)
        found = [
            ToolCall(call["id"], *_name_and_arguments(call))
            for call in message.get("tool_calls") or ()
        ]
        if not found:
            self._state.messages.extend([*self._pending, message])
            self._pending = []
            self._state.finish(start)
        return Step(found, message, reply)

    def commit(self, step: Step, outcomes: Sequence[ToolOutcome]) -> None:
        """Add a whole step: what led to the reply, the reply, and each call's result."""
        results = [
            {"role": "tool", "tool_call_id": outcome.call.call_id, "content": outcome.output}
            for outcome in outcomes
        ]
        self._state.messages.extend([*self._pending, step.message, *results])
        self._pending = []


def _name_and_arguments(call: Mapping[str, Any]) -> tuple[str, str]:
    """A tool call's name and argument text; a custom tool's input stands for its arguments."""
    if call.get("type", "function") == "function":
        function = call.get("function") or {}
        return str(function.get("name", "")), str(function.get("arguments") or "")
    custom = call.get("custom") or {}
    return str(custom.get("name", "")), str(custom.get("input") or "")


def _history_message(data: Mapping[str, Any]) -> Message:
    message = {key: data[key] for key in _HISTORY_KEYS if data.get(key) is not None}
    message.setdefault("content", None)  # an assistant message that only calls tools
    return message


__all__ = ["ChatRun", "ChatSessionState", "Reply"]


def _messages_of(exchange: Exchange) -> list[dict[str, Any]]:
    return exchange.messages
