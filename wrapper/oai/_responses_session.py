"""Responses chat sessions: a conversation the server remembers, chained by response id.

Where a chat session sends its whole history every time, a Responses session sends only the new
input and `previous_response_id`, and keeps the responses it got. `ResponsesSessionState` does
that bookkeeping with no I/O; `ResponsesChatSession` and `AsyncResponsesChatSession` only add
the call in between. The state changes only once a response has fully arrived, so a failed call
(an error status, a lost connection, a broken or failed stream, a callback that raises) leaves
`current_response_id` and `response_history` as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from . import _calls as calls
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
    from ._async_client import AsyncOpenAI
    from ._calls import PreparedCall
    from ._client import OpenAI
    from ._response_model import Response

SessionCallback = Callable[[ResponseTextChunk], object]
ClientT = TypeVar("ClientT", "OpenAI", "AsyncOpenAI")


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
        self.current_response_id = _check_id(previous_response_id)
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


def _check_id(value: object) -> str | None:
    if value is not None and (not isinstance(value, str) or not value):
        raise ValueError(f"previous_response_id must be a non-empty string, got {value!r}")
    return value


class _SessionBase(Generic[ClientT]):
    """The parts of a session that do not depend on how the request is sent."""

    def __init__(
        self,
        client: ClientT,
        model: str | None = None,
        instructions: str | None = None,
        tools: list[Any] | None = None,
        previous_response_id: str | None = None,
        **params: Any,
    ) -> None:
        self._client: ClientT = client
        self._state = ResponsesSessionState(
            model, instructions, tools, previous_response_id, params
        )

    def _prepare(
        self, input: ResponseInput, callback: SessionCallback | None, overrides: Mapping[str, Any]
    ) -> PreparedCall[Response]:
        """The next request: `input` after the current response, raising on an error status."""
        body = self._state.request_body(input, overrides, callback, self._client.default_model)
        return calls.response_call(body, callback, text_chunks, raise_status=True)

    def _finish(
        self, status: int, result: Response | ErrorValue, callback: SessionCallback | None
    ) -> Response | str:
        """Record the answer; `send` returns the response, or its text when it was streamed."""
        response = self._state.accept(status, result)
        return response if callback is None else response.output_text

    @property
    def current_response_id(self) -> str | None:
        """The id the next `send` chains to; set it to branch from an earlier response."""
        return self._state.current_response_id

    @current_response_id.setter
    def current_response_id(self, value: str | None) -> None:
        self._state.current_response_id = _check_id(value)

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


class ResponsesChatSession(_SessionBase["OpenAI"]):
    """A Responses API conversation with the synchronous client.

    See `OpenAI.new_responses_chat_session`. `send` returns the `Response` (not streaming) or
    its text (streaming, with the text also passed to the callback as it arrives).
    """

    @overload
    def send(self, input: ResponseInput, callback: None = None, **overrides: Any) -> Response: ...
    @overload
    def send(self, input: ResponseInput, callback: SessionCallback, **overrides: Any) -> str: ...
    def send(
        self, input: ResponseInput, callback: SessionCallback | None = None, **overrides: Any
    ) -> Response | str:
        """Send input (text or input items) after the current response; raises on any failure."""
        call = self._prepare(input, callback, overrides)
        status, result = self._client._send(call)
        return self._finish(status, result, callback)


class AsyncResponsesChatSession(_SessionBase["AsyncOpenAI"]):
    """A Responses API conversation with the async client; see `ResponsesChatSession`."""

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
        call = self._prepare(input, callback, overrides)
        status, result = await self._client._send(call)
        return self._finish(status, result, callback)


__all__ = ["AsyncResponsesChatSession", "ResponsesChatSession", "ResponsesSessionState"]
