"""The session database: its reading API, search, migrations, two writers, and crashes.

Writers that race or die are real child processes (this interpreter, `oai` as installed),
talking to the fake server on 127.0.0.1 and writing to a database under tmp_path.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import oai
import pytest
from oai import _session_store
from oai.testing import FakeOpenAI
from wrapper_support import API_KEY

# Version 1 of the schema as it was released, frozen here: the databases of that version in
# the wild are what the migration has to read, whatever the code's own first step becomes.
SCHEMA_1 = [
    """CREATE TABLE conversations (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, model TEXT, created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL, title TEXT NOT NULL, system TEXT, defaults TEXT NOT NULL,
        unsaved TEXT NOT NULL, head TEXT NOT NULL, tail TEXT NOT NULL,
        server_state TEXT NOT NULL)""",
    """CREATE TABLE exchanges (
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, prompt TEXT NOT NULL, reply TEXT NOT NULL, model TEXT,
        usage TEXT, started_at TEXT NOT NULL, duration REAL NOT NULL, messages TEXT NOT NULL,
        params TEXT NOT NULL, responses TEXT NOT NULL, UNIQUE (conversation_id, position))""",
]


@pytest.fixture
def client(server: FakeOpenAI) -> Iterator[oai.OpenAI]:
    with oai.OpenAI(base_url=server.base_url, api_key=API_KEY, timeout=10, max_retries=0) as made:
        yield made


@pytest.fixture(params=["fts5", "like"])
def search_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Databases made with FTS5, and as an SQLite built without it makes them."""
    if request.param == "like":
        monkeypatch.setattr(_session_store, "fts5_available", lambda db: False)
    elif not _session_store.fts5_available(sqlite3.connect(":memory:")):
        pytest.skip("this Python's sqlite3 has no FTS5")
    return str(request.param)


def save_chat(client: oai.OpenAI, target: Any, *prompts: str, **defaults: Any) -> str:
    session = client.new_chat_session(**defaults)
    for prompt in prompts:
        session.send(prompt)
    return session.save(target)


def schema(db: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return sorted(rows)


# -- the reading API ---------------------------------------------------------------------------


def test_conversations_are_listed_newest_first_with_their_exchanges(
    client: oai.OpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "log.db"
    old = save_chat(client, db, "first one", "and more")
    new = save_chat(client, db, "second  one,\nwith a line break " + "long " * 30)

    with oai.SessionStore(db) as store:
        listed = store.conversations()
        limited = store.conversations(limit=1)
        latest = store.latest()
        one = store.conversation(old)

    assert [c.id for c in listed] == [new, old]
    assert isinstance(listed[0], oai.SavedConversation)
    assert isinstance(listed[0].exchanges[0], oai.SavedExchange)
    assert [c.id for c in limited] == [new]
    assert latest is not None and latest.id == new
    assert one == listed[1]
    assert one.kind == "chat"
    assert [e.prompt for e in one.exchanges] == ["first one", "and more"]
    assert [e.reply for e in one.exchanges] == ["You said: first one", "You said: and more"]
    assert one.title == "first one"
    assert listed[0].title.startswith("second one, with a line break long")
    assert len(listed[0].title) == 60 and listed[0].title.endswith("…")
    for moment in (one.created_at, one.updated_at, one.exchanges[0].started_at):
        assert moment.utcoffset() == UTC.utcoffset(None)


def test_latest_of_a_kind_and_none_when_there_is_none(client: oai.OpenAI, tmp_path: Path) -> None:
    db = tmp_path / "kinds.db"
    with oai.SessionStore(db) as store:
        assert store.latest() is None
        chat = save_chat(client, store, "hi")
        responses = client.new_responses_chat_session()
        responses.send("hello")
        rid = responses.save(store)
        assert store.latest().id == rid
        assert store.latest("chat").id == chat
        assert store.latest("responses").id == rid
        with pytest.raises(ValueError, match="kind must be"):
            store.latest("other")


def test_a_missing_id_is_a_key_error_naming_it(tmp_path: Path) -> None:
    with oai.SessionStore(tmp_path / "empty.db") as store, pytest.raises(KeyError) as raised:
        store.conversation("c0ffee")
    assert isinstance(raised.value, oai.SessionNotFoundError)
    assert str(raised.value) == f"no conversation 'c0ffee' is saved in {tmp_path / 'empty.db'}"


def test_a_closed_store_is_closed(tmp_path: Path) -> None:
    store = oai.SessionStore(tmp_path / "closed.db")
    with store as same:
        assert same is store
    with pytest.raises(oai.SessionStoreError, match="closed database"):
        store.conversations()


def test_search_finds_conversations_by_the_words_of_their_messages(
    client: oai.OpenAI, tmp_path: Path, search_mode: str
) -> None:
    db = tmp_path / "search.db"
    paris = save_chat(client, db, "Weather in Paris tomorrow?", "And in Lyon?")
    oslo = save_chat(client, db, "Weather in Oslo", "ünïcode crème brûlée")
    save_chat(client, db, "Something else entirely")

    with oai.SessionStore(db) as store:
        assert store._fts is (search_mode == "fts5")

        def found(words: str) -> list[str]:
            return [c.id for c in store.conversations(search=words)]

        assert found("weather") == [oslo, paris]
        assert found("WEATHER paris") == [paris]  # every word, in any case
        assert found("lyon") == [paris]  # a later exchange's words count too
        assert found("crème") == [oslo]
        assert found("said: brûlée") == [oslo]  # replies are searched too
        assert found("nowhere") == []
        assert found('100% "quoted_') == []  # the query syntax of neither leaks through
        assert [c.id for c in store.conversations(search="weather", limit=1)] == [oslo]
        with pytest.raises(ValueError, match="at least one word"):
            store.conversations(search="  ")


def test_the_database_is_one_file_in_wal_mode_marked_as_ours(tmp_path: Path) -> None:
    db = tmp_path / "wal.db"
    oai.SessionStore(db).close()
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert raw.execute("PRAGMA user_version").fetchone() == (_session_store.SCHEMA_VERSION,)
        assert raw.execute("PRAGMA application_id").fetchone() == (0x6F616953,)
    raw.close()


def test_import_oai_loads_no_sqlite3() -> None:
    code = (
        "import sys, oai\n"
        "oai.new(api_key='sk-test').new_chat_session()\n"
        "print([m for m in ('sqlite3', 'oai._session_store', 'oai._saved_sessions')"
        " if m in sys.modules])\n"
        "oai.SessionStore\n"
        "print('sqlite3' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "True"]


# -- migrations --------------------------------------------------------------------------------


def test_the_first_migration_makes_the_released_version_1_schema(tmp_path: Path) -> None:
    made, frozen = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    _session_store.MIGRATIONS[0](made)
    for statement in SCHEMA_1:
        frozen.execute(statement)
    for table in ("conversations", "exchanges"):
        info = f"PRAGMA table_info({table})"
        assert made.execute(info).fetchall() == frozen.execute(info).fetchall()
    assert schema(made) == schema(frozen)


def test_a_version_1_database_is_migrated_and_keeps_what_it_held(
    client: oai.OpenAI, tmp_path: Path, search_mode: str
) -> None:
    db = tmp_path / "v1.db"
    raw = sqlite3.connect(db)
    for statement in SCHEMA_1:
        raw.execute(statement)
    messages = [
        {"role": "user", "content": "From version one"},
        {"role": "assistant", "content": "Yes"},
    ]
    raw.execute(
        "INSERT INTO conversations VALUES (?, 'chat', 'gpt-4.1', ?, ?, ?, NULL, ?, '[]', '[]',"
        " '[]', '{}')",
        (
            "old1",
            "2025-01-02T03:04:05.000000+00:00",
            "2025-01-02T03:04:06.000000+00:00",
            "From version one",
            json.dumps({"temperature": 0.5}),
        ),
    )
    raw.execute(
        "INSERT INTO exchanges (id, conversation_id, position, prompt, reply, model, usage,"
        " started_at, duration, messages, params, responses)"
        " VALUES ('ex1', 'old1', 0, 'From version one', 'Yes', 'gpt-4.1', NULL,"
        " '2025-01-02T03:04:05.000000+00:00', 0.25, ?, '{}', '[]')",
        (json.dumps(messages),),
    )
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()

    with oai.SessionStore(db) as store:
        (old,) = store.conversations(search="version")
        assert old.id == "old1"
        assert old.defaults == {"temperature": 0.5}
        assert old.exchanges[0].messages == messages
        assert old.exchanges[0].duration == 0.25
    loaded = oai.ChatSession.load(client, db, "old1")
    assert loaded.messages == messages
    loaded.send("And from now")
    assert loaded.save(db) == "old1"

    with oai.SessionStore(db) as store:
        assert [e.prompt for e in store.conversation("old1").exchanges] == [
            "From version one",
            "And from now",
        ]
        assert [c.id for c in store.conversations(search="now")] == ["old1"]
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (2,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [name for _, name in schema(raw)]
    raw.close()
    assert "conversations_by_update" in names
    assert ("exchanges_fts" in names) is (search_mode == "fts5")


def test_a_database_of_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    oai.SessionStore(db).close()
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = db.read_bytes()

    with pytest.raises(oai.SessionStoreError, match=r"schema version 99, newer .*upgrade oai"):
        oai.SessionStore(db)
    assert db.read_bytes() == before


# -- two processes at once -----------------------------------------------------------------------

WRITER = """
import sys, oai
base_url, db, tag, count = sys.argv[1:]
with oai.new(base_url=base_url, api_key="sk-test", max_retries=0) as client:
    session = client.new_chat_session()
    for i in range(int(count)):
        session.send(f"{tag} exchange {i}")
        session.save(db)
print(session.save(db))
"""


def test_two_processes_appending_to_one_database_lose_nothing(
    server: FakeOpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "shared.db"  # not made yet: both writers race to make it, too
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, server.base_url, str(db), tag, str(count)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("alpha", "beta")
    ]
    ids = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        ids.append(out.strip())

    with oai.SessionStore(db) as store:
        for tag, id in zip(("alpha", "beta"), ids, strict=True):
            prompts = [e.prompt for e in store.conversation(id).exchanges]
            assert prompts == [f"{tag} exchange {i}" for i in range(count)]
            assert [c.id for c in store.conversations(search=tag)] == [id]
    # Both were writing at the same time: each one's exchanges began before the other ended.
    with sqlite3.connect(db) as raw:
        spans = raw.execute(
            "SELECT min(started_at), max(started_at) FROM exchanges GROUP BY conversation_id"
        ).fetchall()
    raw.close()
    (start_a, end_a), (start_b, end_b) = spans
    assert start_a < end_b and start_b < end_a


# -- crashes -------------------------------------------------------------------------------------

# A writer that sends and saves until it is stopped, saying which exchange it saved last. Its
# save number `pause_at` (0 is the first, of no exchange) stops inside its transaction, every
# row written, before the commit, and says so: the parent stops it there.
CRASHER = """
import sys, time, oai
from oai import _session_store
base_url, db, pause_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
real = _session_store.SessionStore._write
saves = 0
def _write(self, connection, saved):
    global saves
    real(self, connection, saved)
    if saves == pause_at:
        print("inside", flush=True)
        time.sleep(30)
    saves += 1
_session_store.SessionStore._write = _write
filler = " ".join(f"word{n}" for n in range(4000))
with oai.new(base_url=base_url, api_key="sk-test", max_retries=0) as client:
    session = client.new_chat_session(messages=[{"role": "system", "content": "Be brief"}])
    print("id", session.save(db), flush=True)
    for i in range(10_000):
        session.send(f"exchange {i} {filler}")
        session.save(db)
        print("saved", i, flush=True)
"""


def check_whole(db: Path) -> dict[str, int]:
    """The database opens, passes SQLite's checks, and holds only whole exchanges; how many
    exchanges each conversation holds."""
    raw = sqlite3.connect(db)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        if _session_store.fts5_available(raw):
            raw.execute("INSERT INTO exchanges_fts (exchanges_fts) VALUES ('integrity-check')")
        counts = dict(raw.execute("SELECT id, 0 FROM conversations").fetchall())
        rows = raw.execute(
            "SELECT conversation_id, position, prompt, reply, messages FROM exchanges"
            " ORDER BY conversation_id, position"
        ).fetchall()
    finally:
        raw.close()
    for conversation_id, position, prompt, reply, messages in rows:
        assert position == counts[conversation_id]  # no gap, nothing out of order
        counts[conversation_id] += 1
        user, assistant = json.loads(messages)
        assert user == {"role": "user", "content": prompt}
        assert assistant == {"role": "assistant", "content": reply}
        assert reply == f"You said: {prompt}"
    return counts


def run_until_killed(
    server: FakeOpenAI, db: Path, how: signal.Signals, pause: bool, rng: random.Random
) -> tuple[str, int]:
    """Start a writer, stop it with `how` (inside a transaction with `pause`, else at a
    random moment), and return its conversation and the last exchange it said it saved."""
    wanted = rng.randint(1, 4)
    pause_at = wanted + 1 if pause else -1
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHER, server.base_url, str(db), str(pause_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline().split()
    assert first[0] == "id", child.stderr.read() if child.stderr else ""
    saved = -1
    for line in child.stdout:
        words = line.split()
        if words[0] == "saved":
            saved = int(words[1])
        if pause and words[0] == "inside":
            assert saved + 1 == wanted
            break
        if not pause and saved + 1 >= wanted:
            time.sleep(rng.uniform(0, 0.03))
            break
    child.send_signal(how)
    child.wait(timeout=30)
    # It may have saved and said so again between our last read and the signal: a loaded
    # machine lets it run several exchanges past that point. Those lines count too.
    for line in child.stdout:
        words = line.split()
        if words[0] == "saved":
            saved = int(words[1])
    child.stdout.close()
    if child.stderr:
        child.stderr.close()
    assert child.returncode != 0
    return first[1], saved


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_a_writer_killed_mid_save_leaves_only_whole_exchanges(
    server: FakeOpenAI, tmp_path: Path, how: signal.Signals
) -> None:
    db = tmp_path / "crash.db"
    rng = random.Random(16)
    expected: dict[str, int] = {}
    for run in range(8):
        pause = run % 2 == 0
        id, saved = run_until_killed(server, db, how, pause, rng)
        counts = check_whole(db)
        # Every save it reported is there; one more only if it died after a commit but
        # before saying so, and never when it died inside the transaction.
        assert counts[id] == saved + 1 if pause else counts[id] in (saved + 1, saved + 2)
        expected[id] = counts[id]
        assert counts == {**counts, **expected}
        # What is left is a database the sessions load and carry on with.
        with oai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0) as client:
            loaded = oai.ChatSession.load(client, db, id)
            assert len(loaded.messages) == 1 + 2 * counts[id]
    assert all(counts[id] == n for id, n in expected.items())
    assert os.path.getsize(db) > 0
