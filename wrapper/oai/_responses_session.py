"""Responses sessions' bookkeeping: a conversation the server remembers, chained by response id.

Where a chat session sends its whole history every time, a Responses session sends only the new
input and `previous_response_id`, and keeps the responses it got. With a Conversation
(`conversation=True` makes one before the first send, or `conversation="conv_..."` joins one)
it sends `conversation` instead: the server appends each turn's input and output to it, so
other programs can read and continue it. `ResponsesSessionState` does
that bookkeeping with no I/O; the session classes (`_async_sessions`) only send the turn's call
through their client. The state changes only once a response has fully arrived, so a failed
call (an error status, a lost connection, a broken or failed stream, a callback that raises)
leaves `current_response_id` and `response_history` as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from . import _calls as calls
from ._arguments import optional_id, required_id
from ._exceptions import APIError, RefusalError
from ._exchange_log import Exchange, ExchangeLog, ExchangeStart, forget_trimmed
from ._responses import (
    RESPONSE_BODY,
    ResponseInput,
    ResponseTextChunk,
    build_response_body,
    failed_response_error,
    text_chunks,
)
from ._results import ErrorValue
from ._structured import prepare_body

if TYPE_CHECKING:
    from ._response_model import Response
    from ._tools import Step, ToolOutcome, ToolSteps

SessionCallback = Callable[[ResponseTextChunk], object]


class ResponsesSessionState:
    """The request defaults, the chain of responses, and the rules for extending it."""

    def __init__(
        self,
        model: str | None,
        instructions: str | None,
        tools: list[Any] | None,
        previous_response_id: str | None,
        params: Mapping[str, Any],
        conversation: bool | str | None = None,
    ) -> None:
        if "stream" in params:
            raise ValueError("stream is not a session setting: pass a callback to send() to stream")
        unknown = sorted(set(params) - RESPONSE_BODY.fields - {"extra_body", "text_format"})
        if unknown:
            raise ValueError(f"unknown responses session setting(s): {', '.join(unknown)}")
        for name, value in (("model", model), ("instructions", instructions)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a string, got {type(value).__name__}")
        if tools is not None and not isinstance(tools, list):
            raise TypeError(f"tools must be a list of tool dicts, got {type(tools).__name__}")
        self.current_response_id = optional_id(previous_response_id, "previous_response_id")
        self.conversation_id, self.wants_conversation = _conversation(
            conversation if conversation is not None else params.get("conversation")
        )
        if (self.conversation_id or self.wants_conversation) and previous_response_id:
            raise ValueError(
                "a session follows either a conversation or previous_response_id, not both"
            )
        params = {k: v for k, v in params.items() if k != "conversation"}
        self.response_history: list[Response] = []
        self.log = ExchangeLog()
        self.logged = 0  # the responses of `response_history` that the log's exchanges hold
        given = {"model": model, "instructions": instructions, "tools": tools}
        self.defaults: dict[str, Any] = {
            **{name: value for name, value in given.items() if value is not None},
            **params,
        }

    def request_body(
        self, input: ResponseInput, overrides: Mapping[str, Any], callback: object, model: str
    ) -> dict[str, Any]:
        """The new input, chained to the current response, with defaults and overrides.

        An override of None leaves that field out of this one request (so
        `previous_response_id=None` starts afresh for one call, keeping the chain).
        """
        options = dict(self.defaults)
        if self.conversation_id is not None:
            options["conversation"] = self.conversation_id
        elif self.current_response_id is not None:
            options["previous_response_id"] = self.current_response_id
        options.update(overrides)
        options = {name: value for name, value in options.items() if value is not None}
        return build_response_body(input, options, {}, default_model=model, callback=callback)

    def turn(
        self,
        input: ResponseInput,
        overrides: Mapping[str, Any],
        callback: SessionCallback | None,
        model: str,
    ) -> calls.Turn[Response, Any]:
        """The call that sends `input` after the current response (an error status raises), and
        what to do with the answer: the response, or its text when it was streamed (with
        `text_format=T`, the parsed instance in place of the text)."""
        call, typed, body = self._call(input, overrides, callback, model)
        start = ExchangeStart(body, "input", len(self.response_history))

        def finish(status: int, result: Response | ErrorValue) -> Any:
            response = self.check(status, result, typed=typed)
            self.record([response])
            start.answered(response)
            self.finish(start, [(body["input"], response)])
            return response if callback is None else reply_of(response, typed)

        return calls.Turn(call, finish)

    def _call(
        self,
        input: ResponseInput,
        overrides: Mapping[str, Any],
        callback: SessionCallback | None,
        model: str,
    ) -> tuple[calls.PreparedCall[Response], bool, dict[str, Any]]:
        """The request, whether it asks for a type (`text_format`), and its body."""
        body = self.request_body(input, overrides, callback, model)
        answer = prepare_body(body, "responses")
        call = calls.response_call(body, callback, text_chunks, raise_status=True, answer=answer)
        return call, answer is not None, body

    def new_conversation(self) -> calls.PreparedCall[Any] | None:
        """The call that creates the session's Conversation, when it still needs one."""
        if not self.wants_conversation or self.conversation_id is not None:
            return None
        return calls.create_conversation()

    def joined(self, conversation: Any) -> None:
        """The Conversation made for this session: every send from now on goes to it. It is
        kept even if the send that needed it fails, since a failed send adds nothing to it."""
        self.conversation_id = required_id(getattr(conversation, "id", None), "conversation id")

    def accept(self, status: int, result: Response | ErrorValue) -> Response:
        """Record a response and make it the one the next input follows."""
        response = self.check(status, result, typed=False)
        self.record([response])
        return response

    def check(self, status: int, result: Response | ErrorValue, *, typed: bool) -> Response:
        """The response, if it is one that succeeded: a failed one raises, and (`typed`) so
        does a refusal, each with the state untouched."""
        from ._response_model import Response  # imported on first use, as its generated base

        if not isinstance(result, Response):
            raise APIError(f"the server answered {status} without a response", status=status)
        failure = failed_response_error(result, status)
        if failure is not None:
            raise failure
        if typed:
            from ._structured import refusal_of

            refusal = refusal_of(result.to_dict())
            if refusal is not None:
                raise RefusalError(refusal, response=result)
        return result

    def record(self, responses: Sequence[Response]) -> None:
        """Add responses to the history; the last is the one the next input follows."""
        self.response_history.extend(responses)
        last = responses[-1].id
        self.current_response_id = last if isinstance(last, str) else None

    def finish(self, start: ExchangeStart, steps: list[tuple[object, Response]]) -> None:
        """Log an exchange whose responses `record` has added to the history, forgetting first
        the exchanges whose responses the history no longer holds (`forget_trimmed`)."""
        history = self.response_history
        self.logged = forget_trimmed(self.log.exchanges, history, self.logged, start, _responses_of)
        self.log.add(start.finish([], steps))
        self.logged = len(self.response_history)

    def tool_run(
        self,
        input: ResponseInput,
        tools: Sequence[object] | None,
        max_steps: int,
        on_tool_error: str,
        overrides: Mapping[str, Any],
    ) -> ResponsesRun:
        from ._tools import ToolSteps

        steps = ToolSteps(tools, self.defaults.get("tools"), max_steps, on_tool_error, overrides)
        return ResponsesRun(self, input, steps)


def _conversation(value: object) -> tuple[str | None, bool]:
    """`conversation=`: True (make one), an id or `{"id": ...}` (join it), None or False."""
    if value is None or value is False:
        return None, False
    if value is True:
        return None, True
    if isinstance(value, Mapping):
        value = value.get("id")
    if not isinstance(value, str) or not value:
        raise TypeError(
            f"conversation must be True, a conversation id or {{'id': ...}}, got {value!r:.80}"
        )
    return value, False


def reply_of(response: Response, typed: bool) -> Any:
    """What a streamed turn (or a run) returns: the text, or the parsed instance."""
    return getattr(response, "output_parsed", None) if typed else response.output_text


class ResponsesRun:
    """The steps of one `run()` over the Responses API: each step's function-call outputs go
    back as the next input, chained to the response that asked for them.

    The server keeps the chain, so a step is whole only once its outputs have been answered:
    the session's state (`current_response_id`, `response_history`) changes once, when the
    final answer arrives. A failure at any point leaves it where it was before `run()`, never
    pointing at a response whose function calls have no outputs.
    """

    def __init__(
        self, state: ResponsesSessionState, input: ResponseInput, steps: ToolSteps
    ) -> None:
        self._steps = steps
        self.toolbox = steps.toolbox
        self._state = state
        self._input = input
        self._responses: list[Response] = []
        self._inputs: list[object] = []  # what each request sent, as its body had it
        self._start: ExchangeStart | None = None

    def turn(self, callback: SessionCallback | None, model: str) -> calls.Turn[Any, Step]:
        """The next request, or `ToolLoopError` when `max_steps` requests have been made."""
        self._steps.step()
        overrides = dict(self._steps.overrides)
        if self._responses and self._state.conversation_id is None:
            # In a conversation the server already holds the calls the outputs answer.
            overrides["previous_response_id"] = self._responses[-1].id
        call, typed, body = self._state._call(self._input, overrides, callback, model)
        if self._start is None:
            self._start = ExchangeStart(body, "input", len(self._state.response_history))
        return calls.Turn(call, partial(self._read, self._start, body["input"], typed))

    def _read(
        self, start: ExchangeStart, sent: object, typed: bool, status: int, result: Any
    ) -> Step:
        from ._tools import Step, ToolCall

        response = self._state.check(status, result, typed=typed)
        self._responses.append(response)
        self._inputs.append(sent)
        start.answered(response)
        found = [
            ToolCall(str(item.call_id), str(item.name), str(item.arguments or ""))
            for item in response.function_calls()
        ]
        if found:
            return Step(found, response, None)
        self._state.record(self._responses)
        self._state.finish(start, list(zip(self._inputs, self._responses, strict=True)))
        return Step(found, response, reply_of(response, typed))

    def commit(self, step: Step, outcomes: Sequence[ToolOutcome]) -> None:
        """The step's outputs become the next input."""
        self._input = [
            {
                "type": "function_call_output",
                "call_id": outcome.call.call_id,
                "output": outcome.output,
            }
            for outcome in outcomes
        ]


__all__ = ["ResponsesRun", "ResponsesSessionState", "SessionCallback", "reply_of"]


def _responses_of(exchange: Exchange) -> list[Any]:
    return [response for _, response in exchange.steps]
