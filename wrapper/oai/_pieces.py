"""Text that arrives a delta at a time (a streamed reply, a tool call's arguments), kept as
its pieces and joined once when the whole answer is built.

Adding each delta to a string copies the text so far every time: a long reply paid for that
on every chunk, its last chunks costing three times its first at 100,000 chunks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["Pieces", "add_piece", "joined"]


class Pieces(list[str]):
    """The pieces of one text; a list of its own kind, so that it is never taken for a list
    the API sends (those are extended, not joined)."""


def add_piece(target: dict[str, Any], key: str, piece: str) -> None:
    """Add `piece` to the text at `target[key]`: a string there is its first piece, anything
    else is replaced."""
    known = target.get(key)
    if isinstance(known, Pieces):
        known.append(piece)
    else:
        target[key] = Pieces([known, piece] if isinstance(known, str) else [piece])


def joined(fields: Mapping[str, Any]) -> dict[str, Any]:
    """`fields` with every `Pieces` joined into its text."""
    return {k: "".join(v) if isinstance(v, Pieces) else v for k, v in fields.items()}
