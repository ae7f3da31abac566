"""Chat completions without I/O: the request body, the stream of chunks, the final completion.

The client and the chat sessions drive these objects; only the client moves bytes. Nothing
here touches a socket, so every rule (what the body may contain, how deltas join up, when a
stream is broken, what a stream callback receives) is written once and tested without a server.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ._bodies import BodySpec, build_body
from ._exceptions import StreamError
from ._generated import resolved
from ._messages import MessageInput, validate_messages
from ._operations import CREATE_CHAT_COMPLETION, chat_request_fields, parse_chat_chunk
from ._pieces import Pieces, add_piece, joined
from ._results import ErrorValue, error_details
from ._sse import SSEDecoder, _new, event_payload

if TYPE_CHECKING:
    from ._operations import ChatCompletionChunk, ChatCompletionResponse

ChatResult = tuple[int, "ChatCompletionResponse | ErrorValue"]
"""What `chat()` and `create_chat_completion()` return: `(status, completion or error)`."""

CHAT_BODY = BodySpec("chat", chat_request_fields, positional=("messages",), streams=True)


def build_chat_body(
    messages: Sequence[MessageInput],
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    *,
    default_model: str,
    stream: bool,
    validated: bool = False,
) -> dict[str, Any]:
    """The JSON body of a chat request: the caller's fields, plus `model` and the stream flags.

    Fields are merged and checked as for every endpoint (see `build_body`). A streamed request
    asks for the usage chunk too, unless the caller said otherwise; `stream=True` without a
    callback is refused, since nothing would read the chunks. `validated=True` skips
    re-checking messages that a session checked when they were added.
    """
    body = build_body(
        CHAT_BODY, {"messages": messages}, options, params, default_model=default_model
    ).json()
    if not validated:
        body["messages"] = validate_messages(messages)
    if stream:
        body["stream"] = True
        body.setdefault("stream_options", {"include_usage": True})
    elif body.get("stream"):
        raise ValueError("stream=True needs a callback to receive the chunks")
    return body


class ContentChunk(NamedTuple):
    """The part of a streamed chunk a chat callback usually wants: new text for one choice.

    `str(chunk)` is the text, so `print(chunk, end="")` shows the reply as it arrives; `raw` is
    the whole generated chunk model for anything else.
    """

    content: str
    index: int  # type: ignore[assignment]  # the choice's index, in place of tuple's method
    raw: ChatCompletionChunk
    partial: Any = None
    """With `response_format=T`: the reply's JSON parsed so far (a dict that keeps growing)."""

    def __str__(self) -> str:
        return self.content


def content_chunks(data: Mapping[str, Any], chunk: ChatCompletionChunk) -> list[ContentChunk]:
    """One `ContentChunk` per choice whose delta carries text (most chunks carry one)."""
    found = []
    for choice in data.get("choices") or ():
        text = (choice.get("delta") or {}).get("content")
        if text:
            # As `ContentChunk._make` makes one: its `__new__` is one more Python call per chunk.
            found.append(_new(ContentChunk, (text, choice.get("index", 0), chunk, None)))
    return found


def raw_chunks(data: Mapping[str, Any], chunk: ChatCompletionChunk) -> tuple[ChatCompletionChunk]:
    """`create_chat_completion` callbacks receive every chunk model as it is."""
    return (chunk,)


class ChatStream:
    """Decodes a streamed chat completion and assembles the completion it adds up to.

    `feed(bytes)` yields `(event_dict, chunk_model)` pairs in order; a problem (an error event,
    invalid JSON) is raised by the generator at the point it occurs, so whatever came before it
    has already been yielded. `finish()` raises if the stream ended before `[DONE]`, and reads
    the completion with `parse` (the operation's: a structured call reads its type too).
    """

    def __init__(
        self, parse: Callable[[Mapping[str, Any]], ChatCompletionResponse] | None = None
    ) -> None:
        self._decoder = SSEDecoder()
        self._parse_chunk = resolved(parse_chat_chunk)
        self._accumulator = CompletionAccumulator(parse)
        self.done = False
        self.events = 0

    def feed(self, data: bytes) -> Iterator[tuple[dict[str, Any], ChatCompletionChunk]]:
        for text, name, _, _ in self._decoder.feed(data):
            if self.done:
                return
            if text == "[DONE]":
                self.done = True
                return
            payload = event_payload(text, self.events + 1)
            if name == "error" or "error" in payload:
                raise _stream_error(payload, self.events)
            self.events += 1
            try:
                chunk = self._parse_chunk(payload)
            except (KeyError, TypeError, ValueError) as exc:
                raise StreamError(
                    f"stream event {self.events} is not a chat completion chunk: {exc!r}",
                    body=payload,
                ) from exc
            self._accumulator.add(payload)
            yield payload, chunk

    def finish(self) -> ChatCompletionResponse:
        """Check the stream ended properly and return the assembled completion."""
        self._decoder.end()
        if not self.done:
            cut = " in the middle of an event" if self._decoder.truncated else ""
            raise StreamError(
                f"the stream ended{cut} before [DONE], after {self.events} chunk(s)",
            )
        if not self.events:
            raise StreamError("the stream ended with [DONE] before any chunk arrived")
        try:
            return self._accumulator.completion()
        except (KeyError, TypeError, ValueError) as exc:
            raise StreamError(
                f"the streamed chunks do not add up to a completion: {exc!r}"
            ) from exc


def _stream_error(payload: Mapping[str, Any], received: int) -> StreamError:
    error = payload.get("error", payload)
    if not isinstance(error, Mapping):
        error = {"message": str(error)}
    message = error.get("message") or "the server reported an error"
    return StreamError(
        f"error event in stream after {received} chunk(s): {message}",
        body=dict(payload),
        **error_details(error),
    )


# The fields of a chunk that are the completion's own, not its choices'.
_HEAD = ("id", "created", "model", "system_fingerprint", "service_tier", "usage")


class CompletionAccumulator:
    """Joins streamed chunks into the `chat.completion` object a non-streamed call returns.

    Works on the decoded JSON rather than the models: deltas are partial by nature, and joining
    strings is all there is to do. Every choice (for `n > 1`), tool-call arguments split across
    chunks, `finish_reason` and a trailing usage-only chunk are kept. So are delta fields the
    API does not define (a compatible server's `reasoning_content`, say): strings are joined,
    lists extended, anything else replaced, as the server's own non-streamed answer would
    carry them.
    """

    def __init__(
        self, parse: Callable[[Mapping[str, Any]], ChatCompletionResponse] | None = None
    ) -> None:
        self._parse = parse or CREATE_CHAT_COMPLETION.parse
        self._head: dict[str, Any] = {}
        self._choices: dict[int, dict[str, Any]] = {}

    def add(self, chunk: Mapping[str, Any]) -> None:
        head = self._head
        for key in _HEAD:
            value = chunk.get(key)
            if value is not None:
                head[key] = value
        for choice in chunk.get("choices") or ():
            self._add_choice(choice)

    def _add_choice(self, choice: Mapping[str, Any]) -> None:
        index = choice.get("index", 0)
        state = self._choices.get(index)
        if state is None:  # the first chunk of this choice
            state = self._choices[index] = {"index": index, "message": {}, "logprobs": None}
        message = state["message"]
        delta = choice.get("delta") or {}
        for key, value in delta.items():
            if (
                key == "content"
                and type(pieces := message.get(key)) is Pieces
                and type(value) is str
            ):
                pieces.append(value)  # most deltas: more of the text (`_join_value`, written out)
            elif key == "role":
                if value:
                    message["role"] = value
            elif key == "function_call":
                if value:
                    _join_call(message.setdefault("function_call", {}), value)
            elif key == "tool_calls":
                for call in value or ():
                    _join_tool_call(message.setdefault("tool_calls", {}), call)
            else:
                _join_value(message, key, value)
        if choice.get("finish_reason") is not None:
            state["finish_reason"] = choice["finish_reason"]
        logprobs = choice.get("logprobs")
        if logprobs:
            joined = state["logprobs"] or {"content": [], "refusal": []}
            for key in ("content", "refusal"):
                joined[key] += logprobs.get(key) or []
            state["logprobs"] = joined

    def completion(self) -> ChatCompletionResponse:
        choices = []
        for index in sorted(self._choices):
            state = self._choices[index]
            message = {
                "role": "assistant",
                "content": None,
                "refusal": None,
                **joined(state["message"]),
            }
            if "function_call" in message:
                message["function_call"] = joined(message["function_call"])
            if "tool_calls" in message:
                calls = message["tool_calls"]
                message["tool_calls"] = [
                    {"type": "function", **_joined_call(calls[i])} for i in sorted(calls)
                ]
            choices.append(
                {**state, "message": message, "finish_reason": state.get("finish_reason")}
            )
        data = {"object": "chat.completion", **self._head, "choices": choices}
        return self._parse(data)


def _joined_call(call: Mapping[str, Any]) -> dict[str, Any]:
    whole = joined(call)
    if "function" in whole:
        whole["function"] = joined(whole["function"])
    return whole


def _join_call(target: dict[str, Any], delta: Mapping[str, Any]) -> None:
    if delta.get("name"):
        target["name"] = delta["name"]
    add_piece(target, "arguments", delta.get("arguments") or "")


def _join_tool_call(calls: dict[int, dict[str, Any]], delta: Mapping[str, Any]) -> None:
    target = _tool_call_slot(calls, delta)
    for key, value in delta.items():
        if key == "function":
            if value:
                _join_call(target.setdefault("function", {}), value)
        elif key in ("id", "type"):
            if value:
                target[key] = value
        elif key != "index" and value is not None:
            target[key] = value  # e.g. Gemini's extra_content, which must go back as it came


def _tool_call_slot(calls: dict[int, dict[str, Any]], delta: Mapping[str, Any]) -> dict[str, Any]:
    """The call a tool-call delta continues, or a new one.

    OpenAI numbers the calls of a message by `index` and sends each call's `id` once. Some
    compatible servers (Gemini among them) leave `index` out, or give every call index 0, so:
    a delta naming an `id` not seen before starts a new call, one naming a known `id` continues
    that call, and one with neither index nor id continues the latest call.
    """
    index, call_id = delta.get("index"), delta.get("id")
    if isinstance(index, int) and not isinstance(index, bool):
        known_id = calls.get(index, {}).get("id")
        if not (call_id and known_id and call_id != known_id):
            return calls.setdefault(index, {})
    if call_id:
        for call in calls.values():
            if call.get("id") == call_id:
                return call
        return calls.setdefault(max(calls, default=-1) + 1, {})
    return calls.setdefault(max(calls, default=0), {})


def _join_value(target: dict[str, Any], key: str, value: Any) -> None:
    """Join one delta field into the message: text is appended, lists extended, else replaced."""
    if value is None:
        return
    known = target.get(key)
    if isinstance(value, str):
        add_piece(target, key, value)
    elif isinstance(value, list) and isinstance(known, list) and not isinstance(known, Pieces):
        target[key] = known + value
    else:
        target[key] = value


__all__ = [
    "CHAT_BODY",
    "ChatResult",
    "ChatStream",
    "CompletionAccumulator",
    "ContentChunk",
    "build_chat_body",
    "content_chunks",
    "raw_chunks",
]
