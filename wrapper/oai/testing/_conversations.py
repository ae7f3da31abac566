"""The built-in Conversations API: conversations and their items, kept per server.

A conversation is the server-side history a client hands to ``POST /v1/responses`` with
``conversation`` instead of chaining ``previous_response_id``; code that uses it needs a fake
that remembers items across requests, lists them in pages, and lets the same items be read,
added and deleted one by one, as the API does. Items are stored in the shape the API lists them
(``ConversationItem``: messages with content parts and a status, tool calls with ids), however
the client wrote them, so a test reads back what production would send. Ids and timestamps count
up from fixed values; nothing depends on the clock.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from ._chat import CREATED
from ._forms import invalid, read_json
from ._replies import Reply
from ._request import RecordedRequest
from ._store import page_of

__all__ = ["ConversationStore", "conversation_item", "no_such_conversation"]

_ITEMS_LIMIT = (20, 100)  # (default, maximum)
_MAX_NEW_ITEMS = 20
_MAX_METADATA = 16
# Item types the API stores with a status; for input that left it out, the item is done.
_WITH_STATUS = frozenset({"message", "function_call", "function_call_output"})


def conversation_item(item: Mapping[str, Any], item_id: str) -> dict[str, Any]:
    """``item`` as a conversation lists it: typed, with an id (``item_id`` unless it has one),
    a status where the API gives one, and message text as content parts."""
    entry = copy.deepcopy(dict(item))
    if "role" in entry:
        entry.setdefault("type", "message")
    if not isinstance(entry.get("id"), str) or not entry["id"]:
        entry["id"] = item_id
    if entry.get("type") in _WITH_STATUS:
        entry.setdefault("status", "completed")
    if entry.get("type") == "message":
        kind = "output_text" if entry.get("role") == "assistant" else "input_text"
        content = entry.get("content")
        if isinstance(content, str):
            content = [{"type": kind, "text": content}]
        parts = [dict(part) for part in content or () if isinstance(part, Mapping)]
        for part in parts:
            if part.get("type") == "output_text":
                part.setdefault("annotations", [])
                part.setdefault("logprobs", [])
        entry["content"] = parts
    return entry


def no_such_conversation(conversation_id: str) -> Reply:
    return Reply.error(
        404, f"Conversation with id '{conversation_id}' not found.", type="invalid_request_error"
    )


class ConversationStore:
    """The conversations of one fake server and their items, oldest item first.

    Thread-safe: requests arrive on many threads, and ``POST /v1/responses`` appends to a
    conversation while another request may be listing it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every conversation; ids start again from 1."""
        with self._lock:
            self.conversations: dict[str, dict[str, Any]] = {}
            self.items: dict[str, list[dict[str, Any]]] = {}
            self._count = 0
            self._item_count = 0

    # -- for the Responses API -----------------------------------------------------------------

    def history(self, conversation_id: str) -> list[dict[str, Any]] | None:
        """A copy of the conversation's items, oldest first; None when there is no such one."""
        with self._lock:
            items = self.items.get(conversation_id)
            return copy.deepcopy(items) if items is not None else None

    def append(self, conversation_id: str, items: Sequence[Mapping[str, Any]]) -> bool:
        """Add ``items`` (already with ids) at the end; False when the conversation is gone."""
        with self._lock:
            stored = self.items.get(conversation_id)
            if stored is None:
                return False
            for item in items:
                stored.append(self._stored(item))
            return True

    # -- endpoints -----------------------------------------------------------------------------

    def create(self, request: RecordedRequest) -> Reply:
        # Every field is optional, and so is the body itself.
        body = read_json(request) if request.body.strip() else {}
        if isinstance(body, Reply):
            return body
        metadata = _metadata(body.get("metadata"))
        if isinstance(metadata, Reply):
            return metadata
        items = _new_items(body.get("items"), required=False)
        if isinstance(items, Reply):
            return items
        with self._lock:
            self._count += 1
            conversation_id = f"conv_{self._count:04d}"
            conversation = {
                "id": conversation_id,
                "object": "conversation",
                "metadata": metadata,
                "created_at": CREATED + self._count,
            }
            self.conversations[conversation_id] = conversation
            self.items[conversation_id] = [self._stored(item) for item in items]
            return Reply.json(conversation)

    def get(self, conversation_id: str) -> Reply:
        with self._lock:
            found = self.conversations.get(conversation_id)
        return Reply.json(found) if found is not None else no_such_conversation(conversation_id)

    def update(self, conversation_id: str, request: RecordedRequest) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        if body.get("metadata") is None:
            return invalid(
                "Missing required parameter: 'metadata'.",
                param="metadata",
                code="missing_required_parameter",
            )
        metadata = _metadata(body["metadata"])
        if isinstance(metadata, Reply):
            return metadata
        with self._lock:
            found = self.conversations.get(conversation_id)
            if found is None:
                return no_such_conversation(conversation_id)
            found["metadata"] = metadata
            return Reply.json(found)

    def delete(self, conversation_id: str) -> Reply:
        with self._lock:
            found = self.conversations.pop(conversation_id, None)
            self.items.pop(conversation_id, None)
        if found is None:
            return no_such_conversation(conversation_id)
        return Reply.json(
            {"id": conversation_id, "object": "conversation.deleted", "deleted": True}
        )

    def list_items(self, conversation_id: str, query: Mapping[str, str]) -> Reply:
        order = query.get("order", "desc")
        if order not in ("asc", "desc"):
            return invalid(f"Invalid value for 'order': {order!r}.", param="order")
        with self._lock:
            items = self.items.get(conversation_id)
            listed = copy.deepcopy(items) if items is not None else None
        if listed is None:
            return no_such_conversation(conversation_id)
        if order == "desc":
            listed.reverse()
        page = page_of(listed, query, _ITEMS_LIMIT)
        if page.status != 200:
            return page
        # `page_of` sends null ids for an empty page; this list's schema has no null for them.
        answer = json.loads(page.body)
        for key in ("first_id", "last_id"):
            answer[key] = answer[key] or ""
        return Reply.json(answer)

    def add_items(self, conversation_id: str, request: RecordedRequest) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        items = _new_items(body.get("items"), required=True)
        if isinstance(items, Reply):
            return items
        with self._lock:
            stored = self.items.get(conversation_id)
            if stored is None:
                return no_such_conversation(conversation_id)
            added = [self._stored(item) for item in items]
            stored.extend(added)
            return Reply.json(
                {
                    "object": "list",
                    "data": added,
                    "first_id": added[0]["id"],
                    "last_id": added[-1]["id"],
                    "has_more": False,
                }
            )

    def item(self, conversation_id: str, item_id: str) -> Reply:
        with self._lock:
            items = self.items.get(conversation_id)
            found = next((i for i in items or () if i["id"] == item_id), None)
        if items is None:
            return no_such_conversation(conversation_id)
        if found is None:
            return _no_such_item(item_id)
        return Reply.json(found)

    def delete_item(self, conversation_id: str, item_id: str) -> Reply:
        """Answers the conversation, as the API does, not the item."""
        with self._lock:
            items = self.items.get(conversation_id)
            if items is None:
                return no_such_conversation(conversation_id)
            kept = [item for item in items if item["id"] != item_id]
            if len(kept) == len(items):
                return _no_such_item(item_id)
            self.items[conversation_id] = kept
            return Reply.json(self.conversations[conversation_id])

    def _stored(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """``item`` as stored, with an id of the store's own if it came without one; the
        caller holds the lock."""
        item_id = item.get("id")
        if not isinstance(item_id, str) or not item_id:
            self._item_count += 1
            prefix = "msg" if "role" in item or item.get("type") == "message" else "item"
            item_id = f"{prefix}_c{self._item_count:04d}"
        return conversation_item(item, item_id)


def _metadata(value: Any) -> dict[str, str] | Reply:
    if value is None:
        return {}
    if (
        not isinstance(value, Mapping)
        or len(value) > _MAX_METADATA
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        return invalid(
            f"Invalid 'metadata': expected an object of at most {_MAX_METADATA} string values.",
            param="metadata",
        )
    return dict(value)


def _new_items(value: Any, *, required: bool) -> list[Mapping[str, Any]] | Reply:
    """The ``items`` of a request, checked: input items the conversation can store."""
    if value is None:
        if required:
            return invalid(
                "Missing required parameter: 'items'.",
                param="items",
                code="missing_required_parameter",
            )
        return []
    if not isinstance(value, list) or len(value) > _MAX_NEW_ITEMS:
        return invalid(
            f"Invalid 'items': expected an array of at most {_MAX_NEW_ITEMS} items.",
            param="items",
        )
    if required and not value:
        return invalid("Invalid 'items': expected at least one item.", param="items")
    for index, item in enumerate(value):
        if not isinstance(item, Mapping) or not (
            "role" in item or isinstance(item.get("type"), str)
        ):
            return invalid(
                f"Invalid 'items[{index}]': expected an input item with a 'role' or a 'type'.",
                param=f"items[{index}]",
            )
        if item.get("type") == "item_reference":
            return invalid(
                f"Invalid 'items[{index}]': item references cannot be added to a conversation.",
                param=f"items[{index}]",
            )
    return value


def _no_such_item(item_id: str) -> Reply:
    return Reply.error(404, f"Item with id '{item_id}' not found.", type="invalid_request_error")
