"""The Responses API without I/O: request bodies, the event stream, the response it adds up to.

Both clients and both kinds of session drive these pieces and differ only in how bytes move.
Every event of a streamed response reaches the caller as the generated model for its `type`;
the table that says which model that is gets read off the generated package, so a regenerated
client brings its new event types with it and the code here does not change.
"""

from __future__ import annotations

import copy
import functools
import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Union, get_args, get_origin

from ._arguments import kind_of
from ._bodies import BodySpec, build_body, check_options, request_fields_of, wants_stream
from ._exceptions import APIError, StreamError
from ._generated import reader
from ._operations import parse_response
from ._pieces import add_piece, joined
from ._results import ErrorValue, error_details
from ._sse import SSEDecoder, event_payload

if TYPE_CHECKING:
    from oai_api._model import Model

    from ._response_model import Response

ResponseResult = tuple[int, "Response | ErrorValue"]
ResponseInput = str | Sequence[Union[Mapping[str, Any], "Model"]]
"""Text, or input items: dicts, or the output item models of an earlier response."""

# -- the request ----------------------------------------------------------------------------

RESPONSE_BODY = BodySpec(
    "create_response",
    request_fields_of("create_response", "CreateResponse", without=frozenset({"stream"})),
    positional=("input",),
)
_ROLES = ("user", "assistant", "system", "developer")
# Arguments of a Responses call that are not body fields as they stand.
_NOT_FIELDS = ("stream", "text_format")


def build_response_body(
    input: object,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    *,
    default_model: str,
    callback: object,
) -> dict[str, Any]:
    """The JSON body of `POST /responses`: `input`, the caller's fields, `model` and `stream`.

    Fields are merged and checked as for every endpoint (see `build_body`); a callback means
    streaming, and `stream=True` without one is refused, since nothing would read the events.
    `text_format=T` (a type, as chat's `response_format`) is the `format` of `text`.
    """
    options = check_options(options)
    stream = wants_stream(options, params, callback)
    if params.get("stream", options.get("stream")) and not stream:
        raise ValueError("stream=True needs a callback to receive the events")
    text_format = params.get("text_format", options.get("text_format"))
    body = build_body(
        RESPONSE_BODY,
        {"input": check_input(input)},
        _fields_only(options),
        _fields_only(params),
        default_model=default_model,
    ).json()
    if stream:
        body["stream"] = True
    if text_format is not None:
        text = body.get("text") or {}
        if not isinstance(text, Mapping) or "format" in text:
            raise ValueError("give either text_format=... or text={'format': ...}, not both")
        body["text"] = {**text, "format": text_format}
    return body


def _fields_only(given: Mapping[str, Any]) -> Mapping[str, Any]:
    if given.keys().isdisjoint(_NOT_FIELDS):
        return given
    return {name: value for name, value in given.items() if name not in _NOT_FIELDS}


def check_input(input: object) -> ResponseInput:
    """Text, or a list of input items; each item is checked for what the API requires of it.

    Items are dicts: messages (`role` and `content`), tool results (`function_call_output`
    with `call_id` and `output`), references to earlier items (`item_reference` with `id`),
    or any other item type, which passes as it is so that output items can be sent back.
    Items the API returned (`response.output`, streamed or not) may stand among them as their
    models: each goes as the input item it declares (see `_input_items`), checked as a dict.
    """
    if isinstance(input, str):
        return input
    from ._input_items import is_model, item_as_input  # after the usual case: it costs a lookup

    if isinstance(input, (bytes, Mapping)) or not isinstance(input, Sequence):
        raise TypeError(f"input must be a string or a list of input items, got {kind_of(input)}")
    items = [item_as_input(item) if is_model(item) else item for item in input]
    for i, item in enumerate(items):
        _check_item(item, f"input[{i}]")
    return items


def _check_item(item: object, where: str) -> None:
    if not isinstance(item, Mapping):
        raise TypeError(
            f"{where} must be a dict (a message or another input item) or an item model the"
            f" API returned, got {kind_of(item)}"
        )
    kind = item.get("type")
    if kind is not None and not isinstance(kind, str):
        raise TypeError(f"{where}.type must be a string, got {kind_of(kind)}")
    if kind == "message" or (kind is None and "role" in item):  # `additional_tools` has a role
        if item.get("role") not in _ROLES:
            raise ValueError(
                f"{where}.role must be one of {', '.join(_ROLES)}; got {item.get('role')!r}"
            )
        content = item.get("content")
        if not isinstance(content, (str, list)):
            raise ValueError(f"{where}.content must be a string or a list of content parts")
    elif kind == "function_call_output":
        if not isinstance(item.get("call_id"), str):
            raise ValueError(f"{where}.call_id is required (the call_id of the call it answers)")
        if not isinstance(item.get("output"), (str, list)):
            raise ValueError(f"{where}.output must be a string or a list of content parts")
    elif kind == "item_reference":
        if not isinstance(item.get("id"), str):
            raise ValueError(f"{where}.id is required (the id of the item referred to)")
    elif kind is None:
        raise ValueError(f"{where} needs a 'role' (a message) or a 'type' (another item)")


# -- events ---------------------------------------------------------------------------------

# Modules of the generated package that hold a streamed-response event model.
_EVENT_MODULE = re.compile(r"(beta_)?response_\w+_event")


@functools.cache
def event_models() -> Mapping[str, type[Any]]:
    """Which generated model each streamed event `type` parses into; built on first use.

    The candidates are the generated `response_*_event` modules (see `event_table`).
    """
    import pkgutil  # here, not at the top: it brings importlib.util, which nothing else needs

    import oai_api.models  # the package only: its modules are imported one by one below

    names = [
        module.name
        for module in pkgutil.iter_modules(oai_api.models.__path__)
        if _EVENT_MODULE.fullmatch(module.name)
    ]
    return event_table(names, _load_event_module)


def event_table(names: Iterable[str], load: Callable[[str], ModuleType]) -> dict[str, type[Any]]:
    """Map each event `type` to its model, from the modules `names` (loaded with `load`).

    Each event model declares its `type` as a one-value literal, which is the key. A `Beta*`
    model of the same type (the spec repeats every event for its beta endpoints) never
    replaces the GA one.
    """
    table: dict[str, type[Any]] = {}
    for name in sorted(names, key=_ga_first):
        for kind, model in _event_types(load(name)):
            table.setdefault(kind, model)
    return table


def _event_types(module: ModuleType) -> Iterator[tuple[str, type[Any]]]:
    """`(type, model)` for each model defined in `module` whose `type` is a literal."""
    import attrs  # loaded with the generated models, which are attrs classes

    for model in vars(module).values():
        if not (isinstance(model, type) and model.__module__ == module.__name__):
            continue
        if not attrs.has(model):
            continue
        field = attrs.fields_dict(model).get("type_")
        annotation = getattr(module, str(field.type), None) if field else None
        if get_origin(annotation) is Literal:
            for kind in get_args(annotation):
                yield str(kind), model


@functools.cache
def _event_modules() -> Mapping[str, str] | None:
    """Which module each event `type` is in, read without importing any of them.

    Importing every event module to build `event_models()` took about 120 ms and 240 modules
    on the first streamed response. Each event module's `type` is declared in its `<name>_type`
    module as a literal, so those sources are read instead (a few milliseconds), and a module
    is imported when its first event arrives. None when the sources are not there to read (a
    package installed without them): then `event_models()` is the table.
    """
    import oai_api.models

    files: dict[str, str] = {}  # file name -> its folder
    for folder in oai_api.models.__path__:
        try:
            files.update(dict.fromkeys(os.listdir(folder), folder))
        except OSError:
            return None
    names = sorted(
        (
            name[:-3]
            for name in files
            if name.endswith(".py") and _EVENT_MODULE.fullmatch(name[:-3])
        ),
        key=_ga_first,
    )
    table: dict[str, str] = {}
    for name in names:
        where = files.get(f"{name}_type.py")
        if where is None:
            return None
        with open(os.path.join(where, f"{name}_type.py"), encoding="utf-8") as source:
            declared = _LITERAL.search(source.read())
        if declared is None:
            return None
        for kind in _QUOTED.findall(declared.group(1)):
            table.setdefault(kind, name)
    return table


_LITERAL = re.compile(r"= Literal\[([^\]]*)\]")
_QUOTED = re.compile(r'"([^"]+)"')


def _ga_first(name: str) -> tuple[bool, str]:
    """The order event modules are read in: a `Beta*` duplicate never replaces the GA model."""
    return name.startswith("beta_"), name


@functools.cache
def event_model(kind: str) -> type[Any] | None:
    """The model for events of type `kind` (None for a type the spec does not define),
    importing only the module that defines it, the first time such an event arrives."""
    modules = _event_modules()
    if modules is None:
        return event_models().get(kind)
    name = modules.get(kind)
    return None if name is None else event_table([name], _load_event_module).get(kind)


@functools.cache
def _event_reader(kind: str) -> Callable[[Mapping[str, Any]], Any] | None:
    """`event_model(kind).from_dict`, as one call."""
    model = event_model(kind)
    return None if model is None else reader(model)


def _load_event_module(name: str) -> ModuleType:
    return importlib.import_module(f"oai_api.models.{name}")


def parse_event(payload: Mapping[str, Any], number: int) -> Any:
    """The generated model for the event's `type`; a type the spec does not define, as a dict."""
    kind = payload.get("type")
    read = _event_reader(kind) if isinstance(kind, str) else None
    if read is None:
        return dict(payload)
    try:
        return read(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        model = getattr(event_model(kind), "__name__", "")
        raise StreamError(
            f"stream event {number} ({kind}) does not fit {model}: {exc!r}",
            body=dict(payload),
        ) from exc


class ResponseTextChunk(NamedTuple):
    """New text of a streamed response, as a session's callback receives it.

    `str(chunk)` is the text, so `print(chunk, end="")` shows the reply as it arrives; `raw` is
    the `response.output_text.delta` event model it came from.
    """

    content: str
    output_index: int
    content_index: int
    item_id: str | None
    raw: Any
    partial: Any = None
    """With `text_format=T`: the reply's JSON parsed so far (a dict that keeps growing)."""

    def __str__(self) -> str:
        return self.content


def raw_events(payload: Mapping[str, Any], event: Any) -> tuple[Any]:
    """`create_response` (and streamed image) callbacks receive every event, as its model
    (or dict, for a type the spec does not define)."""
    return (event,)


def text_chunks(payload: Mapping[str, Any], event: Any) -> list[ResponseTextChunk]:
    """Session callbacks receive a `ResponseTextChunk` per piece of new output text."""
    delta = payload.get("delta")
    if payload.get("type") != "response.output_text.delta" or not isinstance(delta, str):
        return []
    if not delta:
        return []  # an empty delta is no new text
    item_id = payload.get("item_id")
    return [
        ResponseTextChunk(
            delta,
            _index(payload.get("output_index")),
            _index(payload.get("content_index")),
            item_id if isinstance(item_id, str) else None,
            event,
        )
    ]


# -- the stream -----------------------------------------------------------------------------

_FINISHED = {"response.completed": "completed", "response.incomplete": "incomplete"}
_SNAPSHOTS = ("response.created", "response.in_progress", "response.queued")
_CARRY_RESPONSE = frozenset((*_SNAPSHOTS, *_FINISHED))  # the events that carry the response


class ResponseStream:
    """Decodes a streamed response and assembles the `Response` it adds up to.

    `feed(bytes)` yields `(payload, event)` pairs in order, the event being the generated model
    for its type (a dict for an unknown type). An `error` event or `response.failed` is yielded
    too, so the callback sees it, and then raised as `StreamError`; so is anything that is not a
    JSON event. The stream is over at `response.completed` (or `response.incomplete`); `finish()`
    raises if it never came.
    """

    def __init__(self, parse: Callable[[Mapping[str, Any]], Response] | None = None) -> None:
        self._parse = parse or parse_response
        self._decoder = SSEDecoder()
        self._output = OutputAccumulator()
        self._snapshot: dict[str, Any] | None = None
        self._final: dict[str, Any] | None = None
        self.events = 0

    @property
    def done(self) -> bool:
        return self._final is not None

    def feed(self, data: bytes) -> Iterator[tuple[dict[str, Any], Any]]:
        for text, name, _, _ in self._decoder.feed(data):
            if self.done:
                return
            if text == "[DONE]":
                continue  # not sent by OpenAI here, but some compatible servers end with it
            payload = event_payload(text, self.events + 1)
            if "type" not in payload:
                if isinstance(payload.get("error"), Mapping):  # the API's error envelope
                    raise _stream_error(payload["error"], payload, self.events)
                if name:
                    payload["type"] = name
            kind = payload.get("type")
            self.events += 1
            event = parse_event(payload, self.events)
            if isinstance(kind, str) and kind in _CARRY_RESPONSE:
                self._take_response(kind, payload)
            else:
                self._output.keep(payload)  # an item event or a delta, read only if need be
            yield payload, event
            if kind == "error":
                raise _stream_error(payload, payload, self.events - 1)
            if kind == "response.failed":
                raise _failed(payload, self.events - 1)

    def finish(self) -> Response:
        """Check the stream reached its end and return the response it carried."""
        self._decoder.end()
        if self._final is None:
            cut = " in the middle of an event" if self._decoder.truncated else ""
            raise StreamError(
                f"the stream ended{cut} before response.completed, after {self.events} event(s)"
            )
        try:
            return self._parse(self._final)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StreamError(
                f"the streamed events do not add up to a response: {exc!r}", body=self._final
            ) from exc

    def _take_response(self, kind: str, payload: Mapping[str, Any]) -> None:
        """A snapshot of the response so far, or the final response (`_FINISHED`)."""
        response = payload.get("response")
        if kind in _SNAPSHOTS:
            if isinstance(response, Mapping):
                self._snapshot = dict(response)
            return
        final = dict(response) if isinstance(response, Mapping) else None
        if final is None:
            if self._snapshot is None:
                raise StreamError(f"{kind} carries no response", body=dict(payload))
            final = {**self._snapshot, "status": _FINISHED[kind]}
        if not final.get("output"):
            final["output"] = self._output.items()
        self._final = final


class OutputAccumulator:
    """The output items of a stream, from the item events and the deltas in between.

    `response.completed` carries the whole response, output included, so this matters only when
    a server sends that event with its output left out: the items are then rebuilt from what
    came before (each `output_item.done`, or the deltas of an item that never got one). So the
    events are only kept (`keep`, as they came) and read when `items()` is asked for: joining
    each delta as it arrived cost a sixth of a streamed event, for output the last event
    nearly always carries itself.
    """

    def __init__(self) -> None:
        self._events: list[Mapping[str, Any]] = []
        self.keep = self._events.append

    def items(self) -> list[dict[str, Any]]:
        """The output items the kept events add up to, in output order."""
        items: dict[int, dict[str, Any]] = {}
        for payload in self._events:
            _add_item_event(items, payload)
        found = []
        for index in sorted(items):
            item = joined(items[index])
            if isinstance(item.get("content"), list):
                item["content"] = [
                    joined(part) if isinstance(part, Mapping) else part for part in item["content"]
                ]
            found.append(item)
        return found


def _add_item_event(items: dict[int, dict[str, Any]], payload: Mapping[str, Any]) -> None:
    """One event's part in the output items: an item added or done, a part, a delta."""
    kind, index = payload.get("type"), payload.get("output_index")
    if not isinstance(index, int):
        return
    if kind in ("response.output_item.added", "response.output_item.done"):
        item = payload.get("item")
        if isinstance(item, Mapping):
            items[index] = copy.deepcopy(dict(item))
        return
    item = items.get(index)
    if item is None:
        return
    if kind == "response.content_part.added" and isinstance(payload.get("part"), Mapping):
        parts = item.setdefault("content", [])
        position = _index(payload.get("content_index"))
        if isinstance(parts, list) and position == len(parts):
            parts.append(copy.deepcopy(dict(payload["part"])))
    elif kind == "response.output_text.delta":
        parts = item.get("content")
        position = _index(payload.get("content_index"))
        if isinstance(parts, list) and position < len(parts):
            add_piece(parts[position], "text", _text(payload))
    elif kind == "response.function_call_arguments.delta":
        add_piece(item, "arguments", _text(payload))


def _text(payload: Mapping[str, Any]) -> str:
    delta = payload.get("delta")
    return delta if isinstance(delta, str) else ""


def _index(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _stream_error(
    error: Mapping[str, Any], payload: Mapping[str, Any], received: int
) -> StreamError:
    message = error.get("message") or "the server reported an error"
    return StreamError(
        f"error event in stream after {received} event(s): {message}",
        body=dict(payload),
        **error_details(error),
    )


def _failed(payload: Mapping[str, Any], received: int) -> StreamError:
    response = payload.get("response")
    error = response.get("error") if isinstance(response, Mapping) else None
    if not isinstance(error, Mapping):
        error = {}
    message = error.get("message") or "no reason given"
    return StreamError(
        f"the response failed after {received} event(s): {message}",
        body=dict(payload),
        **error_details(error),
    )


def failed_response_error(response: Response, status: int) -> APIError | None:
    """The error a session raises for a response whose `status` is `failed`, else None."""
    if response.status != "failed":
        return None
    error = response.error
    data = error.to_dict() if error is not None else {}
    message = data.get("message") or "no reason given"
    return APIError(
        f"the response failed: {message}",
        status=status,
        body=response.to_dict(),
        **error_details(data),
    )


__all__ = [
    "RESPONSE_BODY",
    "ResponseInput",
    "ResponseResult",
    "ResponseStream",
    "ResponseTextChunk",
    "build_response_body",
    "check_input",
    "event_model",
    "event_models",
    "event_table",
    "failed_response_error",
    "parse_event",
    "raw_events",
    "text_chunks",
]
