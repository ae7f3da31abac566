"""A batch run's state file: what has been written, uploaded, created and read back.

`run_batch(..., state=path)` can be killed at any point and run again with the same requests;
what it did before is read from here, so that nothing is sent twice and no result is lost.
Every step is recorded in its own transaction, and the two steps whose effect is at the
server (an upload, a batch's creation) are recorded as intended before they are sent: a run
that finds an intent with no id knows the request may have reached the server, and looks for
what it made (the file by its name, the batch by its input file) before sending again.
`next_step` is that reading of a file's record, without I/O; `StateFile` is the SQLite file
(WAL, one `BEGIN IMMEDIATE` transaction per step, the schema's version in `user_version`, as
`_session_store` keeps sessions). The results themselves are kept here too, so that they are
handed out in input order from disk, never held in memory.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Literal, NamedTuple

from ._batch_files import PartFile
from ._batch_results import ResultRow
from ._sqlite import prepare, transaction

__all__ = ["SCHEMA_VERSION", "PartRecord", "StateFile", "Step", "next_step"]

SCHEMA_VERSION = 1
_APPLICATION_ID = 0x6F616942  # "oaiB": says the file is a batch run's in `application_id`

Step = Literal["upload", "find_upload", "create", "find_batch", "wait", "download", "done"]

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE parts (
    part INTEGER PRIMARY KEY,
    first INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    size INTEGER NOT NULL,
    upload_sent INTEGER NOT NULL DEFAULT 0,
    file_id TEXT,
    create_sent INTEGER NOT NULL DEFAULT 0,
    batch_id TEXT,
    status TEXT,
    completed INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    final INTEGER NOT NULL DEFAULT 0,
    imported INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE results (
    idx INTEGER PRIMARY KEY,
    part INTEGER NOT NULL,
    custom_id TEXT NOT NULL,
    ok INTEGER NOT NULL,
    data TEXT NOT NULL,
    retry TEXT
);
CREATE INDEX results_by_part ON results (part, idx);
"""


class PartRecord(NamedTuple):
    """What the state file knows of one input file and its batch."""

    part: int
    first: int
    requests: int
    size: int
    upload_sent: bool
    file_id: str | None
    create_sent: bool
    batch_id: str | None
    status: str | None
    completed: int
    failed: int
    final: bool
    imported: bool


def next_step(record: PartRecord) -> Step:
    """What is left to do for one input file, given what was recorded.

    An intent without its id means the request may have reached the server before the run
    stopped: find what it made before making another.
    """
    if record.file_id is None:
        return "find_upload" if record.upload_sent else "upload"
    if record.batch_id is None:
        return "find_batch" if record.create_sent else "create"
    if record.imported:
        return "done"
    return "download" if record.final else "wait"


class StateFile:
    """One run's SQLite state. A file that is not one is refused, and left as it was."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise ValueError(f"cannot open the batch state file {path}: {exc}") from None
        try:
            prepare(self._db, self._migrate)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise ValueError(f"{path} is not a batch state file: {exc}") from None
        except BaseException:
            self._db.close()
            raise

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version > SCHEMA_VERSION or tables:
            raise ValueError(
                f"{self.path} is not a batch state file this oai reads (schema version"
                f" {version}); give run_batch a new state path"
            )
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("INSERT INTO meta VALUES ('run_id', ?)", (secrets.token_hex(6),))

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self._db)

    def close(self) -> None:
        self._db.close()

    # -- the input ---------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @property
    def run_id(self) -> str:
        """A name for this run's files and batches at the server, made with the state file."""
        return self.meta("run_id") or ""

    def record_written(self, parts: Sequence[PartFile], digest: str) -> None:
        """Every input file is on disk: the run's files and the digest of what they hold."""
        with self._transaction() as db:
            db.execute("DELETE FROM parts")
            db.executemany(
                "INSERT INTO parts (part, first, requests, size) VALUES (?, ?, ?, ?)",
                ((p.part, p.first, p.requests, p.size) for p in parts),
            )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('digest', ?)", (digest,))

    def parts(self) -> list[PartRecord]:
        rows = self._db.execute(
            "SELECT part, first, requests, size, upload_sent, file_id, create_sent, batch_id,"
            " status, completed, failed, final, imported FROM parts ORDER BY part"
        )
        return [
            PartRecord(
                r[0],
                r[1],
                r[2],
                r[3],
                bool(r[4]),
                r[5],
                bool(r[6]),
                r[7],
                r[8],
                r[9],
                r[10],
                bool(r[11]),
                bool(r[12]),
            )
            for r in rows
        ]

    # -- the steps ---------------------------------------------------------------------------

    def update(self, part: int, **fields: Any) -> None:
        """Record one step of one file (`file_id=...`, `create_sent=True`, ...)."""
        columns = ", ".join(f"{name} = ?" for name in fields)  # names are ours, never input
        with self._transaction() as db:
            db.execute(f"UPDATE parts SET {columns} WHERE part = ?", (*fields.values(), part))

    def import_results(self, part: int, rows: Iterable[tuple[ResultRow, str | None]]) -> None:
        """A finished batch's results, each with the body to resend if it may be, and the
        file marked read in, in one transaction: a run stopped part way reads it all again."""
        with self._transaction() as db:
            db.execute("DELETE FROM results WHERE part = ?", (part,))
            db.executemany(
                "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?)",
                ((r.index, part, r.custom_id, int(r.ok), r.data, body) for r, body in rows),
            )
            db.execute("UPDATE parts SET imported = 1 WHERE part = ?", (part,))

    def results(self, part: int) -> Iterator[tuple[int, str, bool, str, str | None]]:
        """One file's results in input order, read from disk as they are asked for."""
        rows = self._db.execute(
            "SELECT idx, custom_id, ok, data, retry FROM results WHERE part = ? ORDER BY idx",
            (part,),
        )
        for index, custom_id, ok, data, retry in rows:
            yield index, custom_id, bool(ok), data, retry
