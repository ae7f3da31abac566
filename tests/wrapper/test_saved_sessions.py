"""Sessions saved and loaded back: the same next request, what is stored, and bad input.

Each test runs with the sync and the async client (`anyclient`); targets are a JSON file and an
SQLite database, under pytest's tmp_path.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import oai
import pytest
from oai import _session_store
from oai.testing import FakeOpenAI, Reply, text, tool_calls
from wrapper_support import WEATHER_TOOL, completion, resolve

SYSTEM = {"role": "system", "content": "You are terse."}
TARGETS = ["chat.db", "chat.json"]


def chat_class(client: Any) -> Any:
    return oai.AsyncChatSession if isinstance(client, oai.AsyncOpenAI) else oai.ChatSession


def responses_class(client: Any) -> Any:
    if isinstance(client, oai.AsyncOpenAI):
        return oai.AsyncResponsesChatSession
    return oai.ResponsesChatSession


def stored(target: Path, id: str | None = None) -> oai.SavedConversation:
    """What a target holds, read the way the CLI reads it (or from the JSON file)."""
    if target.suffix == ".json":
        data = json.loads(target.read_text())
        assert data["format"] == "oai.saved_session"
        assert id is None or data["id"] == id
        return _session_store.read_session(target, None, data["kind"])
    with oai.SessionStore(target) as store:
        return store.conversation(id) if id else store.conversations()[0]


async def next_body(session: Any, server: FakeOpenAI, text: str = "And next?") -> bytes:
    """The body of the request a session sends next, as the server received it."""
    await resolve(session.send(text))
    return server.last_request.body


def weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


# -- a loaded session sends what the saved one would have ------------------------------------


@pytest.mark.parametrize("name", TARGETS)
async def test_a_loaded_chat_session_sends_a_byte_identical_history(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    session = anyclient.new_chat_session(
        messages=[SYSTEM], temperature=0.3, tools=[WEATHER_TOOL], extra_body={"top_k": 7}
    )
    await resolve(session.send("Hello, ünïcode ✓"))
    await resolve(session.send("Streamed", lambda chunk: None))
    call = await resolve(session.send("Weather in Paris?", tool_choice="required"))
    session.append_message(
        {"role": "tool", "tool_call_id": call["tool_calls"][0]["id"], "content": '{"t": 21.5}'}
    )
    await resolve(session.generate_response(tool_choice="none"))
    session.append_message({"role": "user", "content": "a note added after the last exchange"})

    cid = await resolve(session.save(target))
    loaded = await resolve(chat_class(anyclient).load(anyclient, target))

    assert loaded.messages == session.messages
    assert loaded.defaults == session.defaults
    original = await next_body(session, server)
    again = await next_body(loaded, server)
    assert again == original
    sent = json.loads(again)
    assert sent["messages"][-2] == {
        "role": "user",
        "content": "a note added after the last exchange",
    }
    assert json.dumps(json.loads(again)["messages"]) == json.dumps(json.loads(original)["messages"])
    assert await resolve(loaded.save(target)) == cid  # the same conversation, carried on


@pytest.mark.parametrize("name", ["responses.db", "responses.json"])
async def test_a_loaded_responses_session_chains_to_the_same_response(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    session = anyclient.new_responses_chat_session(
        model="gpt-4.1-mini", instructions="Answer briefly", temperature=0.5
    )
    await resolve(session.send("My name is Ada."))
    await resolve(session.send([{"role": "user", "content": "Streamed"}], lambda chunk: None))
    server.script(tool_calls(("weather", {"city": "Oslo"})), text("Sunny."))
    assert await resolve(session.run("What is the weather in Oslo?", [weather])) == "Sunny."

    await resolve(session.save(target))
    loaded = await resolve(responses_class(anyclient).load(anyclient, target))

    assert loaded.current_response_id == session.current_response_id
    assert [r.id for r in loaded.response_history] == [r.id for r in session.response_history]
    assert loaded.last_response.output_text == session.last_response.output_text
    assert loaded.defaults == session.defaults
    original = await next_body(session, server)
    again = await next_body(loaded, server)
    assert again == original
    assert json.loads(again)["previous_response_id"] == session.response_history[-2].id


async def test_a_loaded_conversation_session_sends_to_the_same_conversation(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "conversation.db"
    session = anyclient.new_responses_chat_session(conversation=True)
    await resolve(session.send("My name is Ada."))
    await resolve(session.save(target))

    loaded = await resolve(responses_class(anyclient).load(anyclient, target))

    assert loaded.conversation_id == session.conversation_id is not None
    original = await next_body(session, server)
    again = await next_body(loaded, server)
    assert again == original
    assert json.loads(again)["conversation"] == session.conversation_id


async def test_a_session_that_wanted_a_conversation_still_makes_one_when_loaded(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "later.json"
    session = anyclient.new_responses_chat_session(conversation=True)
    await resolve(session.save(target))  # saved before its first send: no Conversation yet

    loaded = await resolve(responses_class(anyclient).load(anyclient, target))
    await resolve(loaded.send("Hi"))

    assert loaded.conversation_id is not None
    assert server.requests[-2].route_path == "/conversations"
    assert json.loads(server.last_request.body)["conversation"] == loaded.conversation_id


# -- what is stored ----------------------------------------------------------------------------


async def test_each_exchange_is_stored_with_its_messages_model_params_usage_and_timing(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "log.db"
    before = datetime.now(UTC)
    session = anyclient.new_chat_session(messages=[SYSTEM], model="gpt-4.1-nano", temperature=0)
    usage = {"prompt_tokens": 11, "completion_tokens": 4, "total_tokens": 15}
    server.enqueue(Reply.json({**completion("Bonjour"), "usage": usage}))
    clock = time.perf_counter()
    await resolve(session.send("Say hello in French", top_p=0.5))
    elapsed = time.perf_counter() - clock
    await resolve(session.send("Again", lambda chunk: None))

    cid = await resolve(session.save(target))
    saved = stored(target, cid)

    assert (saved.id, saved.kind, saved.model, saved.system) == (
        cid,
        "chat",
        "gpt-4.1-nano",
        "You are terse.",
    )
    assert saved.title == "Say hello in French"
    assert saved.defaults == {"model": "gpt-4.1-nano", "temperature": 0}
    assert saved.head == [SYSTEM]
    assert saved.tail == []
    first, second = saved.exchanges
    assert first.prompt == "Say hello in French"
    assert first.reply == "Bonjour"
    assert first.messages == [
        {"role": "user", "content": "Say hello in French"},
        {"role": "assistant", "content": "Bonjour"},
    ]
    assert first.messages == session.messages[1:3]
    assert first.model == "gpt-4.1-nano"
    assert first.params == {"temperature": 0, "top_p": 0.5}
    assert first.usage == usage
    assert before <= first.started_at <= datetime.now(UTC)
    assert first.started_at.tzinfo is not None
    assert 0 < first.duration <= elapsed
    assert second.params["stream"] is True
    assert second.usage is not None and second.usage["total_tokens"] > 0
    assert second.started_at >= first.started_at
    assert before <= saved.created_at <= saved.updated_at <= datetime.now(UTC)


async def test_a_tool_run_is_one_exchange_with_every_call_and_result_and_the_usage_summed(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "run.json"
    session = anyclient.new_chat_session()
    server.script(tool_calls(("weather", {"city": "Oslo"})), text("Sunny, they say."))

    answer = await resolve(session.run("Weather in Oslo?", [weather]))

    assert answer == "Sunny, they say."
    await resolve(session.save(target))
    (exchange,) = stored(target).exchanges
    roles = [m["role"] for m in exchange.messages]
    assert roles == ["user", "assistant", "tool", "assistant"]
    assert exchange.messages[1]["tool_calls"][0]["function"]["name"] == "weather"
    assert exchange.messages[2]["content"] == "sunny in Oslo"
    assert exchange.prompt == "Weather in Oslo?"
    assert exchange.reply == "Sunny, they say."
    last = session.last_response.usage.to_dict()
    # Two requests: the sum is more than the last request's own count, by the first's.
    assert exchange.usage["total_tokens"] > last["total_tokens"]
    assert exchange.usage["total_tokens"] == (
        exchange.usage["prompt_tokens"] + exchange.usage["completion_tokens"]
    )
    assert exchange.params["tools"][0]["function"]["name"] == "weather"


async def test_saving_again_appends_only_the_new_exchanges(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "grow.db"
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    cid = await resolve(session.save(target))
    first = stored(target).exchanges

    assert await resolve(session.save(target)) == cid  # nothing new: nothing added
    assert stored(target).exchanges == first
    await resolve(session.send("two"))
    await resolve(session.send("three"))
    assert await resolve(session.save(target)) == cid

    exchanges = stored(target).exchanges
    assert [e.prompt for e in exchanges] == ["one", "two", "three"]
    assert exchanges[0] == first[0]  # the row written first, untouched
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone() == (1,)
        positions = db.execute("SELECT position FROM exchanges ORDER BY seq").fetchall()
    assert positions == [(0,), (1,), (2,)]


async def test_a_failed_turn_records_nothing(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "failed.db"
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    server.enqueue(Reply.error(500, "boom"))
    with pytest.raises(oai.InternalServerError):
        await resolve(session.send("lost"))
    server.enqueue(Reply.sse([{"choices": []}], drop_after=0))
    with pytest.raises(oai.APIError):
        await resolve(session.send("lost too", lambda chunk: None))
    await resolve(session.send("two"))

    await resolve(session.save(target))

    assert [e.prompt for e in stored(target).exchanges] == ["one", "two"]


async def test_a_session_saved_to_two_targets_is_the_same_conversation_in_both(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    in_db = await resolve(session.save(tmp_path / "a.db"))
    in_json = await resolve(session.save(tmp_path / "a.json"))

    assert in_db == in_json
    assert stored(tmp_path / "a.db").exchanges == stored(tmp_path / "a.json").exchanges


async def test_settings_that_hold_python_objects_are_asked_for_on_load(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    @dataclasses.dataclass
    class Answer:
        word: str

    target = tmp_path / "typed.db"
    session = anyclient.new_chat_session(response_format=Answer, temperature=0.1)
    server.script(text('{"word": "hi"}'))
    assert await resolve(session.send("A word")) == Answer("hi")
    await resolve(session.save(target))
    assert stored(target).unsaved == ["response_format"]
    assert stored(target).defaults == {
        "response_format": f"<not saved: class {Answer.__qualname__}>",
        "temperature": 0.1,
    }

    with pytest.raises(oai.SessionStoreError, match=r"response_format.*pass them to load\(\)"):
        await resolve(chat_class(anyclient).load(anyclient, target))
    loaded = await resolve(chat_class(anyclient).load(anyclient, target, response_format=Answer))

    server.script(text('{"word": "a"}'), text('{"word": "b"}'))
    original = await next_body(session, server)
    again = await next_body(loaded, server)
    assert again == original
    assert json.loads(again)["response_format"]["type"] == "json_schema"


async def test_load_without_an_id_takes_the_latest_of_its_kind_and_with_one_that_one(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "many.db"
    first = anyclient.new_chat_session()
    await resolve(first.send("first"))
    first_id = await resolve(first.save(target))
    second = anyclient.new_chat_session()
    await resolve(second.send("second"))
    await resolve(second.save(target))
    other = anyclient.new_responses_chat_session()
    await resolve(other.send("a Responses one, saved last"))
    await resolve(other.save(target))

    latest = await resolve(chat_class(anyclient).load(anyclient, target))
    chosen = await resolve(chat_class(anyclient).load(anyclient, target, first_id))

    assert latest.messages == second.messages
    assert chosen.messages == first.messages
    responses = await resolve(responses_class(anyclient).load(anyclient, target))
    assert responses.current_response_id == other.current_response_id


async def test_a_session_store_is_a_target_too(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    with oai.SessionStore(tmp_path / "store.sqlite") as store:
        cid = await resolve(session.save(store))
        loaded = await resolve(chat_class(anyclient).load(anyclient, store, cid))
        assert store.latest("chat").id == cid
    assert loaded.messages == session.messages


async def test_the_async_session_saves_and_loads_off_the_event_loop(
    make_client: Any, server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not make_client.is_async:
        pytest.skip("the sync session has no event loop to keep free")
    threads: list[int] = []
    for name in ("save_session", "read_session"):
        real = getattr(_session_store, name)

        def spy(*args: Any, _real: Any = real) -> Any:
            threads.append(threading.get_ident())
            return _real(*args)

        monkeypatch.setattr(_session_store, name, spy)
    client = make_client()
    session = client.new_chat_session()
    await session.send("one")
    loop_thread = threading.get_ident()
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.ensure_future(tick())
    await session.save(tmp_path / "async.db")
    loaded = await oai.AsyncChatSession.load(client, tmp_path / "async.db")
    ticker.cancel()

    assert loaded.messages == session.messages
    assert len(threads) == 2 and loop_thread not in threads
    assert ticks > 0


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TARGETS)
async def test_a_folder_that_does_not_exist_is_named(
    anyclient: Any, tmp_path: Path, name: str
) -> None:
    session = anyclient.new_chat_session()
    target = tmp_path / "no" / "such" / name
    with pytest.raises(oai.SessionStoreError, match=r"folder .*no/such does not exist"):
        await resolve(session.save(target))
    with pytest.raises(oai.SessionStoreError, match=r"does not exist"):
        await resolve(chat_class(anyclient).load(anyclient, target))
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json at all", "not a saved oai session: not JSON"),
        ('{"messages": []}', "not a saved oai session"),
        ("[1, 2]", "not a saved oai session"),
        ('{"format": "oai.saved_session", "version": 9}', "format version 9"),
        ('{"format": "oai.saved_session", "version": 1, "id": "x"}', "lacks kind"),
    ],
)
async def test_a_json_file_that_is_not_a_saved_session_is_refused(
    anyclient: Any, tmp_path: Path, content: str, problem: str
) -> None:
    target = tmp_path / "other.json"
    target.write_text(content)
    with pytest.raises(oai.SessionStoreError, match=problem):
        await resolve(chat_class(anyclient).load(anyclient, target))
    session = anyclient.new_chat_session()
    with pytest.raises(oai.SessionStoreError, match=problem):
        await resolve(session.save(target))  # never written over
    assert target.read_text() == content


async def test_a_json_file_holding_another_session_is_not_written_over(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "one.json"
    first = anyclient.new_chat_session()
    await resolve(first.send("first"))
    first_id = await resolve(first.save(target))
    before = target.read_bytes()
    second = anyclient.new_chat_session()

    with pytest.raises(oai.SessionStoreError, match=f"holds another saved session \\({first_id}"):
        await resolve(second.save(target))
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["one.json"]  # no temporary file left


@pytest.mark.parametrize("name", TARGETS)
async def test_an_id_that_is_not_there_is_named(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    await resolve(session.save(target))
    with pytest.raises(oai.SessionNotFoundError, match="'nope'") as raised:
        await resolve(chat_class(anyclient).load(anyclient, target, "nope"))
    assert isinstance(raised.value, KeyError)
    assert isinstance(raised.value, oai.SessionStoreError)


async def test_an_empty_database_has_no_latest_conversation(anyclient: Any, tmp_path: Path) -> None:
    oai.SessionStore(tmp_path / "empty.db").close()
    with pytest.raises(oai.SessionNotFoundError, match="no chat conversation is saved in"):
        await resolve(chat_class(anyclient).load(anyclient, tmp_path / "empty.db"))


@pytest.mark.parametrize("name", TARGETS)
async def test_a_chat_conversation_is_not_loaded_as_a_responses_session(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    cid = await resolve(session.save(target))
    with pytest.raises(oai.SessionStoreError, match=f"{cid} is a chat session.*ChatSession.load"):
        await resolve(responses_class(anyclient).load(anyclient, target, cid))
    responses = anyclient.new_responses_chat_session()
    await resolve(responses.send("hi"))
    rid = await resolve(responses.save(tmp_path / "r.json"))
    with pytest.raises(oai.SessionStoreError, match=f"{rid} is a responses session"):
        await resolve(chat_class(anyclient).load(anyclient, tmp_path / "r.json"))


async def test_loading_a_missing_database_makes_no_file(anyclient: Any, tmp_path: Path) -> None:
    with pytest.raises(oai.SessionStoreError, match=r"no saved sessions at .*missing\.db"):
        await resolve(chat_class(anyclient).load(anyclient, tmp_path / "missing.db"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"just some text, long enough to be read as a header" * 4, "not an oai session database"),
        (None, "not an oai session database: it has tables of its own"),
    ],
)
async def test_a_file_that_is_not_a_session_database_is_refused_untouched(
    anyclient: Any, tmp_path: Path, content: bytes | None, problem: str
) -> None:
    target = tmp_path / "other.db"
    if content is None:
        with sqlite3.connect(target) as db:
            db.execute("CREATE TABLE notes (text TEXT)")
        db.close()
    else:
        target.write_bytes(content)
    before = target.read_bytes()
    session = anyclient.new_chat_session()
    with pytest.raises(oai.SessionStoreError, match=problem):
        await resolve(session.save(target))
    assert target.read_bytes() == before


async def test_a_second_writer_to_the_same_conversation_is_refused_and_nothing_is_lost(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    target = tmp_path / "shared.db"
    first = anyclient.new_chat_session()
    await resolve(first.send("one"))
    cid = await resolve(first.save(target))
    second = await resolve(chat_class(anyclient).load(anyclient, target))
    await resolve(second.send("two, from the second"))
    await resolve(second.save(target))
    await resolve(first.send("two, from the first"))

    with pytest.raises(oai.SessionStoreError, match="another session saved to it"):
        await resolve(first.save(target))
    prompts = [e.prompt for e in stored(target, cid).exchanges]
    assert prompts == ["one", "two, from the second"]
    assert await resolve(first.save(tmp_path / "elsewhere.json")) == cid  # saved elsewhere


async def test_a_history_changed_before_its_saved_exchanges_is_refused(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    session = anyclient.new_chat_session()
    await resolve(session.send("one"))
    await resolve(session.send("two"))
    del session.messages[0:2]
    with pytest.raises(oai.SessionStoreError, match="changed, not only added to"):
        await resolve(session.save(tmp_path / "edited.db"))
    assert list(tmp_path.iterdir()) == []


async def test_a_target_of_another_type_is_a_type_error(anyclient: Any) -> None:
    session = anyclient.new_chat_session()
    with pytest.raises(TypeError, match=r"saved to a path .* not int"):
        await resolve(session.save(42))


# -- a trimmed history is let go -------------------------------------------------------------


async def test_a_trimmed_responses_history_lets_its_responses_go(
    anyclient: Any, server: FakeOpenAI
) -> None:
    """A long-running session is kept small by trimming its history; the exchange log must not
    hold on to what was let go (it held every response: 8 MB over 1,000 sends)."""
    import gc
    import weakref

    session = anyclient.new_responses_chat_session("gpt-4o-mini")
    first = await resolve(session.send("one"))
    gone = weakref.ref(first)
    session.response_history.clear()
    del first
    await resolve(session.send("two"))
    gc.collect()
    assert gone() is None
    assert len(session.response_history) == 1


async def test_a_trimmed_chat_history_is_let_go_and_saved_as_a_new_session(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    """Trimmed after each send (as a bounded session is), the log keeps only the exchanges the
    history holds; saving the changed history is refused, and a new session saves it."""
    target = tmp_path / "chat.db"
    session = anyclient.new_chat_session(messages=[SYSTEM])
    for prompt in ("one", "two", "three", "four"):
        await resolve(session.send(prompt))
        if prompt == "one":
            await resolve(session.save(target))
        del session.messages[1:-2]  # keep the system prompt and the last exchange
        assert len(session._state.log.exchanges) <= 2  # the newest, and one being let go
    assert [m["content"] for m in session.messages] == [SYSTEM["content"], "four", "You said: four"]
    with pytest.raises(oai.SessionStoreError, match="changed, not only added to"):
        await resolve(session.save(target))
    assert [e.prompt for e in stored(target).exchanges] == ["one"]  # as it was
    fresh = anyclient.new_chat_session(messages=session.messages)
    await resolve(fresh.send("five"))
    saved = stored(tmp_path / "fresh.db", await resolve(fresh.save(tmp_path / "fresh.db")))
    assert [e.prompt for e in saved.exchanges] == ["five"]
    assert [m["content"] for m in saved.head][1:] == ["four", "You said: four"]
