"""The hint a 404 gives when the base URL looks like it lacks the API's version (`/v1`).

`http://localhost:8000` instead of `http://localhost:8000/v1` is the commonest set-up mistake
with a local server, and every call then answers a 404 that says only "Not Found". A base URL
"names a version" when any segment of its path looks like one (`v1`, `v2`, `v1beta`: Gemini's
`/v1beta/openai` is fine), or it is an Azure deployment path (`/openai/deployments/<name>`),
which carries its version in a query instead.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

__all__ = ["version_hint"]

_VERSION_SEGMENT = re.compile(r"v\d+([a-z][a-z0-9]*)?", re.IGNORECASE)


def version_hint(base_url: str | None) -> str | None:
    """A sentence suggesting `/v1`, or None when the base URL already names a version.

    The URL is shown without any user name, password, query or fragment, which may hold a
    secret.
    """
    if not base_url:
        return None
    parts = urlsplit(base_url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if "deployments" in segments or any(_VERSION_SEGMENT.fullmatch(s) for s in segments):
        return None
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    shown = urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))
    return (
        f"Hint: the base URL {shown!r} names no API version; if every call answers 404,"
        f" the server probably serves the API under /v1: try base_url={shown + '/v1'!r}"
    )
