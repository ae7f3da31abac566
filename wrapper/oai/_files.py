"""Replacing a file whole, so that a reader (or a crash) never meets half of it.

The text goes to a temporary file beside the target, is flushed to disk, and is renamed over
the target (`os.replace`, atomic on one file system): the file is always the old text or the
new. The temporary file is made by `mkstemp`, readable by its owner only (0600), which the
config file holding an API key relies on: no moment exists when another user could read it.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

__all__ = ["replace_file"]


def replace_file(path: Path, text: str) -> None:
    """Write `text` as the whole of `path` (mode 0600), or leave `path` as it was."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
