"""What the fake server saw: one immutable record per HTTP request."""

from __future__ import annotations

import json as _json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["API_PREFIX", "Headers", "RecordedRequest", "api_route"]

API_PREFIX = "/v1"
_AZURE = "/openai"
_DEPLOYMENTS = "/openai/deployments/"


def api_route(path: str) -> str | None:
    """A path relative to the API root it is under, or None when it is under none.

    The roots are OpenAI's, ``/v1``, and an Azure OpenAI resource's, so that
    ``oai.compat.Azure`` can be tested against the fake as it is: ``/openai/v1`` (the v1
    API), ``/openai/deployments/<name>`` and ``/openai`` (the classic API, whose
    ``api-version`` query the fake ignores).
    """
    for root in (API_PREFIX, _AZURE + API_PREFIX):
        if path.startswith(root + "/"):
            return path[len(root) :]
    if path.startswith(_DEPLOYMENTS):
        name, slash, rest = path[len(_DEPLOYMENTS) :].partition("/")
        return "/" + rest if name and slash else None
    if path.startswith(_AZURE + "/"):
        return path[len(_AZURE) :]
    return None


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive header mapping.

    HTTP header names are case-insensitive, and clients disagree on the case they send, so
    tests should be able to write ``headers["Authorization"]`` or ``headers["authorization"]``
    without caring which one the client under test used. Keys iterate lower-cased; repeated
    headers are joined with ``", "`` as RFC 9110 allows.
    """

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        merged: dict[str, str] = {}
        for name, value in items:
            key = name.lower()
            merged[key] = f"{merged[key]}, {value}" if key in merged else value
        self._items = merged

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


@dataclass(frozen=True, kw_only=True)
class RecordedRequest:
    """One request as received, kept so tests can assert on what the client actually sent.

    ``path`` is the full path as sent (``"/v1/chat/completions"``), because that is what a
    client bug would get wrong; ``route_path`` drops the ``/v1`` prefix (or an Azure one) and
    is what :meth:`FakeOpenAI.route` matches on. ``received_at`` is a :func:`time.monotonic`
    timestamp, so tests can measure the spacing of retries.
    """

    method: str
    path: str
    #: Query parameters; when a name repeats, the last value wins.
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    received_at: float

    @property
    def route_path(self) -> str:
        """The path relative to the API root: ``"/chat/completions"`` for ``/v1/chat/...``."""
        if self.path == API_PREFIX:
            return "/"
        route = api_route(self.path)
        return self.path if route is None else route

    @property
    def text(self) -> str:
        """The body decoded as UTF-8; invalid bytes are replaced rather than raising."""
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON; raises :class:`ValueError` if it is not valid JSON."""
        return _json.loads(self.body)
