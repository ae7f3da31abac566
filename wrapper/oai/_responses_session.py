"""Responses sessions' bookkeeping: a conversation the server remembers, chained by response id.

Where a chat session sends its whole history every time, a Responses session sends only the new
input and `previous_response_id`, and keeps the responses it got. `ResponsesSessionState` does
that bookkeeping with no I/O; the session classes (`_async_sessions`) only send the turn's call
through their client. The state changes only once a response has fully arrived, so a failed
call (an error status, a lost connection, a broken or failed stream, a callback that raises)
leaves `current_response_id` and `response_history` as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from . import _calls as calls
from ._arguments import optional_id
from ._exceptions import APIError
from ._responses import (
    RESPONSE_BODY,
    ResponseInput,
    ResponseTextChunk,
    build_response_body,
    failed_response_error,
    text_chunks,
)
from ._results import ErrorValue

if TYPE_CHECKING:
    from ._response_model import Response

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
    ) -> None:
        if "stream" in params:
            raise ValueError("stream is not a session setting: pass a callback to send() to stream")
        unknown = sorted(set(params) - RESPONSE_BODY.fields - {"extra_body"})
        if unknown:
            raise ValueError(f"unknown responses session setting(s): {', '.join(unknown)}")
        for name, value in (("model", model), ("instructions", instructions)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a string, got {type(value).__name__}")
        if tools is not None and not isinstance(tools, list):
            raise TypeError(f"tools must be a list of tool dicts, got {type(tools).__name__}")
        self.current_response_id = optional_id(previous_response_id, "previous_response_id")
        self.response_history: list[Response] = []
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
        if self.current_response_id is not None:
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
    ) -> calls.Turn[Response, Response | str]:
        """The call that sends `input` after the current response (an error status raises), and
        what to do with the answer: the response, or its text when it was streamed."""
        body = self.request_body(input, overrides, callback, model)
        call = calls.response_call(body, callback, text_chunks, raise_status=True)

        def finish(status: int, result: Response | ErrorValue) -> Response | str:
            response = self.accept(status, result)
            return response if callback is None else response.output_text

        return calls.Turn(call, finish)

    def accept(self, status: int, result: Response | ErrorValue) -> Response:
        """Record a response and make it the one the next input follows."""
        from ._response_model import Response  # imported on first use, as its generated base

        if not isinstance(result, Response):
            raise APIError(f"the server answered {status} without a response", status=status)
        failure = failed_response_error(result, status)
        if failure is not None:
            raise failure
        self.response_history.append(result)
        self.current_response_id = result.id if isinstance(result.id, str) else None
        return result


__all__ = ["ResponsesSessionState", "SessionCallback"]
