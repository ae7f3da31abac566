"""Client settings, resolved once from arguments and the environment.

Everything a request needs that does not change between requests (base URL, headers, timeout)
is computed here when the client is made, not on every call.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs
import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4.1"
# Generation can legitimately take minutes; connecting should not.
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=DEFAULT_CONNECT_TIMEOUT)

TimeoutTypes = float | httpx.Timeout | None


def _hide(value: str | None) -> str:
    return "None" if value is None else "'***'"


@attrs.frozen
class ClientConfig:
    """What a client was configured with. The API key is kept but never shown in a repr."""

    api_key: str | None = attrs.field(repr=_hide)
    base_url: str
    organization: str | None
    project: str | None
    default_model: str
    timeout: httpx.Timeout
    headers: Mapping[str, str] = attrs.field(repr=False)

    @classmethod
    def resolve(
        cls,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        default_model: str = DEFAULT_MODEL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        default_headers: Mapping[str, str] | None = None,
        env_prefix: str = "OPENAI",
    ) -> ClientConfig:
        """Fill what the caller left out from `<env_prefix>_API_KEY` and friends."""
        api_key = api_key if api_key is not None else os.environ.get(f"{env_prefix}_API_KEY")
        base_url = base_url or os.environ.get(f"{env_prefix}_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(default_model, str) or not default_model:
            raise ValueError("default_model must be a non-empty string")
        headers = {"User-Agent": f"oai-python/{__version__}", "Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        if organization:
            headers["OpenAI-Organization"] = organization
        if project:
            headers["OpenAI-Project"] = project
        headers.update(default_headers or {})
        return cls(
            api_key=api_key or None,
            base_url=base_url.rstrip("/"),
            organization=organization,
            project=project,
            default_model=default_model,
            timeout=to_timeout(timeout, "timeout"),
            headers=headers,
        )


def to_timeout(value: TimeoutTypes, name: str) -> httpx.Timeout:
    """Accept seconds or an `httpx.Timeout`; reject values that could never succeed."""
    if isinstance(value, httpx.Timeout):
        timeout = value
    elif value is None:
        timeout = httpx.Timeout(None)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        timeout = httpx.Timeout(float(value), connect=min(float(value), DEFAULT_CONNECT_TIMEOUT))
    else:
        raise TypeError(f"{name} must be a number of seconds or an httpx.Timeout, got {value!r}")
    for part in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        if part is not None and part <= 0:
            raise ValueError(f"{name} must be positive, got {value!r}")
    return timeout
