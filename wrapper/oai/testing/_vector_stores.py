"""Vector stores of the fake: files attached, indexed in the background, then searchable.

Retrieval-augmented code has to wait before it can search: a file attached to a store is
``in_progress`` until indexing ends ``completed`` -- or ``failed``, with a ``last_error`` the
client must surface, for a file with no text in it. The fake indexes a file when it is
watched: each read of the file, of its file batch or of its store shows the state and then
finishes the indexing of every file it showed in progress, so the second read finds it done
and a polling loop sees the ``openai-poll-after-ms`` hint exactly while there is work left.
Lists only show; they never move anything on.

Search is real enough to test a RAG pipeline end to end: stored texts are cut into chunks (one
per paragraph, long paragraphs cut into pieces of ``max_chunk_size_tokens`` words), scored by
the share of the query's words each chunk contains, and filtered by the files' attributes. The
file-search tool of Responses uses the same ranking through :meth:`VectorStoreStore.search`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._chat import CREATED
from ._forms import invalid, read_json
from ._replies import Reply
from ._request import RecordedRequest
from ._store import EndpointStore, _no_such, metadata_problem, page_of, poll_headers

__all__ = ["DEFAULT_CHUNKING", "VectorStoreStore"]

#: What ``chunking_strategy: {"type": "auto"}`` (or none) means, as the API reports it.
DEFAULT_CHUNKING: Mapping[str, Any] = {
    "type": "static",
    "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
}
_LIST_LIMIT = (20, 100)
_FILE_FILTERS = ("in_progress", "completed", "failed", "cancelled")
_DAY = 24 * 60 * 60
_WORD = re.compile(r"\w+")


@dataclass
class _File:
    public: dict[str, Any]
    filename: str
    outcome: dict[str, Any]
    """What indexing will set on ``public``: its final status, usage and error."""
    chunks: list[str]
    batch_id: str | None = None


@dataclass
class _Store:
    public: dict[str, Any]
    files: dict[str, _File] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)


class VectorStoreStore:
    """The vector stores of one fake server. Thread-safe: one lock guards all of them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every vector store; ids start again from 1."""
        with self._lock:
            self._stores: dict[str, _Store] = {}
            self._count = 0

    def _next(self) -> int:
        self._count += 1
        return self._count

    # -- for other endpoints (the file-search tool of Responses) --------------------------------

    def has(self, store_id: str) -> bool:
        """Whether ``store_id`` is a vector store of this server."""
        with self._lock:
            return store_id in self._stores

    def search(
        self,
        store_id: str,
        query: str | Sequence[str],
        max_results: int = 10,
        *,
        filters: Mapping[str, Any] | None = None,
        score_threshold: float = 0.0,
    ) -> list[dict[str, Any]]:
        """The best chunks of ``store_id``'s indexed files for ``query``, best first.

        Each result is a ``VectorStoreSearchResultItem``: ``file_id``, ``filename``, ``score``
        (the share of the query's words found in the chunk, 0 to 1), the file's ``attributes``
        and ``content`` ``[{"type": "text", "text": chunk}]``. Only chunks sharing a word with
        the query are answered; files still in progress are not searched yet. ``filters`` is
        an API attribute filter (comparison or compound). Raises ``LookupError`` for a store
        this server does not hold.
        """
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                raise LookupError(f"No such vector store: {store_id}")
            files = [f for f in store.files.values() if f.public["status"] == "completed"]
        words = {w for q in ([query] if isinstance(query, str) else query) for w in _words(q)}
        scored: list[tuple[float, int, dict[str, Any]]] = []
        for file in files:
            attributes = file.public.get("attributes") or {}
            if filters is not None and not _matches(filters, attributes):
                continue
            for chunk in file.chunks:
                found = words & set(_words(chunk))
                score = round(len(found) / len(words), 4) if words else 0.0
                if found and score >= score_threshold:
                    result = {
                        "file_id": file.public["id"],
                        "filename": file.filename,
                        "score": score,
                        "attributes": attributes,
                        "content": [{"type": "text", "text": chunk}],
                    }
                    scored.append((score, len(scored), result))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [result for _, _, result in scored[:max_results]]

    # -- vector stores ---------------------------------------------------------------------------

    def create(self, request: RecordedRequest, files: EndpointStore) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _store_problem(body, creating=True)
        if problem is not None:
            return problem
        file_ids = body.get("file_ids", [])
        if not isinstance(file_ids, list) or not all(isinstance(f, str) for f in file_ids):
            return invalid("Invalid 'file_ids': expected an array of file ids.", param="file_ids")
        chunking = _chunking(body.get("chunking_strategy"))
        if isinstance(chunking, Reply):
            return chunking
        attached = _attachable(files, [(f, None) for f in file_ids], "file_ids")
        if isinstance(attached, Reply):
            return attached
        with self._lock:
            number = self._next()
            created = CREATED + number
            store = _Store(
                public={
                    "id": f"vs_{number:04d}",
                    "object": "vector_store",
                    "created_at": created,
                    "name": body.get("name") or "",
                    "usage_bytes": 0,
                    "file_counts": _counts([]),
                    "status": "completed",
                    "expires_after": None,
                    "expires_at": None,
                    "last_active_at": created,
                    "metadata": body.get("metadata") or {},
                }
            )
            _set_expiry(store.public, body.get("expires_after"))
            self._stores[store.public["id"]] = store
            for record, content, attributes in attached:
                self._attach(store, record, content, attributes, chunking, None)
            return Reply.json(_refresh(store))

    def list(self, request: RecordedRequest) -> Reply:
        with self._lock:
            stores = [_refresh(store) for store in self._stores.values()]
        return _page(stores, request.query)

    def get(self, store_id: str, poll_after_ms: int | None = None) -> Reply:
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            public = _refresh(store)
            reply = Reply.json(public, headers=poll_headers(poll_after_ms, _working(public)))
            _index(store.files.values())
            return reply

    def modify(self, store_id: str, request: RecordedRequest) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _store_problem(body, creating=False)
        if problem is not None:
            return problem
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            if "name" in body:
                store.public["name"] = body["name"] or ""
            if "metadata" in body:
                store.public["metadata"] = body["metadata"] or {}
            if "expires_after" in body:
                _set_expiry(store.public, body["expires_after"])
            return Reply.json(_refresh(store))

    def delete(self, store_id: str) -> Reply:
        with self._lock:
            if self._stores.pop(store_id, None) is None:
                return _no_such("VectorStore", store_id)
        return Reply.json({"id": store_id, "object": "vector_store.deleted", "deleted": True})

    # -- vector store files ----------------------------------------------------------------------

    def create_file(self, store_id: str, request: RecordedRequest, files: EndpointStore) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        file_id = body.get("file_id")
        if not isinstance(file_id, str):
            return invalid(
                "Missing required parameter: 'file_id'.",
                param="file_id",
                code="missing_required_parameter",
            )
        problem = _attributes_problem(body.get("attributes"), "attributes")
        if problem is not None:
            return problem
        chunking = _chunking(body.get("chunking_strategy"))
        if isinstance(chunking, Reply):
            return chunking
        attached = _attachable(files, [(file_id, body.get("attributes"))], "file_id")
        if isinstance(attached, Reply):
            return attached
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            record, content, attributes = attached[0]
            made = self._attach(store, record, content, attributes, chunking, None)
            return Reply.json(made.public)

    def list_files(self, store_id: str, request: RecordedRequest) -> Reply:
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            found = [dict(f.public) for f in store.files.values()]
        return _page_files(found, request.query)

    def file(self, store_id: str, file_id: str, poll_after_ms: int | None = None) -> Reply:
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            found = store.files.get(file_id)
            if found is None:
                return _no_such("VectorStoreFile", file_id)
            working = found.public["status"] == "in_progress"
            reply = Reply.json(found.public, headers=poll_headers(poll_after_ms, working))
            _index([found])
            return reply

    def delete_file(self, store_id: str, file_id: str) -> Reply:
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            if store.files.pop(file_id, None) is None:
                return _no_such("VectorStoreFile", file_id)
        return Reply.json({"id": file_id, "object": "vector_store.file.deleted", "deleted": True})

    # -- file batches ----------------------------------------------------------------------------

    def create_batch(self, store_id: str, request: RecordedRequest, files: EndpointStore) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        wanted = _batch_files(body)
        if isinstance(wanted, Reply):
            return wanted
        chunking = _chunking(body.get("chunking_strategy"))
        if isinstance(chunking, Reply):
            return chunking
        attached = _attachable(files, wanted, "files" if "files" in body else "file_ids")
        if isinstance(attached, Reply):
            return attached
        with self._lock:
            store = self._stores.get(store_id)
            if store is None:
                return _no_such("VectorStore", store_id)
            number = self._next()
            batch_id = f"vsfb_{number:04d}"
            batch = {
                "id": batch_id,
                "object": "vector_store.files_batch",
                "created_at": CREATED + number,
                "vector_store_id": store_id,
                "status": "in_progress",
                "file_counts": _counts([]),
            }
            store.batches[batch_id] = batch
            for record, content, attributes in attached:
                self._attach(store, record, content, attributes, chunking, batch_id)
            return Reply.json(_refresh_batch(store, batch))

    def batch(self, store_id: str, batch_id: str, poll_after_ms: int | None = None) -> Reply:
        with self._lock:
            found = self._find_batch(store_id, batch_id)
            if isinstance(found, Reply):
                return found
            store, batch = found
            public = _refresh_batch(store, batch)
            reply = Reply.json(public, headers=poll_headers(poll_after_ms, _working(public)))
            _index(_batch_members(store, batch_id))
            return reply

    def cancel_batch(self, store_id: str, batch_id: str) -> Reply:
        """Stops the batch's files still in progress (they become ``cancelled``)."""
        with self._lock:
            found = self._find_batch(store_id, batch_id)
            if isinstance(found, Reply):
                return found
            store, batch = found
            status = _refresh_batch(store, batch)["status"]
            if status not in ("in_progress", "cancelled"):
                return Reply.error(
                    409,
                    f"Cannot cancel file batch {batch_id}: its status is {status!r}.",
                    type="invalid_request_error",
                )
            for member in _batch_members(store, batch_id):
                if member.public["status"] == "in_progress":
                    member.public["status"] = "cancelled"
            batch["status"] = "cancelled"
            return Reply.json(_refresh_batch(store, batch))

    def batch_files(self, store_id: str, batch_id: str, request: RecordedRequest) -> Reply:
        with self._lock:
            found = self._find_batch(store_id, batch_id)
            if isinstance(found, Reply):
                return found
            store, _ = found
            members = [dict(member.public) for member in _batch_members(store, batch_id)]
        return _page_files(members, request.query)

    # -- search ----------------------------------------------------------------------------------

    def search_endpoint(self, store_id: str, request: RecordedRequest) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        query = body.get("query")
        queries = [query] if isinstance(query, str) else query
        if (
            not isinstance(queries, list)
            or not queries
            or not all(isinstance(q, str) and q for q in queries)
        ):
            return invalid(
                "Invalid 'query': expected a non-empty string or array of strings.", param="query"
            )
        limit = body.get("max_num_results", 10)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 50:
            return invalid(
                "Invalid 'max_num_results': expected an integer between 1 and 50.",
                param="max_num_results",
            )
        filters = body.get("filters")
        if filters is not None and _filter_problem(filters):
            return invalid(
                "Invalid 'filters': expected a comparison or compound filter.", param="filters"
            )
        threshold = _score_threshold(body.get("ranking_options"))
        if isinstance(threshold, Reply):
            return threshold
        try:
            results = self.search(
                store_id, queries, limit, filters=filters, score_threshold=threshold
            )
        except LookupError:
            return _no_such("VectorStore", store_id)
        with self._lock:
            store = self._stores.get(store_id)
            if store is not None:
                store.public["last_active_at"] = CREATED + self._next()
                _set_expiry(store.public, store.public["expires_after"])
        return Reply.json(
            {
                "object": "vector_store.search_results.page",
                "search_query": queries,
                "data": results,
                "has_more": False,
                "next_page": None,
            }
        )

    # -- helpers (called with the lock held) -----------------------------------------------------

    def _attach(
        self,
        store: _Store,
        record: Mapping[str, Any],
        content: bytes | None,
        attributes: Mapping[str, Any] | None,
        chunking: Mapping[str, Any],
        batch_id: str | None,
    ) -> _File:
        number = self._next()
        outcome, chunks = _indexed(record, content, chunking)
        made = _File(
            public={
                "id": record["id"],
                "object": "vector_store.file",
                "usage_bytes": 0,
                "created_at": CREATED + number,
                "vector_store_id": store.public["id"],
                "status": "in_progress",
                "last_error": None,
                "chunking_strategy": chunking,
                "attributes": dict(attributes or {}),
            },
            filename=record["filename"],
            outcome=outcome,
            chunks=chunks,
            batch_id=batch_id,
        )
        store.files.pop(record["id"], None)  # attaching again replaces, and moves it last
        store.files[record["id"]] = made
        return made

    def _find_batch(self, store_id: str, batch_id: str) -> tuple[_Store, dict[str, Any]] | Reply:
        store = self._stores.get(store_id)
        if store is None:
            return _no_such("VectorStore", store_id)
        batch = store.batches.get(batch_id)
        if batch is None:
            return _no_such("VectorStoreFileBatch", batch_id)
        return store, batch


# -- state -----------------------------------------------------------------------------------------


def _index(files: Any) -> None:
    """Finish the indexing of every file in progress among ``files``."""
    for file in files:
        if file.public["status"] == "in_progress":
            file.public.update(file.outcome)


def _indexed(
    record: Mapping[str, Any], content: bytes | None, chunking: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """What indexing a file will end in, decided when it is attached: so it is deterministic."""

    def failed(code: str, message: str) -> tuple[dict[str, Any], list[str]]:
        return {"status": "failed", "last_error": {"code": code, "message": message}}, []

    if content is None:
        return failed("server_error", "FakeOpenAI keeps no content for files above 64 MiB.")
    if not content.strip():
        return failed("invalid_file", f"The file {record['id']} is empty.")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return failed("unsupported_file", f"The file {record['id']} is not UTF-8 text.")
    static = chunking["static"]
    chunks = _chunks(text, static["max_chunk_size_tokens"], static["chunk_overlap_tokens"])
    return {"status": "completed", "usage_bytes": len(content)}, chunks


def _chunks(text: str, size: int, overlap: int) -> list[str]:
    """Paragraphs, with a paragraph longer than ``size`` words cut into overlapping pieces."""
    chunks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        words = paragraph.split()
        if len(words) <= size:
            if words:
                chunks.append(" ".join(words))
            continue
        for start in range(0, len(words) - overlap, size - overlap):
            chunks.append(" ".join(words[start : start + size]))
    return chunks


def _counts(files: Sequence[_File]) -> dict[str, int]:
    counts = dict.fromkeys(("in_progress", "completed", "failed", "cancelled"), 0)
    for file in files:
        counts[file.public["status"]] += 1
    return {**counts, "total": len(files)}


def _refresh(store: _Store) -> dict[str, Any]:
    """The store's object with counts, status and usage brought up to date; a copy."""
    files = list(store.files.values())
    counts = _counts(files)
    store.public.update(
        file_counts=counts,
        status="in_progress" if counts["in_progress"] else "completed",
        usage_bytes=sum(f.public["usage_bytes"] for f in files),
    )
    return dict(store.public)


def _batch_members(store: _Store, batch_id: str) -> list[_File]:
    return [f for f in store.files.values() if f.batch_id == batch_id]


def _refresh_batch(store: _Store, batch: dict[str, Any]) -> dict[str, Any]:
    counts = _counts(_batch_members(store, batch["id"]))
    batch["file_counts"] = counts
    if batch["status"] != "cancelled":
        batch["status"] = "in_progress" if counts["in_progress"] else "completed"
    return dict(batch)


def _working(public: Mapping[str, Any]) -> bool:
    return bool(public["status"] == "in_progress")


def _set_expiry(public: dict[str, Any], expires_after: Any) -> None:
    public["expires_after"] = expires_after
    public["expires_at"] = (
        public["last_active_at"] + expires_after["days"] * _DAY if expires_after else None
    )


# -- listing ---------------------------------------------------------------------------------------


def _page(items: list[dict[str, Any]], query: Mapping[str, str]) -> Reply:
    """``order`` (newest first by default) and a ``before`` bound, then :func:`page_of`."""
    order = query.get("order", "desc")
    if order not in ("asc", "desc"):
        return invalid(f"Invalid value for 'order': {order!r}.", param="order")
    if order == "desc":
        items = items[::-1]
    before = query.get("before")
    if before is not None:
        ids = [item["id"] for item in items]
        if before not in ids:
            return invalid(
                f"Invalid 'before': no object with id {before!r} in this list.", param="before"
            )
        items = items[: ids.index(before)]
    return page_of(items, query, _LIST_LIMIT)


def _page_files(items: list[dict[str, Any]], query: Mapping[str, str]) -> Reply:
    wanted = query.get("filter")
    if wanted is not None and wanted not in _FILE_FILTERS:
        return invalid(
            f"Invalid value for 'filter': {wanted!r}; expected one of {list(_FILE_FILTERS)}.",
            param="filter",
        )
    return _page([i for i in items if wanted in (None, i["status"])], query)


# -- validation ------------------------------------------------------------------------------------


def _store_problem(body: Mapping[str, Any], *, creating: bool) -> Reply | None:
    allowed = {"name", "metadata", "expires_after"}
    if creating:
        allowed |= {"file_ids", "chunking_strategy"}
    unknown = sorted(set(body) - allowed)
    if unknown:
        return invalid(f"Unrecognized request argument supplied: {unknown[0]}", param=unknown[0])
    name = body.get("name")
    if name is not None and not isinstance(name, str):
        return invalid("Invalid 'name': expected a string.", param="name")
    problem = metadata_problem(body.get("metadata"))
    if problem is not None:
        return problem
    expires = body.get("expires_after")
    if expires is not None:
        days = expires.get("days") if isinstance(expires, dict) else None
        if (
            not isinstance(expires, dict)
            or expires.get("anchor") != "last_active_at"
            or not isinstance(days, int)
            or isinstance(days, bool)
            or not 1 <= days <= 365
        ):
            return invalid(
                "Invalid 'expires_after': expected anchor 'last_active_at' and 1 to 365 days.",
                param="expires_after",
            )
    return None


def _chunking(value: Any) -> dict[str, Any] | Reply:
    """The chunking a file gets, as reported back: ``auto`` (or none) is 800/400 tokens."""
    if value is None or value == {"type": "auto"}:
        return {"type": "static", "static": dict(DEFAULT_CHUNKING["static"])}
    static = value.get("static") if isinstance(value, dict) else None
    size = static.get("max_chunk_size_tokens") if isinstance(static, dict) else None
    overlap = static.get("chunk_overlap_tokens") if isinstance(static, dict) else None
    if (
        not isinstance(value, dict)
        or value.get("type") != "static"
        or not isinstance(size, int)
        or not isinstance(overlap, int)
        or not 100 <= size <= 4096
        or not 0 <= overlap <= size // 2
    ):
        return invalid(
            "Invalid 'chunking_strategy': expected {'type': 'auto'} or a static strategy with "
            "max_chunk_size_tokens 100 to 4096 and chunk_overlap_tokens at most half of it.",
            param="chunking_strategy",
        )
    return {
        "type": "static",
        "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap},
    }


def _batch_files(body: Mapping[str, Any]) -> list[tuple[str, Any]] | Reply:
    """``(file_id, attributes)`` for each file a file batch names, by ``file_ids`` or ``files``."""
    if "file_ids" in body and "files" in body:
        return invalid("Give either 'file_ids' or 'files', not both.", param="files")
    problem = _attributes_problem(body.get("attributes"), "attributes")
    if problem is not None:
        return problem
    if "files" in body:
        entries = body["files"]
        if (
            not isinstance(entries, list)
            or not entries
            or not all(isinstance(e, dict) and isinstance(e.get("file_id"), str) for e in entries)
        ):
            return invalid(
                "Invalid 'files': expected a non-empty array of {file_id, attributes}.",
                param="files",
            )
        for entry in entries:
            problem = _attributes_problem(entry.get("attributes"), "files")
            if problem is not None:
                return problem
        return [(e["file_id"], e.get("attributes", body.get("attributes"))) for e in entries]
    ids = body.get("file_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        return invalid(
            "Missing required parameter: 'file_ids' (a non-empty array of file ids).",
            param="file_ids",
            code="missing_required_parameter" if ids is None else None,
        )
    return [(file_id, body.get("attributes")) for file_id in ids]


def _attachable(
    files: EndpointStore, wanted: list[tuple[str, Any]], param: str
) -> list[tuple[dict[str, Any], bytes | None, Any]] | Reply:
    """The files store's record and content of each file to attach; 400 for one never uploaded."""
    found = []
    for file_id, attributes in wanted:
        stored = files.lookup(file_id)
        if stored is None:
            return invalid(f"Invalid '{param}': no file with id {file_id!r}.", param=param)
        found.append((stored[0], stored[1], attributes))
    return found


def _attributes_problem(value: Any, param: str) -> Reply | None:
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or len(value) > 16
        or not all(isinstance(k, str) and len(k) <= 64 for k in value)
        or not all(isinstance(v, str | int | float | bool) for v in value.values())
    ):
        return invalid(
            f"Invalid '{param}': attributes are up to 16 keys with string, number or boolean "
            "values.",
            param=param,
        )
    return None


def _score_threshold(options: Any) -> float | Reply:
    if options is None:
        return 0.0
    threshold = options.get("score_threshold", 0.0) if isinstance(options, dict) else None
    if (
        not isinstance(threshold, int | float)
        or isinstance(threshold, bool)
        or not (0 <= threshold <= 1)
    ):
        return invalid(
            "Invalid 'ranking_options': score_threshold is a number from 0 to 1.",
            param="ranking_options",
        )
    return float(threshold)


# -- search ----------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


_COMPARE = ("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin")


def _filter_problem(value: Any) -> bool:
    if not isinstance(value, dict):
        return True
    if value.get("type") in ("and", "or"):
        inner = value.get("filters")
        return not isinstance(inner, list) or any(_filter_problem(f) for f in inner)
    return value.get("type") not in _COMPARE or not isinstance(value.get("key"), str)


def _matches(spec: Mapping[str, Any], attributes: Mapping[str, Any]) -> bool:
    kind = spec["type"]
    if kind == "and":
        return all(_matches(f, attributes) for f in spec["filters"])
    if kind == "or":
        return any(_matches(f, attributes) for f in spec["filters"])
    if spec["key"] not in attributes:
        return kind in ("ne", "nin")
    have, want = attributes[spec["key"]], spec.get("value")
    if kind in ("in", "nin"):
        inside = isinstance(want, list) and have in want
        return inside if kind == "in" else not inside
    if kind == "eq":
        return bool(have == want)
    if kind == "ne":
        return bool(have != want)
    try:
        if kind == "gt":
            return bool(have > want)
        if kind == "gte":
            return bool(have >= want)
        if kind == "lt":
            return bool(have < want)
        return bool(have <= want)
    except TypeError:
        return False
