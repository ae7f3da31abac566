"""Saved sessions on disk: an SQLite database of conversations (`SessionStore`), or a JSON file.

The database is one file in WAL mode, so readers (`oai logs`) never wait for a writer and a
writer never waits for readers. Each save is one `BEGIN IMMEDIATE` transaction: it takes the
write lock before reading what the conversation already holds, so two processes appending at
once are put one after the other (each waiting up to `timeout` seconds) and neither loses an
exchange; and a crash or a Ctrl-C at any point leaves the database as the last finished save
left it, never with half an exchange. The schema's version is `PRAGMA user_version`; opening an
older database migrates it in one transaction (`MIGRATIONS`), a newer one is refused.

A JSON file holds one session, replaced whole by each save: written to a temporary file next to
it, flushed to disk, then renamed over it (`os.replace`), so the file is always either the last
save or the one before.

What is written is `_saved_sessions`' records; nothing here knows what a session is.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self, TypeAlias

from ._exceptions import SessionNotFoundError, SessionStoreError
from ._files import replace_file
from ._saved_sessions import (
    SavedConversation,
    SavedExchange,
    check_continues,
    conversation_from_json,
    conversation_to_json,
    decode,
    encode,
    time_text,
    timestamp,
)
from ._sqlite import prepare, transaction

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SessionStore",
    "SessionTarget",
    "async_read_session",
    "async_save_session",
    "fts5_available",
    "read_session",
    "save_session",
]


def _create_tables(db: sqlite3.Connection) -> None:
    """Version 1: conversations and their exchanges."""
    db.execute(
        """CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            model TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            title TEXT NOT NULL,
            system TEXT,
            defaults TEXT NOT NULL,
            unsaved TEXT NOT NULL,
            head TEXT NOT NULL,
            tail TEXT NOT NULL,
            server_state TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE exchanges (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            prompt TEXT NOT NULL,
            reply TEXT NOT NULL,
            model TEXT,
            usage TEXT,
            started_at TEXT NOT NULL,
            duration REAL NOT NULL,
            messages TEXT NOT NULL,
            params TEXT NOT NULL,
            responses TEXT NOT NULL,
            UNIQUE (conversation_id, position)
        )"""
    )


def _add_search(db: sqlite3.Connection) -> None:
    """Version 2: newest-first listing by index, and full-text search of prompts and replies
    (an FTS5 index where this SQLite has FTS5; `conversations(search=...)` reads the columns
    with LIKE where it has none)."""
    db.execute("CREATE INDEX conversations_by_update ON conversations (updated_at)")
    if fts5_available(db):
        db.execute(
            "CREATE VIRTUAL TABLE exchanges_fts USING fts5("
            "prompt, reply, content='exchanges', content_rowid='seq')"
        )
        db.execute("INSERT INTO exchanges_fts (exchanges_fts) VALUES ('rebuild')")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_create_tables, _add_search)
"""`MIGRATIONS[n]` takes a database from version n to n + 1. Append only: a released step is
what every database of that version went through, so it is never edited."""

SCHEMA_VERSION = len(MIGRATIONS)

SessionTarget: TypeAlias = "str | os.PathLike[str] | SessionStore"
"""Where a session is saved: a JSON file (`*.json`), an SQLite database, or an open store."""

_APPLICATION_ID = 0x6F616953  # "oaiS": says the file is ours in `PRAGMA application_id`


def fts5_available(db: sqlite3.Connection) -> bool:
    """Whether this SQLite was built with FTS5 (the standard library's usually is)."""
    try:
        db.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    db.execute("DROP TABLE temp.fts5_probe")
    return True


class SessionStore:
    """An SQLite database of saved conversations, for sessions' `save`/`load` and for reading.

    `SessionStore(path)` opens the database, making it (and migrating an older one) as needed;
    `create=False` refuses a path where there is none. `timeout` is how long a save waits for
    another process's save to finish. One store may be shared by threads.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, create: bool = True, timeout: float = 30.0
    ) -> None:
        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise SessionStoreError(
                f"cannot open session database {self.path}: the folder {self.path.parent}"
                " does not exist"
            )
        if not create and not self.path.is_file():
            raise SessionStoreError(f"no saved sessions at {self.path}: the file does not exist")
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise SessionStoreError(f"cannot open session database {self.path}: {exc}") from None
        try:
            self._setup()
        except BaseException:
            self._db.close()
            raise
        names = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        self._fts = "exchanges_fts" in names

    def _setup(self) -> None:
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            prepare(self._db, self._migrate)  # a database not ours is left exactly as it was
        except sqlite3.DatabaseError as exc:
            raise SessionStoreError(f"{self.path} is not an oai session database: {exc}") from None

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SessionStoreError(
                f"{self.path} has session database schema version {version}, newer than this"
                f" oai reads (up to {SCHEMA_VERSION}): upgrade oai to use it"
            )
        if version == SCHEMA_VERSION:
            return
        if version == 0:
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise SessionStoreError(
                    f"{self.path} is an SQLite database, but not an oai session database:"
                    " it has tables of its own and no oai schema version"
                )
            db.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
        for step in MIGRATIONS[version:]:
            step(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (`_sqlite.transaction`), one thread at a time."""
        with self._lock, transaction(self._db) as db:
            yield db

    # -- writing -----------------------------------------------------------------------------

    def write(self, saved: SavedConversation) -> None:
        """Add a session's new exchanges, and its settings as they are now; a session's
        `save(store)` calls this. Refused, writing nothing, when the stored conversation
        has exchanges the session lacks (`SessionStoreError`)."""
        try:
            with self._transaction() as db:
                self._write(db, saved)
        except sqlite3.Error as exc:
            raise SessionStoreError(f"cannot save to {self.path}: {exc}") from None

    def _write(self, db: sqlite3.Connection, saved: SavedConversation) -> None:
        row = db.execute("SELECT kind FROM conversations WHERE id = ?", (saved.id,)).fetchone()
        conversation = (
            saved.model,
            time_text(saved.updated_at),
            saved.title,
            saved.system,
            encode(saved.defaults),
            encode(saved.unsaved),
            encode(saved.head),
            encode(saved.tail),
            encode(saved.server_state),
        )
        if row is None:
            db.execute(
                "INSERT INTO conversations (id, kind, created_at, model, updated_at, title,"
                " system, defaults, unsaved, head, tail, server_state)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (saved.id, saved.kind, time_text(saved.created_at), *conversation),
            )
            stored, last_id = 0, None
        else:
            stored, last_id = db.execute(
                "SELECT count(*), (SELECT id FROM exchanges WHERE conversation_id = ?1"
                " ORDER BY position DESC LIMIT 1) FROM exchanges WHERE conversation_id = ?1",
                (saved.id,),
            ).fetchone()
        kind = row[0] if row else saved.kind
        new = check_continues(saved, kind, stored, last_id, str(self.path))
        if row is not None:
            db.execute(
                "UPDATE conversations SET model = ?, updated_at = ?, title = ?, system = ?,"
                " defaults = ?, unsaved = ?, head = ?, tail = ?, server_state = ?"
                " WHERE id = ?",
                (*conversation, saved.id),
            )
        for position, exchange in enumerate(new, start=stored):
            cursor = db.execute(
                "INSERT INTO exchanges (id, conversation_id, position, prompt, reply, model,"
                " usage, started_at, duration, messages, params, responses)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    exchange.id,
                    saved.id,
                    position,
                    exchange.prompt,
                    exchange.reply,
                    exchange.model,
                    None if exchange.usage is None else encode(exchange.usage),
                    time_text(exchange.started_at),
                    exchange.duration,
                    encode(exchange.messages),
                    encode(exchange.params),
                    encode(exchange.responses),
                ),
            )
            if self._fts:
                db.execute(
                    "INSERT INTO exchanges_fts (rowid, prompt, reply) VALUES (?, ?, ?)",
                    (cursor.lastrowid, exchange.prompt, exchange.reply),
                )

    # -- reading -----------------------------------------------------------------------------

    def conversations(
        self, *, search: str | None = None, limit: int | None = None
    ) -> list[SavedConversation]:
        """Saved conversations, the latest saved first; `search` keeps those with an exchange
        whose prompt or reply has every word of it (words that start so, with FTS5)."""
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise ValueError(f"limit must be a non-negative integer or None, got {limit!r}")
        where, args = self._search(search)
        return self._read(where, args, limit)

    def conversation(self, id: str) -> SavedConversation:
        """The conversation saved as `id`; `SessionNotFoundError` (a KeyError) if none is."""
        if not isinstance(id, str):
            raise TypeError(f"a conversation id is a string, got {type(id).__name__}")
        found = self._read("id = ?", [id], 1)
        if not found:
            raise SessionNotFoundError(f"no conversation {id!r} is saved in {self.path}")
        return found[0]

    def latest(self, kind: str | None = None) -> SavedConversation | None:
        """The conversation saved last (of `kind`, "chat" or "responses", if given)."""
        if kind not in (None, "chat", "responses"):
            raise ValueError(f"kind must be 'chat', 'responses' or None, got {kind!r}")
        found = self._read("" if kind is None else "kind = ?", [] if kind is None else [kind], 1)
        return found[0] if found else None

    def _search(self, search: str | None) -> tuple[str, list[Any]]:
        if search is None:
            return "", []
        words = search.split()
        if not words:
            raise ValueError("search needs at least one word")
        if self._fts:
            query = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
            return (
                "id IN (SELECT e.conversation_id FROM exchanges_fts f"
                " JOIN exchanges e ON e.seq = f.rowid WHERE exchanges_fts MATCH ?)",
                [query],
            )
        like = " AND ".join(["(e.prompt || ' ' || e.reply) LIKE ? ESCAPE '\\'"] * len(words))
        escaped = [
            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for word in words
        ]
        return f"id IN (SELECT e.conversation_id FROM exchanges e WHERE {like})", escaped

    def _read(self, where: str, args: Sequence[Any], limit: int | None) -> list[SavedConversation]:
        query = "SELECT * FROM conversations"
        if where:
            query += f" WHERE {where}"
        query += " ORDER BY updated_at DESC, rowid DESC"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        with self._lock:
            try:
                # One read transaction: the conversations and their exchanges as of one moment.
                self._db.execute("BEGIN")
                try:
                    cursor = self._db.execute(query, args)
                    columns = [column[0] for column in cursor.description]
                    rows = cursor.fetchall()
                    exchanges = self._exchanges([row[0] for row in rows])
                finally:
                    self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise SessionStoreError(f"cannot read {self.path}: {exc}") from None
        return [self._conversation(dict(zip(columns, row, strict=True)), exchanges) for row in rows]

    def _exchanges(self, ids: list[str]) -> dict[str, list[SavedExchange]]:
        found: dict[str, list[SavedExchange]] = {id: [] for id in ids}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            some = ids[start : start + 500]
            cursor = self._db.execute(
                "SELECT conversation_id, id, prompt, reply, model, usage, started_at, duration,"
                " messages, params, responses FROM exchanges"
                f" WHERE conversation_id IN ({', '.join('?' * len(some))})"
                " ORDER BY conversation_id, position",
                some,
            )
            for (
                conversation_id,
                id,
                prompt,
                reply,
                model,
                usage,
                started,
                duration,
                *rest,
            ) in cursor:
                where = f"{self.path}: exchange {id}"
                messages, params, responses = (decode(text, where) for text in rest)
                found[conversation_id].append(
                    SavedExchange(
                        id=id,
                        prompt=prompt,
                        reply=reply,
                        model=model,
                        usage=decode(usage, where),
                        started_at=timestamp(started, where),
                        duration=duration,
                        messages=messages,
                        params=params,
                        responses=responses,
                    )
                )
        return found

    def _conversation(
        self, row: dict[str, Any], exchanges: dict[str, list[SavedExchange]]
    ) -> SavedConversation:
        where = f"{self.path}: conversation {row['id']}"
        return SavedConversation(
            id=row["id"],
            kind=row["kind"],
            model=row["model"],
            created_at=timestamp(row["created_at"], where),
            updated_at=timestamp(row["updated_at"], where),
            title=row["title"],
            exchanges=exchanges[row["id"]],
            system=row["system"],
            **{
                name: decode(row[name], where)
                for name in ("defaults", "unsaved", "head", "tail", "server_state")
            },
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SessionStore({str(self.path)!r})"


# -- a session's target: a database, a JSON file, or a store ---------------------------------


def save_session(target: object, saved: SavedConversation) -> str:
    """Write a session's record to `target`; its conversation id."""
    if isinstance(target, SessionStore):
        target.write(saved)
    elif _is_json(target):
        _save_json(Path(target), saved)  # type: ignore[arg-type]
    else:
        with SessionStore(_path(target)) as store:
            store.write(saved)
    return saved.id


def read_session(target: object, id: str | None, kind: str) -> SavedConversation:
    """The conversation `id` in `target`; with None, the one of `kind` saved last."""
    if isinstance(target, SessionStore):
        return _pick(target, id, kind)
    if _is_json(target):
        saved = _read_json(Path(target))  # type: ignore[arg-type]
        if id is not None and saved.id != id:
            raise SessionNotFoundError(f"{target} holds conversation {saved.id}, not {id!r}")
        return saved
    with SessionStore(_path(target), create=False) as store:
        return _pick(store, id, kind)


async def async_save_session(target: object, saved: SavedConversation) -> str:
    """`save_session` in a worker thread, so that the event loop goes on meanwhile."""
    import asyncio

    return await asyncio.to_thread(save_session, target, saved)


async def async_read_session(target: object, id: str | None, kind: str) -> SavedConversation:
    """`read_session` in a worker thread, so that the event loop goes on meanwhile."""
    import asyncio

    return await asyncio.to_thread(read_session, target, id, kind)


def _pick(store: SessionStore, id: str | None, kind: str) -> SavedConversation:
    if id is not None:
        return store.conversation(id)
    latest = store.latest(kind)
    if latest is None:
        raise SessionNotFoundError(f"no {kind} conversation is saved in {store.path}")
    return latest


def _path(target: object) -> str | os.PathLike[str]:
    if isinstance(target, str | os.PathLike):
        return target
    raise TypeError(
        "a session is saved to a path (str or PathLike: *.json for a JSON file, any other"
        f" name for an SQLite database) or an oai.SessionStore, not {type(target).__name__}"
    )


def _is_json(target: object) -> bool:
    return os.fspath(_path(target)).lower().endswith(".json")


def _read_json(path: Path) -> SavedConversation:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SessionStoreError(f"no saved session at {path}: the file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SessionStoreError(f"cannot read saved session {path}: {exc}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SessionStoreError(f"{path} is not a saved oai session: not JSON ({exc})") from None
    return conversation_from_json(data, str(path))


def _save_json(path: Path, saved: SavedConversation) -> None:
    if not path.parent.is_dir():
        raise SessionStoreError(f"cannot save to {path}: the folder {path.parent} does not exist")
    if path.exists():
        held = _read_json(path)
        if held.id != saved.id:
            raise SessionStoreError(
                f"{path} holds another saved session ({held.id}); a JSON file holds one:"
                " save this one to another file, or remove that one first"
            )
        last = held.exchanges[-1].id if held.exchanges else None
        check_continues(saved, held.kind, len(held.exchanges), last, str(path))
    text = json.dumps(conversation_to_json(saved), ensure_ascii=False, indent=1, allow_nan=False)
    replace_file(path, text)
