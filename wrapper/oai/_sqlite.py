"""What every SQLite file of oai does the same way: whole transactions, and WAL once it is ours.

The session store and a batch run's state file each keep their own schema; both must never
hold half a write (a crash, Ctrl-C) and must leave a database that is not theirs exactly as it
was. So the schema is checked and migrated in one transaction before anything else touches
the file, and only then is it switched to WAL (readers never wait on a writer, and with
`synchronous = NORMAL` a crash loses no committed transaction).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["prepare", "transaction"]


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken before anything is read: all of it or none of it,
    whatever ends it (an error, Ctrl-C). `db` is in autocommit mode (`isolation_level=None`)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def prepare(db: sqlite3.Connection, migrate: Callable[[sqlite3.Connection], object]) -> None:
    """Check and migrate the schema in one transaction (`migrate` raises for a file that is
    not ours, which is then left untouched), then switch the file to WAL."""
    with transaction(db):
        migrate(db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
