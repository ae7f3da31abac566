"""The default ``POST /v1/chat/completions``: a deterministic stand-in for a model.

Replies depend only on the request, never on time or chance, so tests can predict them and
``make demo`` prints the same thing every run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ._replies import Reply
from ._request import RecordedRequest
from ._schema import example_for
from ._script import Answer

__all__ = ["chat_completion", "content_text", "reply_text_for"]

CREATED = 1_700_000_000
SYSTEM_FINGERPRINT = "fp_fake"
_GREETING = "Hello! How can I help you today?"
_MAX_CHOICES = 128
_ARGUMENT_FRAGMENT = 8


def reply_text_for(messages: Sequence[Any], index: int = 0) -> str:
    """The text the default chat completion answers with.

    * If the last message is a tool result (``tool``, or the legacy ``function`` role):
      ``"The tool returned: <content>"``.
    * Otherwise, for the last ``user`` message: ``"You said: <content>"``.
    * With no user message at all: ``"Hello! How can I help you today?"``.

    Content given as a list of parts contributes its ``text`` parts joined by spaces. Choice
    ``index`` > 0 (when ``n`` > 1) gets ``" (choice <index>)"`` appended, so choices differ.
    """
    dicts = [m for m in messages if isinstance(m, Mapping)]
    users = [m for m in dicts if m.get("role") == "user"]
    if dicts and dicts[-1].get("role") in ("tool", "function"):
        text = f"The tool returned: {content_text(dicts[-1].get('content'))}"
    elif users:
        text = f"You said: {content_text(users[-1].get('content'))}"
    else:
        text = _GREETING
    return f"{text} (choice {index})" if index else text


@dataclass(frozen=True)
class _Answer:
    """One choice: text, a refusal, or calls ``(id, name, arguments)`` (one legacy
    ``function_call`` if ``legacy``)."""

    text: str | None = None
    calls: tuple[tuple[str, str, str], ...] = ()
    legacy: bool = False
    refusal: str | None = None
    finish: str | None = None

    @property
    def finish_reason(self) -> str:
        if self.finish is not None:
            return self.finish
        if not self.calls:
            return "stop"
        return "function_call" if self.legacy else "tool_calls"

    @property
    def words(self) -> int:
        said = self.text if self.text is not None else self.refusal or ""
        return len(" ".join([said, *(arguments for _, _, arguments in self.calls)]).split())


def chat_completion(
    request: RecordedRequest, seq: int, scripted: Answer | None = None, calls_tools: bool = False
) -> Reply:
    """Answer a chat completion request; ``seq`` numbers the request for ids.

    ``scripted`` is the model's move when a test scripted one (``FakeOpenAI.script``);
    ``calls_tools`` plays a model that uses every function it is offered (``FakeOpenAI``).
    """
    try:
        body = request.json()
    except ValueError:
        return _invalid("We could not parse the JSON body of your request.")
    problem = _problem(body)
    if problem is not None:
        return problem

    messages: list[Any] = body["messages"]
    model: str = body["model"]
    answers = [
        _answer(body, seq, index, scripted, calls_tools) for index in range(body.get("n") or 1)
    ]
    prompt_tokens = sum(_words(m.get("content")) for m in messages if isinstance(m, Mapping))
    completion_tokens = sum(answer.words for answer in answers)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    header = {
        "id": f"chatcmpl-{seq}",
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "system_fingerprint": SYSTEM_FINGERPRINT,
    }
    if body.get("stream") is True:
        options = body.get("stream_options")
        include_usage = isinstance(options, Mapping) and options.get("include_usage") is True
        return _stream(header, answers, usage if include_usage else None)
    return Reply.json(
        {
            **header,
            "choices": [_choice(index, answer) for index, answer in enumerate(answers)],
            "usage": usage,
        }
    )


def _problem(body: Any) -> Reply | None:
    """Light validation: enough for a client to meet a realistic 400, not a full schema check."""
    if not isinstance(body, Mapping):
        return _invalid("The request body must be a JSON object.")
    if not isinstance(body.get("model"), str) or not body["model"]:
        return _invalid("you must provide a model parameter", param="model")
    if "messages" not in body:
        return _invalid(
            "Missing required parameter: 'messages'.",
            param="messages",
            code="missing_required_parameter",
        )
    messages = body["messages"]
    if not isinstance(messages, list):
        return _invalid(
            "Invalid type for 'messages': expected an array of objects.",
            param="messages",
            code="invalid_type",
        )
    if not messages:
        return _invalid(
            "Invalid 'messages': empty array. Expected an array with minimum length 1.",
            param="messages",
            code="empty_array",
        )
    n = body.get("n")
    if n is not None and (
        not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= _MAX_CHOICES
    ):
        return _invalid(
            f"Invalid 'n': expected an integer between 1 and {_MAX_CHOICES}.",
            param="n",
            code="invalid_value",
        )
    return None


def _invalid(message: str, *, param: str | None = None, code: str | None = None) -> Reply:
    return Reply.error(400, message, type="invalid_request_error", param=param, code=code)


def _answer(
    body: Mapping[str, Any], seq: int, index: int, scripted: Answer | None, calls_tools: bool
) -> _Answer:
    if scripted is not None:
        calls = tuple(
            (f"call_{seq}_{i}", name, arguments)
            for i, (name, arguments) in enumerate(scripted.calls)
        )
        finish = None if scripted.calls else scripted.finish_reason
        return _Answer(scripted.text, calls, refusal=scripted.refusal, finish=finish)
    forced = _forced_function(body) or (_unused_function(body) if calls_tools else None)
    if forced is not None:
        name, parameters = forced
        return _answer_call(seq, index, name, parameters)
    legacy = _forced_legacy_function(body)
    if legacy is not None:
        name, parameters = legacy
        return replace(_answer_call(seq, index, name, parameters), legacy=True)
    text = reply_text_for(body["messages"], index)
    response_format = body.get("response_format")
    if isinstance(response_format, Mapping):
        if response_format.get("type") == "json_object":
            text = json.dumps({"reply": text})
        elif response_format.get("type") == "json_schema":
            spec = response_format.get("json_schema")
            schema = spec.get("schema") if isinstance(spec, Mapping) else None
            text = json.dumps(example_for(schema if isinstance(schema, Mapping) else {}))
    return _Answer(text=text)


def _answer_call(seq: int, index: int, name: str, parameters: Any) -> _Answer:
    arguments = example_for(parameters) if isinstance(parameters, Mapping) else {}
    encoded = json.dumps(arguments if arguments is not None else {})
    return _Answer(calls=((f"call_{seq}_{index}", name, encoded),))


def _unused_function(body: Mapping[str, Any]) -> tuple[str, Any] | None:
    """With ``tool_choice`` auto: the first function offered that the conversation has not had
    a result from yet, so a tool loop calls each once, one per round, then gets its answer."""
    if body.get("tool_choice", "auto") != "auto":
        return None
    answered = set()
    names = {}
    for message in body["messages"]:
        if not isinstance(message, Mapping):
            continue
        for call in message.get("tool_calls") or ():
            if isinstance(call, Mapping) and isinstance(call.get("function"), Mapping):
                names[call.get("id")] = call["function"].get("name")
        if message.get("role") == "tool":
            answered.add(names.get(message.get("tool_call_id")))
    for tool in body.get("tools") or ():
        function = tool.get("function") if isinstance(tool, Mapping) else None
        if isinstance(function, Mapping) and function.get("name") not in answered:
            return str(function.get("name", "")), function.get("parameters")
    return None


def _forced_function(body: Mapping[str, Any]) -> tuple[str, Any] | None:
    """The function the request forces a call to, with its parameter schema, if any.

    Only ``tool_choice="required"`` (first function tool) or a named function force a call;
    ``"auto"`` gets a text answer, which keeps the default predictable.
    """
    tools = body.get("tools")
    if not isinstance(tools, list):
        return None
    functions = [
        tool["function"]
        for tool in tools
        if isinstance(tool, Mapping) and isinstance(tool.get("function"), Mapping)
    ]
    choice = body.get("tool_choice")
    if choice == "required" and functions:
        return str(functions[0].get("name", "")), functions[0].get("parameters")
    if isinstance(choice, Mapping) and isinstance(choice.get("function"), Mapping):
        name = str(choice["function"].get("name", ""))
        parameters = next((f.get("parameters") for f in functions if f.get("name") == name), None)
        return name, parameters
    return None


def _forced_legacy_function(body: Mapping[str, Any]) -> tuple[str, Any] | None:
    """The legacy form: ``functions`` with ``function_call={"name": ...}`` forces that call."""
    functions = body.get("functions")
    choice = body.get("function_call")
    if not isinstance(functions, list) or not isinstance(choice, Mapping):
        return None
    name = str(choice.get("name", ""))
    parameters = next(
        (
            f.get("parameters")
            for f in functions
            if isinstance(f, Mapping) and f.get("name") == name
        ),
        None,
    )
    return name, parameters


def _choice(index: int, answer: _Answer) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": "assistant",
        "content": answer.text,
        "refusal": answer.refusal,
    }
    if answer.legacy:
        _, name, arguments = answer.calls[0]
        message["function_call"] = {"name": name, "arguments": arguments}
    elif answer.calls:
        message["tool_calls"] = [
            {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}
            for call_id, name, arguments in answer.calls
        ]
    return {
        "index": index,
        "message": message,
        "logprobs": None,
        "finish_reason": answer.finish_reason,
    }


def _stream(
    header: Mapping[str, Any], answers: list[_Answer], usage: dict[str, int] | None
) -> Reply:
    """Chunk sequence as OpenAI sends it; choices are interleaved when ``n`` > 1."""

    def chunk(choices: list[dict[str, Any]]) -> dict[str, Any]:
        event = {**header, "object": "chat.completion.chunk", "choices": choices}
        if usage is not None:
            event["usage"] = None
        return event

    per_choice = [_deltas(answer) for answer in answers]
    events: list[dict[str, Any]] = []
    for step in range(max(len(deltas) for deltas in per_choice)):
        for index, deltas in enumerate(per_choice):
            if step < len(deltas):
                delta, finish_reason = deltas[step]
                choice = {
                    "index": index,
                    "delta": delta,
                    "logprobs": None,
                    "finish_reason": finish_reason,
                }
                events.append(chunk([choice]))
    if usage is not None:
        events.append({**chunk([]), "usage": usage})
    return Reply.sse(events)


def _deltas(answer: _Answer) -> list[tuple[dict[str, Any], str | None]]:
    pieces: list[dict[str, Any]]
    if answer.text is not None or answer.refusal is not None:
        opening: dict[str, Any] = {"role": "assistant", "content": "", "refusal": None}
        key, said = (
            ("content", answer.text) if answer.text is not None else ("refusal", answer.refusal)
        )
        if key == "refusal":
            opening = {"role": "assistant", "content": None, "refusal": ""}
        pieces = [{key: piece} for piece in re.findall(r"\s*\S+\s*", said or "")]
    elif answer.legacy:
        _, name, arguments = answer.calls[0]
        opening = {
            "role": "assistant",
            "content": None,
            "function_call": {"name": name, "arguments": ""},
        }
        pieces = [{"function_call": {"arguments": fragment}} for fragment in _fragments(arguments)]
    else:
        opening = {"role": "assistant", "content": None, "refusal": None, "tool_calls": []}
        pieces = []
        for i, (call_id, name, arguments) in enumerate(answer.calls):
            first = {
                "index": i,
                "id": call_id,
                "type": "function",
                "function": {"name": name, "arguments": ""},
            }
            pieces.append({"tool_calls": [first]})
            pieces += [
                {"tool_calls": [{"index": i, "function": {"arguments": fragment}}]}
                for fragment in _fragments(arguments)
            ]
        opening["tool_calls"] = pieces.pop(0)["tool_calls"]
    return [(opening, None), *((piece, None) for piece in pieces), ({}, answer.finish_reason)]


def _fragments(arguments: str) -> list[str]:
    """Call arguments cut into short pieces, so a client must join them as real streams need."""
    step = _ARGUMENT_FRAGMENT
    return [arguments[i : i + step] for i in range(0, len(arguments), step)]


def content_text(content: Any) -> str:
    """A message's content (or a tool's output) as text: the text of list parts, joined by
    spaces. The chat and Responses endpoints both echo what they were sent with this."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            part["text"]
            for part in content
            if isinstance(part, Mapping) and isinstance(part.get("text"), str)
        )
    return ""


def _words(content: Any) -> int:
    return len(content_text(content).split())
