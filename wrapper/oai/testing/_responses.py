"""The built-in Responses API endpoints: create (JSON or a stream of events), get, delete, cancel
and input items, over the responses one fake server has stored.

Replies follow the chat endpoint's rules, so tests can predict them: the text is
``"You said: <the last user input>"``, or ``"The tool returned: <output>"`` when the input ends
with a ``function_call_output``. Streams send the events the API sends, in its order, each with
an ``event:`` line and a ``sequence_number``; nothing depends on the clock or on chance.

The state a client keeps on the server is played for real, because that is where its bugs
hide: a ``conversation`` is read as history and grows with each turn (and not on a failed
one), a background response has to be polled through ``queued`` and ``in_progress``, and a
``file_search`` tool searches the server's vector stores and cites what it found.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from ._chat import CREATED, content_text
from ._conversations import ConversationStore, no_such_conversation
from ._forms import invalid, read_json
from ._replies import Reply
from ._request import RecordedRequest
from ._schema import example_for
from ._script import Answer
from ._store import page_of

__all__ = [
    "TINY_PNG",
    "ResponseStore",
    "response_text_for",
    "stream_events",
]

#: The image an ``image_generation`` tool "draws": a one-pixel PNG, base64-encoded.
TINY_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
_GREETING = "Hello! How can I help you today?"
_INPUT_ITEMS_LIMIT = (20, 100)  # (default, maximum)
_ARGUMENT_FRAGMENT = 8


class VectorStores(Protocol):
    """What the ``file_search`` tool needs of the server's vector stores."""

    def search(
        self,
        store_id: str,
        query: str,
        max_results: int = 10,
        *,
        filters: Mapping[str, Any] | None = None,
        score_threshold: float = 0.0,
    ) -> list[dict[str, Any]]:
        """Results (``file_id``, ``filename``, ``score``, ``attributes``, ``content``), best
        first; raises ``LookupError`` for a store the server does not hold."""
        ...


def response_text_for(input: Any) -> str:
    """The text the default response answers ``input`` with.

    * Input ending with a ``function_call_output`` item: ``"The tool returned: <output>"``.
    * Otherwise, for the last user input (a string, or the last ``user`` message):
      ``"You said: <its text>"``.
    * With no user input at all: ``"Hello! How can I help you today?"``.
    """
    if isinstance(input, str):
        return f"You said: {input}"
    items = [item for item in input if isinstance(item, Mapping)] if isinstance(input, list) else []
    if items and items[-1].get("type") == "function_call_output":
        return f"The tool returned: {content_text(items[-1].get('output'))}"
    users = [item for item in items if item.get("role") == "user"]
    if users:
        return f"You said: {content_text(users[-1].get('content'))}"
    return _GREETING


class ResponseStore:
    """The responses one fake server keeps, by id, with the input each was created from.

    Thread-safe: requests arrive on many threads. A response created with ``store: false`` is
    answered but not kept. One created with ``background: true`` moves on one step each time
    it is read, so a client's polling loop goes round for real: it is created ``queued``, the
    first read finds it ``in_progress``, the second ``completed`` with its output; until then
    it can be cancelled. While it is working its answers carry ``openai-poll-after-ms``.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every response; ids start again from 1."""
        with self._lock:
            self.responses: dict[str, dict[str, Any]] = {}
            self.inputs: dict[str, list[dict[str, Any]]] = {}
            self._finished: dict[str, dict[str, Any]] = {}
            # What to do when a background response completes (add its output to a conversation).
            self._on_done: dict[str, Callable[[], object]] = {}
            self._count = 0

    # -- endpoints -----------------------------------------------------------------------------

    def create(
        self,
        request: RecordedRequest,
        scripted: Answer | None = None,
        calls_tools: bool = False,
        *,
        conversations: ConversationStore | None = None,
        poll_after_ms: int | None = None,
        vector_stores: VectorStores | None = None,
    ) -> Reply:
        """A new response; ``scripted`` is the model's move when a test scripted one, and
        ``calls_tools`` plays a model that calls each function offered once (``FakeOpenAI``).

        With ``conversation``, the conversation's items come before ``input`` as what the model
        reads, and the input and output items are added to it; nothing is added when the
        request fails. A ``file_search`` tool searches ``vector_stores`` for the last user text;
        what it finds is cited in the answer.
        """
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _problem(body)
        if problem is not None:
            return problem
        previous = body.get("previous_response_id")
        conversation_id = _conversation_id(body)
        if isinstance(conversation_id, Reply):
            return conversation_id
        context = body
        if conversation_id is not None:
            if previous is not None:
                return invalid(
                    "Mutually exclusive parameters: provide either 'previous_response_id' or "
                    "'conversation', not both.",
                    param="conversation",
                    code="mutually_exclusive_parameters",
                )
            history = conversations.history(conversation_id) if conversations else None
            if history is None:
                return no_such_conversation(conversation_id)
            context = {**body, "input": history + _as_items(body.get("input"))}
        found = _file_search(context, vector_stores) if scripted is None else None
        if isinstance(found, Reply):
            return found
        with self._lock:
            if previous is not None and previous not in self.responses:
                return invalid(
                    f"Previous response with id '{previous}' not found.",
                    param="previous_response_id",
                    code="previous_response_not_found",
                )
            self._count += 1
            number = self._count
            unused = self._unused_function(context) if calls_tools and scripted is None else None
        response = _response(context, number, scripted, unused, found)
        if conversation_id is not None:
            response["conversation"] = {"id": conversation_id}
        answer = response
        background = body.get("background") is True and body.get("stream") is not True
        if background:
            answer = _working(response, "queued")
        listed = _input_items(body.get("input"), number)
        on_done: Callable[[], object] | None = None
        if conversation_id is not None and conversations is not None:
            now = listed if background else listed + response["output"]
            conversations.append(conversation_id, now)
            on_done = functools.partial(conversations.append, conversation_id, response["output"])
        if body.get("store") is not False:
            with self._lock:
                self.responses[response["id"]] = answer
                self.inputs[response["id"]] = listed
                if answer is not response:
                    self._finished[response["id"]] = response
                    if on_done is not None:
                        self._on_done[response["id"]] = on_done
        if body.get("stream") is True:
            return Reply.sse(stream_events(response), done=False)
        return Reply.json(answer, headers=_poll_headers(answer, poll_after_ms))

    def _unused_function(self, body: Mapping[str, Any]) -> tuple[str, Any] | None:
        """The first function offered that the chain of responses has no output from yet
        (with ``tool_choice`` auto); the caller holds the lock."""
        if body.get("tool_choice", "auto") != "auto":
            return None
        names: dict[Any, Any] = {}
        answered: list[Any] = []
        items = [item for item in body.get("input") or () if isinstance(item, Mapping)]
        previous = body.get("previous_response_id")
        while previous in self.responses:
            stored = self.responses[previous]
            items += self.inputs.get(previous, []) + list(stored.get("output") or ())
            previous = stored.get("previous_response_id")
        for item in items:
            if item.get("type") == "function_call":
                names[item.get("call_id")] = item.get("name")
            elif item.get("type") == "function_call_output":
                answered.append(item.get("call_id"))
        done = {names.get(call_id) for call_id in answered}
        for tool in body.get("tools") or ():
            function = isinstance(tool, Mapping) and tool.get("type") == "function"
            if function and tool.get("name") not in done:
                return str(tool.get("name", "")), tool.get("parameters")
        return None

    def get(self, response_id: str, poll_after_ms: int | None = None) -> Reply:
        """The response; a background one that is still working moves on a step first."""
        with self._lock:
            found = self.responses.get(response_id)
            if found is None:
                return _no_such(response_id)
            if found["status"] == "queued" and response_id in self._finished:
                found = self.responses[response_id] = _working(found, "in_progress")
            elif found["status"] == "in_progress" and response_id in self._finished:
                found = self.responses[response_id] = self._finished.pop(response_id)
                on_done = self._on_done.pop(response_id, None)
                if on_done is not None:
                    on_done()
        return Reply.json(found, headers=_poll_headers(found, poll_after_ms))

    def delete(self, response_id: str) -> Reply:
        with self._lock:
            found = self.responses.pop(response_id, None)
            self.inputs.pop(response_id, None)
            self._finished.pop(response_id, None)
            self._on_done.pop(response_id, None)
        if found is None:
            return _no_such(response_id)
        return Reply.json({"id": response_id, "object": "response", "deleted": True})

    def cancel(self, response_id: str) -> Reply:
        with self._lock:
            found = self.responses.get(response_id)
            if found is None:
                return _no_such(response_id)
            if not found.get("background"):
                return invalid("Only responses created with background=true can be cancelled.")
            if found["status"] in ("queued", "in_progress"):
                self._finished.pop(response_id, None)
                self._on_done.pop(response_id, None)
                found = self.responses[response_id] = {**found, "status": "cancelled"}
            elif found["status"] != "cancelled":
                return invalid(f"Cannot cancel a response with status '{found['status']}'.")
        return Reply.json(found)

    def input_items(self, response_id: str, query: Mapping[str, str]) -> Reply:
        order = query.get("order", "desc")
        if order not in ("asc", "desc"):
            return invalid(f"Invalid value for 'order': {order!r}.", param="order")
        with self._lock:
            items = self.inputs.get(response_id)
        if items is None:
            return _no_such(response_id)
        listed = list(reversed(items)) if order == "desc" else list(items)
        return page_of(listed, query, _INPUT_ITEMS_LIMIT)


# -- the response ------------------------------------------------------------------------------

_WORKING = frozenset({"queued", "in_progress"})


def _working(response: Mapping[str, Any], status: str) -> dict[str, Any]:
    """``response`` as it reads while the server is still working on it: no output and no
    usage yet (left out: the spec has no null for it)."""
    working = {**response, "status": status, "output": [], "completed_at": None}
    working.pop("usage", None)
    return working


def _poll_headers(response: Mapping[str, Any], poll_after_ms: int | None) -> dict[str, str] | None:
    """The ``openai-poll-after-ms`` hint, on an answer that is still working (if one is set)."""
    if poll_after_ms is None or response.get("status") not in _WORKING:
        return None
    return {"openai-poll-after-ms": str(poll_after_ms)}


def _conversation_id(body: Mapping[str, Any]) -> str | Reply | None:
    """The ``conversation`` of a request (an id, or ``{"id": ...}``), or the 400 for a bad one."""
    value = body.get("conversation")
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("id")
    if not isinstance(value, str) or not value:
        return invalid(
            "Invalid 'conversation': expected a conversation id or an object with an 'id'.",
            param="conversation",
        )
    return value


_MAX_SEARCH_RESULTS = (10, 50)  # (default, maximum) of a file_search tool's max_num_results


def _file_search(
    body: Mapping[str, Any], vector_stores: VectorStores | None
) -> list[dict[str, Any]] | Reply | None:
    """What the request's ``file_search`` tools find for the last user text, best first: None
    without such a tool (or with no store to search), the 404 for a store there is not."""
    tools = [
        (index, tool)
        for index, tool in enumerate(body.get("tools") or ())
        if isinstance(tool, Mapping) and tool.get("type") == "file_search"
    ]
    if not tools or vector_stores is None:
        return None
    query = _last_user_text(body.get("input"))
    found: list[dict[str, Any]] = []
    for index, tool in tools:
        store_ids = tool.get("vector_store_ids") or []
        limit = tool.get("max_num_results", _MAX_SEARCH_RESULTS[0])
        if not isinstance(store_ids, list) or not all(isinstance(i, str) for i in store_ids):
            return invalid(
                "Invalid 'vector_store_ids': expected an array of vector store ids.",
                param=f"tools[{index}].vector_store_ids",
            )
        if not isinstance(limit, int) or not 1 <= limit <= _MAX_SEARCH_RESULTS[1]:
            return invalid(
                f"Invalid 'max_num_results': expected an integer between 1 and "
                f"{_MAX_SEARCH_RESULTS[1]}.",
                param=f"tools[{index}].max_num_results",
            )
        ranking = tool.get("ranking_options")
        threshold = ranking.get("score_threshold", 0.0) if isinstance(ranking, Mapping) else 0.0
        filters = tool.get("filters")
        results: list[dict[str, Any]] = []
        for store_id in store_ids:
            try:
                results += vector_stores.search(
                    store_id,
                    query,
                    limit,
                    filters=filters if isinstance(filters, Mapping) else None,
                    score_threshold=float(threshold),
                )
            except LookupError:
                return Reply.error(
                    404,
                    f"Vector store with id '{store_id}' not found.",
                    type="invalid_request_error",
                    param=f"tools[{index}].vector_store_ids",
                )
        # Stable: equal scores keep the order of the stores, then of each store's results.
        found += sorted(results, key=lambda result: -float(result.get("score", 0)))[:limit]
    return found


def _search_result(result: Mapping[str, Any]) -> dict[str, Any]:
    """A vector store search result as a ``file_search_call`` lists it."""
    listed = {
        "file_id": result["file_id"],
        "text": _result_text(result),
        "filename": result["filename"],
        "score": result["score"],
    }
    if isinstance(result.get("attributes"), Mapping):
        listed["attributes"] = result["attributes"]
    return listed


def _result_text(result: Mapping[str, Any]) -> str:
    parts = result.get("content") or ()
    return "\n".join(str(p.get("text", "")) for p in parts if isinstance(p, Mapping))


def _cited(
    body: Mapping[str, Any], text: str, found: Sequence[Mapping[str, Any]]
) -> tuple[str, list[dict[str, Any]]]:
    """The answer with what file search found quoted after it, one passage per file (its best),
    each followed by a ``file_citation`` whose ``index`` is where the passage ends. A JSON
    answer is left as it is: a quote would break it."""
    options = body.get("text")
    fmt = options.get("format") if isinstance(options, Mapping) else None
    if isinstance(fmt, Mapping) and fmt.get("type") in ("json_object", "json_schema"):
        return text, []
    annotations: list[dict[str, Any]] = []
    cited: set[Any] = set()
    for result in found:
        if result["file_id"] in cited:
            continue
        cited.add(result["file_id"])
        text += f"\n\n{_result_text(result)}"
        annotations.append(
            {
                "type": "file_citation",
                "file_id": result["file_id"],
                "index": len(text),
                "filename": result["filename"],
            }
        )
    return text, annotations


def _as_items(input: Any) -> list[Any]:
    """The input as a list of items: a string is one user message."""
    if input is None:
        return []
    if isinstance(input, str):
        return [{"role": "user", "content": input}]
    return list(input)


def _problem(body: Mapping[str, Any]) -> Reply | None:
    """Light validation: enough for a client to meet a realistic 400, not a full schema check."""
    if not isinstance(body.get("model"), str) or not body["model"]:
        return invalid("Missing required parameter: 'model'.", param="model")
    text_input = body.get("input")
    if text_input is not None and not isinstance(text_input, (str, list)):
        return invalid(
            "Invalid type for 'input': expected a string or an array of input items.",
            param="input",
        )
    if isinstance(text_input, list) and not all(isinstance(i, Mapping) for i in text_input):
        return invalid("Invalid 'input': every input item must be an object.", param="input")
    tools = body.get("tools")
    if tools is not None and not isinstance(tools, list):
        return invalid("Invalid type for 'tools': expected an array.", param="tools")
    return None


def _response(
    body: Mapping[str, Any],
    number: int,
    scripted: Answer | None = None,
    unused: tuple[str, Any] | None = None,
    found: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The completed response to ``body`` (incomplete, for a scripted reply cut short);
    ``found`` is what its file search found."""
    output = _output(body, number, scripted, unused, found)
    cut = scripted.incomplete_reason if scripted is not None else None
    input_words = _words(_all_text(body.get("input"))) + _words(body.get("instructions"))
    output_words = sum(_words(_item_text(item)) for item in output)
    response = {
        "id": f"resp_{number:04d}",
        "object": "response",
        "created_at": CREATED + number,
        "status": "incomplete" if cut else "completed",
        "completed_at": None if cut else CREATED + number,
        "background": body.get("background") is True,
        "error": None,
        "incomplete_details": {"reason": cut} if cut else None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "model": body["model"],
        "output": output,
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": body.get("previous_response_id"),
        "reasoning": body.get("reasoning") or {"effort": None, "summary": None},
        "temperature": body.get("temperature", 1.0),
        "text": body.get("text") or {"format": {"type": "text"}},
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": body.get("tools") or [],
        "top_p": body.get("top_p", 1.0),
        "truncation": body.get("truncation", "disabled"),
        "usage": {
            "input_tokens": input_words,
            "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
            "output_tokens": output_words,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": input_words + output_words,
        },
        "metadata": body.get("metadata") or {},
    }
    if body.get("user") is not None:  # a string when present: the spec has no null for it
        response["user"] = body["user"]
    return response


def _output(
    body: Mapping[str, Any],
    number: int,
    scripted: Answer | None = None,
    unused: tuple[str, Any] | None = None,
    found: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Output items: one per built-in tool offered, then a function call or a message; or
    what a scripted answer says (its calls, its text or its refusal)."""
    if scripted is not None:
        return _scripted_output(scripted, number)
    tools = [tool for tool in body.get("tools") or () if isinstance(tool, Mapping)]
    kinds = {tool.get("type") for tool in tools}
    said = _last_user_text(body.get("input"))
    items: list[dict[str, Any]] = []
    if body.get("reasoning") is not None:
        items.append({"type": "reasoning", "id": f"rs_{number:04d}", "summary": []})
    if kinds & {"web_search", "web_search_preview"}:
        action = {"type": "search", "query": said}
        items.append(
            {
                "type": "web_search_call",
                "id": f"ws_{number:04d}",
                "status": "completed",
                "action": action,
            }
        )
    if "file_search" in kinds:
        results = None
        if found is not None and "file_search_call.results" in (body.get("include") or ()):
            results = [_search_result(result) for result in found]
        items.append(
            {
                "type": "file_search_call",
                "id": f"fs_{number:04d}",
                "status": "completed",
                "queries": [said],
                "results": results,
            }
        )
    if "image_generation" in kinds:
        items.append(
            {
                "type": "image_generation_call",
                "id": f"ig_{number:04d}",
                "status": "completed",
                "result": TINY_PNG,
            }
        )
    forced = _forced_function(body, tools) or unused
    if forced is not None:
        name, parameters = forced
        arguments = example_for(parameters) if isinstance(parameters, Mapping) else {}
        items.append(
            {
                "type": "function_call",
                "id": f"fc_{number:04d}",
                "call_id": f"call_{number:04d}",
                "name": name,
                "arguments": json.dumps(arguments if arguments is not None else {}),
                "status": "completed",
            }
        )
    else:
        text, annotations = _cited(body, _answer_text(body), found or [])
        items.append(_message(f"msg_{number:04d}", text, annotations=annotations))
    return items


def _scripted_output(scripted: Answer, number: int) -> list[dict[str, Any]]:
    if scripted.calls:
        return [
            {
                "type": "function_call",
                "id": f"fc_{number}_{i}",
                "call_id": f"call_{number}_{i}",
                "name": name,
                "arguments": arguments,
                "status": "completed",
            }
            for i, (name, arguments) in enumerate(scripted.calls)
        ]
    if scripted.refusal is not None:
        part = {"type": "refusal", "refusal": scripted.refusal}
        return [_message(f"msg_{number:04d}", "", part=part)]
    status = "incomplete" if scripted.incomplete_reason else "completed"
    return [_message(f"msg_{number:04d}", scripted.text or "", status=status)]


def _message(
    item_id: str,
    text: str,
    *,
    part: dict[str, Any] | None = None,
    status: str = "completed",
    annotations: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    if part is None:
        part = {"type": "output_text", "text": text, "annotations": annotations or []}
        part["logprobs"] = []
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": [part],
    }


def _answer_text(body: Mapping[str, Any]) -> str:
    text = response_text_for(body.get("input"))
    options = body.get("text")
    fmt = options.get("format") if isinstance(options, Mapping) else None
    if isinstance(fmt, Mapping):
        if fmt.get("type") == "json_object":
            return json.dumps({"reply": text})
        if fmt.get("type") == "json_schema":
            schema = fmt.get("schema")
            return json.dumps(example_for(schema if isinstance(schema, Mapping) else {}))
    return text


def _forced_function(
    body: Mapping[str, Any], tools: Sequence[Mapping[str, Any]]
) -> tuple[str, Any] | None:
    """The function the request forces a call to, with its parameter schema, if any.

    As for chat: ``tool_choice="required"`` calls the first function tool, and
    ``{"type": "function", "name": ...}`` calls that one; ``"auto"`` gets a text answer.
    """
    functions = [tool for tool in tools if tool.get("type") == "function"]
    choice = body.get("tool_choice")
    if choice == "required" and functions:
        return str(functions[0].get("name", "")), functions[0].get("parameters")
    if isinstance(choice, Mapping) and choice.get("type") == "function":
        name = str(choice.get("name", ""))
        parameters = next((f.get("parameters") for f in functions if f.get("name") == name), None)
        return name, parameters
    return None


def _input_items(input: Any, number: int) -> list[dict[str, Any]]:
    """The input as the API lists it back: items with ids, message text as content parts."""
    if input is None:
        return []
    items = [{"role": "user", "content": input}] if isinstance(input, str) else input
    listed = []
    for index, item in enumerate(items):
        entry = copy.deepcopy(dict(item))
        if "role" in entry:
            entry.setdefault("type", "message")
            if isinstance(entry.get("content"), str):
                kind = "output_text" if entry["role"] == "assistant" else "input_text"
                entry["content"] = [{"type": kind, "text": entry["content"]}]
        prefix = "msg" if entry.get("type") == "message" else "item"
        entry.setdefault("id", f"{prefix}_{number:04d}_{index}")
        listed.append(entry)
    return listed


def _no_such(response_id: str) -> Reply:
    return Reply.error(
        404, f"Response with id '{response_id}' not found.", type="invalid_request_error"
    )


# -- the stream --------------------------------------------------------------------------------


def stream_events(response: Mapping[str, Any]) -> list[str]:
    """The server-sent events that stream ``response``, as OpenAI orders them."""
    events = _Events()
    started = {**response, "status": "in_progress", "output": [], "usage": None}
    started["completed_at"] = None
    events.add("response.created", response=started)
    events.add("response.in_progress", response=started)
    for index, item in enumerate(response["output"]):
        _item_events(events, index, item)
    end = "response.incomplete" if response["status"] == "incomplete" else "response.completed"
    events.add(end, response=response)
    return events.sent


class _Events:
    """Numbers events as they are added and frames each with its ``event:`` line."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def add(self, kind: str, **fields: Any) -> None:
        data = {"type": kind, **fields, "sequence_number": len(self.sent)}
        self.sent.append(f"event: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n")


def _item_events(events: _Events, index: int, item: Mapping[str, Any]) -> None:
    kind, item_id = item["type"], item["id"]
    at = {"output_index": index, "item_id": item_id}
    if kind == "message":
        events.add(
            "response.output_item.added",
            output_index=index,
            item={**item, "status": "in_progress", "content": []},
        )
        part = item["content"][0]
        refused = part["type"] == "refusal"
        key = "refusal" if refused else "text"
        said = part[key]
        started = {**part, key: ""}
        if "annotations" in started:
            started["annotations"] = []
        events.add("response.content_part.added", **at, content_index=0, part=started)
        for piece in re.findall(r"\s*\S+\s*", said):
            if refused:
                events.add("response.refusal.delta", **at, content_index=0, delta=piece)
            else:
                events.add(
                    "response.output_text.delta", **at, content_index=0, delta=piece, logprobs=[]
                )
        if refused:
            events.add("response.refusal.done", **at, content_index=0, refusal=said)
        else:
            for number, annotation in enumerate(part.get("annotations") or ()):
                events.add(
                    "response.output_text.annotation.added",
                    **at,
                    content_index=0,
                    annotation_index=number,
                    annotation=annotation,
                )
            events.add("response.output_text.done", **at, content_index=0, text=said, logprobs=[])
        events.add("response.content_part.done", **at, content_index=0, part=part)
    elif kind == "function_call":
        events.add(
            "response.output_item.added",
            output_index=index,
            item={**item, "arguments": "", "status": "in_progress"},
        )
        arguments = item["arguments"]
        for start in range(0, len(arguments), _ARGUMENT_FRAGMENT):
            piece = arguments[start : start + _ARGUMENT_FRAGMENT]
            events.add("response.function_call_arguments.delta", **at, delta=piece)
        events.add(
            "response.function_call_arguments.done", **at, name=item["name"], arguments=arguments
        )
    else:
        events.add("response.output_item.added", output_index=index, item=_in_progress(item))
        for step in _TOOL_STEPS.get(kind, ()):
            events.add(step, **at)
        if kind == "image_generation_call":
            events.add(
                "response.image_generation_call.partial_image",
                **at,
                partial_image_index=0,
                partial_image_b64=item["result"],
            )
            events.add("response.image_generation_call.completed", **at)
    events.add("response.output_item.done", output_index=index, item=item)


_TOOL_STEPS: dict[str, tuple[str, ...]] = {
    "web_search_call": (
        "response.web_search_call.in_progress",
        "response.web_search_call.searching",
        "response.web_search_call.completed",
    ),
    "file_search_call": (
        "response.file_search_call.in_progress",
        "response.file_search_call.searching",
        "response.file_search_call.completed",
    ),
    "image_generation_call": (
        "response.image_generation_call.in_progress",
        "response.image_generation_call.generating",
    ),
}


def _in_progress(item: Mapping[str, Any]) -> dict[str, Any]:
    started = {**item}
    if "status" in started:
        started["status"] = "in_progress"
    if item["type"] == "image_generation_call":
        started["result"] = None
    if item["type"] == "file_search_call":
        started["results"] = None
    return started


# -- text ----------------------------------------------------------------------------------------


def _last_user_text(input: Any) -> str:
    if isinstance(input, str):
        return input
    users = [
        item for item in input or () if isinstance(item, Mapping) and item.get("role") == "user"
    ]
    return content_text(users[-1].get("content")) if users else ""


def _all_text(input: Any) -> str:
    if isinstance(input, str):
        return input
    return " ".join(_item_text(item) for item in input or () if isinstance(item, Mapping))


def _item_text(item: Mapping[str, Any]) -> str:
    return " ".join(
        text
        for text in (
            content_text(item.get("content")),
            content_text(item.get("output")),
            item.get("arguments"),
        )
        if isinstance(text, str) and text
    )


def _words(text: Any) -> int:
    return len(text.split()) if isinstance(text, str) else 0
