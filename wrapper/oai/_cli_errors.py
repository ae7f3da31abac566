"""How the `oai` command reports a failure: one readable line, and never a secret in it.

A person at a terminal wants to know what went wrong and what to do, not where in the code it
happened; the traceback is for `--debug`. The line is built here, apart from the commands, so
every command fails the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["CLIError", "error_line", "redact"]


class CLIError(Exception):
    """A problem the user can fix, shown as one line on stderr (never with a traceback)."""


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """The text with every secret replaced: the wrapper's errors never quote a key, and this
    makes sure of it for whatever else reaches the terminal (a server echoing a header)."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


def error_line(exc: BaseException, secrets: Iterable[str | None] = ()) -> str:
    """`oai: error: <what happened>`, on one line whatever the message held (an HTML body)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        message = f"{exc.strerror}:{where}" if where else exc.strerror
    else:
        message = str(exc) or type(exc).__name__
    if not isinstance(exc, (CLIError, OSError)) and type(exc).__module__.startswith("oai"):
        message = f"{type(exc).__name__}: {message}"
    return "oai: error: " + " ".join(redact(message, secrets).split())
