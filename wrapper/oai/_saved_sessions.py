"""Sessions as saved records and back, with no I/O: what `save` writes and `load` reads.

A saved conversation is the session's settings, the messages it began with (`head`), its
exchanges as the state logged them (`_exchange_log`), and for a chat session the messages added
after the last exchange (`tail`: a tool result appended by hand, say). Put back together in that
order they are exactly the history the session had, so a loaded session's next request carries
the same bytes. A Responses session keeps its history at the server; what it needs back is the
id it chains to (or its Conversation), and its responses, kept as the API sent them.

The records are `SavedConversation` and `SavedExchange`, the same types the store's reading API
returns. Their JSON form (`conversation_to_json`, `conversation_from_json`) is the JSON file's
content and, field by field, the database's columns.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from ._arguments import kind_of
from ._chat_session import ChatSessionState
from ._exceptions import SessionStoreError
from ._exchange_log import Exchange, ExchangeLog
from ._responses_session import ResponsesSessionState

if TYPE_CHECKING:
    from ._response_model import Response

__all__ = [
    "FORMAT",
    "SavedConversation",
    "SavedExchange",
    "check_continues",
    "conversation_from_json",
    "conversation_to_json",
    "decode",
    "encode",
    "exchange_from_json",
    "exchange_to_json",
    "restore_chat",
    "restore_responses",
    "save_chat",
    "save_responses",
    "time_text",
    "timestamp",
]

FORMAT = "oai.saved_session"
"""The `format` of a saved session's JSON file: what tells one from any other JSON."""

KINDS = ("chat", "responses")
_TITLE_LENGTH = 60


class SavedExchange(NamedTuple):
    """One exchange of a saved conversation: a `send` or a `run`, with everything it added."""

    id: str
    prompt: str
    """The user's text (a Responses exchange's text input)."""
    reply: str
    """The assistant's final text ("" for a reply that only calls tools)."""
    model: str | None
    """The model asked for (the first request's `model`)."""
    usage: dict[str, Any] | None
    """Token usage, summed over the requests of a `run`; None when the server sent none."""
    started_at: datetime
    duration: float
    """Seconds from the first request to the final answer."""
    messages: list[dict[str, Any]]
    """The raw messages it added: chat messages (user, assistant, tool calls and results), or
    a Responses exchange's input items and output items, in the order they were sent and
    received."""
    params: dict[str, Any]
    """The first request's other fields (temperature, tools, stream, ...)."""
    responses: list[dict[str, Any]]
    """A Responses exchange's responses as the API sent them (`[]` for chat)."""


class SavedConversation(NamedTuple):
    """A saved session: its settings and its exchanges, oldest first."""

    id: str
    kind: str
    """"chat" or "responses"."""
    model: str | None
    created_at: datetime
    updated_at: datetime
    title: str
    """The first user message, shortened to one line."""
    exchanges: list[SavedExchange]
    system: str | None
    """The system (or developer) message's text; a Responses session's `instructions`."""
    defaults: dict[str, Any]
    """The session's defaults, as request fields, in their order (which the request keeps);
    one named in `unsaved` holds a description ("<not saved: class Answer>")."""
    unsaved: list[str]
    """Names of defaults that hold Python objects (a class for `response_format`, functions
    in `tools`), which are not saved: `load` asks for them."""
    head: list[dict[str, Any]]
    """Messages the chat session began with (a system prompt, examples)."""
    tail: list[dict[str, Any]]
    """Messages added to a chat session after its last exchange."""
    server_state: dict[str, Any]
    """A Responses session's `current_response_id`, `conversation_id` and whether it still
    wants a Conversation made (`wants_conversation`)."""


# -- sessions to records ---------------------------------------------------------------------


def save_chat(state: ChatSessionState) -> SavedConversation:
    """The conversation a chat session is, every exchange included; the first save makes its
    id, and each exchange's saved form is made once and kept."""
    exchanges = state.log.exchanges
    logged = [message for exchange in exchanges for message in exchange.messages]
    position = state.head + len(logged)
    kept = state.messages[state.head : position]
    if len(kept) != len(logged) or not all(map(operator.is_, kept, logged)):
        raise SessionStoreError(
            "the session's messages were changed, not only added to, since an exchange was"
            " logged: a saved conversation only grows, so save this history as a new session"
            " (new_chat_session(messages=session.messages))"
        )
    head = state.messages[: state.head]
    saved = [_saved_exchange(exchange, _chat_texts) for exchange in exchanges]
    system = next(
        (_text(m.get("content")) for m in head if m.get("role") in ("system", "developer")),
        None,
    )
    first_user = next((m for m in head if m.get("role") == "user"), None)
    title = _text(first_user.get("content")) if first_user else (saved[0].prompt if saved else "")
    return _conversation(
        state.log,
        "chat",
        state.defaults,
        saved,
        system,
        title,
        head=head,
        tail=state.messages[position:],
        server_state={},
    )


def save_responses(state: ResponsesSessionState) -> SavedConversation:
    """The conversation a Responses session is: its settings, the ids it chains by, and each
    exchange's inputs and responses."""
    saved = [_saved_exchange(exchange, _responses_texts) for exchange in state.log.exchanges]
    server_state = {
        "current_response_id": state.current_response_id,
        "conversation_id": state.conversation_id,
        "wants_conversation": state.wants_conversation and state.conversation_id is None,
    }
    instructions = state.defaults.get("instructions")
    system = instructions if isinstance(instructions, str) else None
    title = saved[0].prompt if saved else ""
    return _conversation(
        state.log,
        "responses",
        state.defaults,
        saved,
        system,
        title,
        head=[],
        tail=[],
        server_state=server_state,
    )


def _conversation(
    log: ExchangeLog,
    kind: str,
    defaults: Mapping[str, Any],
    exchanges: list[SavedExchange],
    system: str | None,
    title: str,
    *,
    head: list[dict[str, Any]],
    tail: list[dict[str, Any]],
    server_state: dict[str, Any],
) -> SavedConversation:
    if log.saved_id is None:
        import uuid

        log.saved_id = uuid.uuid4().hex
    kept, unsaved = _split_defaults(defaults)
    model = None if "model" in unsaved else kept.get("model")
    if exchanges and exchanges[-1].model is not None:
        model = exchanges[-1].model
    return SavedConversation(
        id=log.saved_id,
        kind=kind,
        model=model if isinstance(model, str) else None,
        created_at=_datetime(log.created_at),
        updated_at=datetime.now(UTC),
        title=_shorten(title),
        exchanges=exchanges,
        system=system,
        defaults=kept,
        unsaved=unsaved,
        head=list(head),
        tail=list(tail),
        server_state=server_state,
    )


def _saved_exchange(exchange: Exchange, texts: Any) -> SavedExchange:
    if exchange.saved is None:
        import uuid

        messages, responses = _exchange_messages(exchange)
        prompt, reply = texts(exchange, messages)
        exchange.saved = SavedExchange(
            id=uuid.uuid4().hex,
            prompt=prompt,
            reply=reply,
            model=exchange.model,
            usage=exchange.usage,
            started_at=_datetime(exchange.started_at),
            duration=exchange.duration,
            messages=messages,
            params=_json_ready(exchange.params, "the exchange's parameters"),
            responses=responses,
        )
    return exchange.saved


def _exchange_messages(exchange: Exchange) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A chat exchange's messages; a Responses exchange's input items and output items in the
    order they went and came, and its responses as dicts."""
    if not exchange.steps:  # a copy: the history's own dicts may still be changed
        return _json_ready(exchange.messages, "the exchange's messages"), []
    messages: list[dict[str, Any]] = []
    responses = []
    for sent, response in exchange.steps:
        data = response.to_dict()
        responses.append(data)
        if isinstance(sent, str):
            messages.append({"role": "user", "content": sent})
        else:
            messages.extend(_json_ready(sent, "the exchange's input"))
        messages.extend(data.get("output") or [])
    return messages, responses


def _chat_texts(exchange: Exchange, messages: list[dict[str, Any]]) -> tuple[str, str]:
    prompt = "\n".join(_text(m.get("content")) for m in messages if m.get("role") == "user")
    last = messages[-1] if messages else {}
    reply = _text(last.get("content")) or str(last.get("refusal") or "")
    return prompt, reply


def _responses_texts(exchange: Exchange, messages: list[dict[str, Any]]) -> tuple[str, str]:
    sent, _ = exchange.steps[0]
    if isinstance(sent, str):
        prompt = sent
    else:
        items: Sequence[Any] = sent if isinstance(sent, Sequence) else ()
        prompt = "\n".join(
            _text(item.get("content"))
            for item in items
            if isinstance(item, Mapping) and item.get("role") == "user"
        )
    last: Response = exchange.steps[-1][1]
    return prompt, last.output_text


def _text(content: object) -> str:
    """The words of a message's content: a string, or its text parts joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence):
        parts = (part.get("text") for part in content if isinstance(part, Mapping))
        return " ".join(part for part in parts if isinstance(part, str))
    return ""


def _shorten(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _TITLE_LENGTH else line[: _TITLE_LENGTH - 1].rstrip() + "…"


def _split_defaults(defaults: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The defaults as JSON holds them, and the names of those it cannot (Python objects),
    which keep their place with a description."""
    kept = {}
    unsaved = []
    for name, value in defaults.items():
        try:
            kept[name] = json.loads(json.dumps(value, allow_nan=False))
        except (TypeError, ValueError):
            unsaved.append(name)
            what = f"class {value.__qualname__}" if isinstance(value, type) else kind_of(value)
            kept[name] = f"<not saved: {what}>"
    return kept, unsaved


def _json_ready(value: Any, what: str) -> Any:
    """`value` as JSON gives it back: what is saved is what a load returns."""
    try:
        loaded = json.loads(encode(value))
    except (TypeError, ValueError) as exc:
        raise SessionStoreError(f"{what} cannot be saved as JSON: {exc}") from None
    return loaded


# -- records to sessions ---------------------------------------------------------------------


def restore_chat(saved: SavedConversation, defaults: Mapping[str, Any]) -> ChatSessionState:
    """A chat session's state as it was saved; `defaults` give the unsaved ones, or change
    others."""
    _check_kind(saved, "chat", "ChatSession")
    settings = _settings(saved, defaults)
    history = [*saved.head, *(m for ex in saved.exchanges for m in ex.messages), *saved.tail]
    try:
        state = ChatSessionState(history, settings)
    except (TypeError, ValueError) as exc:
        raise SessionStoreError(f"saved conversation {saved.id} cannot be loaded: {exc}") from None
    position = state.head = len(saved.head)
    for exchange in saved.exchanges:
        end = position + len(exchange.messages)
        state.log.exchanges.append(_logged(exchange, state.messages[position:end]))
        position = end
    state.logged = position
    _restore_log(state.log, saved)
    return state


def restore_responses(
    saved: SavedConversation, defaults: Mapping[str, Any]
) -> ResponsesSessionState:
    """A Responses session's state as it was saved: the same chain (or Conversation), with
    its responses back as `Response`s."""
    from ._response_model import Response

    _check_kind(saved, "responses", "ResponsesChatSession")
    settings = _settings(saved, defaults)
    server = saved.server_state
    conversation = server.get("conversation_id") or bool(server.get("wants_conversation"))
    try:
        state = ResponsesSessionState(None, None, None, None, settings, conversation or None)
        state.current_response_id = _optional_str(server.get("current_response_id"))
        for exchange in saved.exchanges:
            responses = [Response.from_dict(data) for data in exchange.responses]
            state.response_history.extend(responses)
            logged = _logged(exchange, [])
            logged.steps = tuple((None, response) for response in responses)  # for forget_trimmed
            state.log.exchanges.append(logged)
        state.logged = len(state.response_history)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SessionStoreError(f"saved conversation {saved.id} cannot be loaded: {exc}") from None
    _restore_log(state.log, saved)
    return state


def _check_kind(saved: SavedConversation, kind: str, cls: str) -> None:
    if saved.kind != kind:
        other = "ResponsesChatSession" if saved.kind == "responses" else "ChatSession"
        raise SessionStoreError(
            f"saved conversation {saved.id} is a {saved.kind} session, not a {kind} one:"
            f" load it with {other}.load, not {cls}.load"
        )


def _settings(saved: SavedConversation, given: Mapping[str, Any]) -> dict[str, Any]:
    missing = [name for name in saved.unsaved if name not in given]
    if missing:
        names = ", ".join(missing)
        raise SessionStoreError(
            f"saved conversation {saved.id} had session settings that hold Python objects"
            f" and were not saved ({names}): pass them to load(), e.g. load(client, target,"
            f" {missing[0]}=...)"
        )
    return {**saved.defaults, **given}  # in the saved order: the body's fields keep it


def _logged(saved: SavedExchange, messages: list[dict[str, Any]]) -> Exchange:
    return Exchange(
        messages,
        saved.model,
        saved.params,
        saved.usage,
        saved.started_at.timestamp(),
        saved.duration,
        saved=saved,
    )


def _restore_log(log: ExchangeLog, saved: SavedConversation) -> None:
    log.saved_id = saved.id
    log.created_at = saved.created_at.timestamp()


def _optional_str(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"expected a string id, got {value!r:.40}")


# -- continuity ------------------------------------------------------------------------------


def check_continues(
    saved: SavedConversation, stored_kind: str, stored: int, last_id: str | None, where: str
) -> list[SavedExchange]:
    """The exchanges a target lacks that holds `stored` of this conversation's, the last
    with id `last_id`.

    What the target holds must be where this session began (or came from): the same kind,
    and its first exchanges, which, since exchanges are only ever added after such a check
    and their ids are random, is so when the last stored one is this session's. Anything else
    means another session wrote there (a second process that loaded the same conversation,
    say); writing on would mix the two, so it is refused and nothing is lost.
    """
    if stored_kind != saved.kind:
        raise SessionStoreError(
            f"{where} holds conversation {saved.id} as a {stored_kind} session; this is a"
            f" {saved.kind} session"
        )
    ours = saved.exchanges[stored - 1].id if 0 < stored <= len(saved.exchanges) else None
    if stored > len(saved.exchanges) or ours != last_id:
        raise SessionStoreError(
            f"conversation {saved.id} in {where} has exchanges this session does not have"
            f" ({stored} stored, {len(saved.exchanges)} here): another session saved"
            " to it since this one was loaded or saved, or this session's history was trimmed;"
            " load it again, or save this session elsewhere"
        )
    return saved.exchanges[stored:]


# -- JSON ------------------------------------------------------------------------------------


def encode(value: object) -> str:
    """JSON as saved: compact, and not escaping what is not ASCII (search reads the text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def decode(text: str | None, what: str) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise SessionStoreError(f"{what} is not valid JSON: {exc}") from None


def time_text(moment: datetime) -> str:
    """A moment as saved: UTC ISO 8601 to the microsecond, so that text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def timestamp(text: object, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SessionStoreError(f"{what} is not an ISO 8601 time: {text!r:.40}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _datetime(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def exchange_to_json(exchange: SavedExchange) -> dict[str, Any]:
    return {
        **exchange._asdict(),
        "started_at": time_text(exchange.started_at),
    }


def conversation_to_json(saved: SavedConversation) -> dict[str, Any]:
    """A saved conversation as its JSON file holds it."""
    return {
        "format": FORMAT,
        "version": 1,
        **saved._asdict(),
        "created_at": time_text(saved.created_at),
        "updated_at": time_text(saved.updated_at),
        "exchanges": [exchange_to_json(exchange) for exchange in saved.exchanges],
    }


def conversation_from_json(data: object, where: str) -> SavedConversation:
    """A saved conversation from its JSON form, or `SessionStoreError` saying what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionStoreError(f"{where} is not a saved oai session (no format {FORMAT!r})")
    if data.get("version") != 1:
        raise SessionStoreError(
            f"{where} is a saved session of format version {data.get('version')!r}, which"
            " this oai does not read (it reads version 1): upgrade oai"
        )
    fields = _fields(data, SavedConversation, where)
    _check(fields["kind"] in KINDS, where, "kind", "'chat' or 'responses'")
    fields["created_at"] = timestamp(fields["created_at"], f"{where}: created_at")
    fields["updated_at"] = timestamp(fields["updated_at"], f"{where}: updated_at")
    exchanges = fields["exchanges"]
    _check(isinstance(exchanges, list), where, "exchanges", "a list")
    fields["exchanges"] = [
        exchange_from_json(item, f"{where}: exchanges[{i}]") for i, item in enumerate(exchanges)
    ]
    for name in ("head", "tail", "unsaved"):
        _check(isinstance(fields[name], list), where, name, "a list")
    for name in ("defaults", "server_state"):
        _check(isinstance(fields[name], dict), where, name, "an object")
    return SavedConversation(**fields)


def exchange_from_json(data: object, where: str) -> SavedExchange:
    fields = _fields(data, SavedExchange, where)
    fields["started_at"] = timestamp(fields["started_at"], f"{where}: started_at")
    _check(isinstance(fields["messages"], list), where, "messages", "a list")
    _check(isinstance(fields["duration"], int | float), where, "duration", "a number")
    return SavedExchange(**fields)


def _fields(data: object, record: type[Any], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise SessionStoreError(f"{where} is not a JSON object")
    missing = [name for name in record._fields if name not in data]
    if missing:
        raise SessionStoreError(f"{where} lacks {', '.join(missing)}")
    return {name: data[name] for name in record._fields}


def _check(ok: bool, where: str, name: str, expected: str) -> None:
    if not ok:
        raise SessionStoreError(f"{where}: {name} must be {expected}")
