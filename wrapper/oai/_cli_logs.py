"""`oai logs`: the logged conversations listed, searched and shown, read from the session store.

The store (`oai.SessionStore`) holds what `oai chat` saved; this module only reads it and words
it for a person: one line per conversation in a list, a transcript for one. A conversation is
named by its id or by the start of it (ids are long; the first characters are usually enough).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ._cli_errors import CLIError

if TYPE_CHECKING:
    from ._saved_sessions import SavedConversation
    from ._session_store import SessionStore

__all__ = ["conversation_lines", "find_conversation", "listing_line", "open_log", "transcript"]

SHORT_ID = 12
"""Characters of an id shown in a list: enough to tell conversations apart, and to type."""


def open_log(db_path: Path) -> SessionStore:
    """The log database, which must exist: reading never makes an empty one."""
    from ._session_store import SessionStore

    if not db_path.is_file():
        raise CLIError(f"no conversations logged yet (no log at {db_path})")
    return SessionStore(db_path, create=False)


def find_conversation(store: SessionStore, wanted: str) -> SavedConversation:
    """The conversation with this id, or the only one whose id starts with it."""
    from ._exceptions import SessionNotFoundError

    try:
        return store.conversation(wanted)
    except SessionNotFoundError:
        pass
    matches = [c for c in store.conversations() if c.id.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CLIError(f"no logged conversation has an id starting {wanted!r} (see: oai logs)")
    raise CLIError(f"{len(matches)} logged conversations have ids starting {wanted!r}: give more")


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def listing_line(conversation: SavedConversation) -> str:
    """`id  when  model  title`, tab-separated, for a list a person reads or `cut` splits."""
    fields = (
        conversation.id[:SHORT_ID],
        _when(conversation.updated_at),
        conversation.model or "-",
        conversation.title or "(no prompt)",
    )
    return "\t".join(fields)


def conversation_lines(conversations: Iterable[SavedConversation]) -> list[str]:
    return [listing_line(conversation) for conversation in conversations]


def transcript(conversation: SavedConversation, out: TextIO) -> None:
    """One conversation as a person reads it: each prompt, its reply, and what it cost."""
    kind = "Responses" if conversation.kind == "responses" else "chat"
    count = len(conversation.exchanges)
    out.write(
        f"conversation {conversation.id} ({kind}, {conversation.model or 'default model'})\n"
        f"started {_when(conversation.created_at)}, last {_when(conversation.updated_at)},"
        f" {count} exchange{'s' if count != 1 else ''}\n"
    )
    if conversation.system:
        out.write(f"system: {conversation.system}\n")
    for exchange in conversation.exchanges:
        tokens = (exchange.usage or {}).get("total_tokens")
        cost = f", {tokens} tokens" if tokens is not None else ""
        out.write(f"\n> {exchange.prompt}\n{exchange.reply}\n")
        out.write(f"({exchange.model or '-'}{cost}, {exchange.duration:.1f} s)\n")
    # Messages kept after the last exchange: a prompt and the answer Ctrl-C stopped, say.
    for message in conversation.tail:
        role, content = message.get("role"), message.get("content")
        text = content if isinstance(content, str) else json.dumps(content)
        out.write(
            {"user": f"\n> {text}\n", "assistant": f"{text}\n(stopped)\n"}.get(
                str(role), f"{role}: {text}\n"
            )
        )
