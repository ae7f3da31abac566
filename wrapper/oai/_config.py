"""Client settings, resolved once from arguments and the environment.

Everything a request needs that does not change between requests (base URL, headers, timeout,
retry policy) is computed here when the client is made, not on every call.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import NamedTuple
from urllib.parse import urlsplit

import httpx

from ._retry_policy import RetryPolicy, check_max_retries
from ._version import __version__

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4.1"
# Generation can legitimately take minutes; connecting should not.
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=DEFAULT_CONNECT_TIMEOUT)

# Defaults of many requests at once, here rather than with the code that uses them so that the
# client's signatures can name them without `import oai` loading that code.
BATCH_MAX_LINES = 50_000
"""The most requests one batch input file may hold."""
BATCH_MAX_BYTES = 200 * 2**20
"""The most bytes one batch input file may hold (200 MB, as the API counts them)."""
MAP_MAX_CONCURRENCY = 64
"""`map`'s ceiling on requests in flight, whatever the rate limit would allow."""

TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """Marks an argument left out where None means something (`timeout=None`: no timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class ClientConfig(NamedTuple):
    """What a client was configured with. The API key is kept but never shown in a repr."""

    api_key: str | None
    base_url: str
    organization: str | None
    project: str | None
    default_model: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    headers: Mapping[str, str]

    def __repr__(self) -> str:
        # The key as stars, the headers (which carry it too) not at all.
        key = "None" if self.api_key is None else "'***'"
        return (
            f"ClientConfig(api_key={key}, base_url={self.base_url!r},"
            f" organization={self.organization!r}, project={self.project!r},"
            f" default_model={self.default_model!r}, timeout={self.timeout!r},"
            f" retry={self.retry!r})"
        )

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
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        env_prefix: str = "OPENAI",
        default_base_url: str = DEFAULT_BASE_URL,
    ) -> ClientConfig:
        """Fill what the caller left out from `<env_prefix>_API_KEY` and friends.

        `max_retries`, when given, replaces the retry count of `retry_policy` (default 2).
        """
        api_key = api_key if api_key is not None else os.environ.get(f"{env_prefix}_API_KEY")
        base_url = _resolve_base_url(base_url, f"{env_prefix}_BASE_URL", default_base_url, api_key)
        if not isinstance(default_model, str) or not default_model:
            raise ValueError("default_model must be a non-empty string")
        headers = {"User-Agent": f"oai-python/{__version__}", "Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        if organization:
            headers["OpenAI-Organization"] = organization
        if project:
            headers["OpenAI-Project"] = project
        headers.update(_checked_headers(default_headers, "default_headers"))
        return cls(
            api_key=api_key or None,
            base_url=base_url.rstrip("/"),
            organization=organization,
            project=project,
            default_model=default_model,
            timeout=to_timeout(timeout, "timeout"),
            retry=to_retry_policy(retry_policy, max_retries),
            headers=headers,
        )

    def with_changes(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ClientConfig:
        """This configuration with a few settings replaced, checked as `resolve` checks them."""
        if not isinstance(timeout, NotGiven):
            timeout = to_timeout(timeout, "timeout")
        return self._replace(
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            retry=to_retry_policy(self.retry, max_retries),
            headers={**self.headers, **_checked_headers(headers, "default_headers")},
        )


def _resolve_base_url(
    argument: str | None, env_name: str, default: str, api_key: str | None
) -> str:
    """The base URL from the argument, else the environment, else the default; checked here.

    A URL without a scheme would otherwise be accepted and fail only on the first call, with an
    httpx error about a relative URL that names neither the setting nor where it came from.
    """
    if argument:
        value, source = argument, "the base_url argument"
    elif os.environ.get(env_name):
        value, source = os.environ[env_name], f"the {env_name} environment variable"
    else:
        value, source = default, "the default base URL"
    problem = _base_url_problem(value)
    if problem is not None:
        raise ValueError(_bad_base_url_message(value, source, problem, api_key))
    return value


def _base_url_problem(value: object) -> str | None:
    """What keeps `value` from being a base URL httpx can send to, or None when nothing does."""
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    if value != value.strip():
        return "has spaces around it"
    if "://" not in value:
        return "has no scheme"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        return f"has the scheme {parts.scheme!r}, not http or https"
    if not parts.hostname:
        return "has no host"
    return None


def _bad_base_url_message(value: object, source: str, problem: str, api_key: str | None) -> str:
    text = str(value)
    if (api_key and api_key in text) or text.strip().startswith("sk-"):
        # Set to the key by mistake (or holding it): say what is wrong without quoting it.
        return f"the base URL from {source} {problem} (its value is not shown: it holds an API key)"
    message = f"base URL {value!r} from {source} {problem}"
    bare = text.strip().split("://", 1)[-1]
    if not urlsplit("//" + bare).hostname:
        return f"{message}: a base URL looks like 'https://api.openai.com/v1'"
    if _is_local(bare):
        return f"{message}: use 'http://{bare}' (or 'https://{bare}' if the server speaks TLS)"
    return f"{message}: use 'https://{bare}' (or 'http://{bare}' if the server has no TLS)"


def _is_local(bare_url: str) -> bool:
    """A server on this machine or the local network: plain http is what it usually speaks."""
    import ipaddress

    host = urlsplit("//" + bare_url).hostname or ""
    if host == "localhost" or host.endswith((".local", ".localhost")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_unspecified


def unknown_settings_error(owner: str, unknown: Iterable[str], known: Iterable[str]) -> TypeError:
    """A `TypeError` for settings a client does not take, naming the closest real ones.

    Python's own message would name `BaseClient.__init__`, an internal class, and leave the
    user to find the typo; only the names are quoted, never the values (a key, say).
    """
    import difflib

    known = sorted(known)
    names = []
    for name in sorted(unknown):
        close = difflib.get_close_matches(name, known, n=1)
        names.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    what = "an unknown setting" if len(names) == 1 else "unknown settings"
    return TypeError(f"{owner} got {what}: {', '.join(names)}; its settings are {', '.join(known)}")


def to_retry_policy(policy: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    """`retry_policy` (or the default one) with `max_retries`, if given, as its retry count."""
    if policy is not None and not isinstance(policy, RetryPolicy):
        raise TypeError(f"retry_policy must be an oai.RetryPolicy, got {type(policy).__name__}")
    policy = policy or RetryPolicy()
    if max_retries is None:
        return policy
    return policy.replace(max_retries=check_max_retries(max_retries))


def _checked_headers(headers: Mapping[str, str] | None, name: str) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(
            f"{name} must be a dict of header names to values, got {type(headers).__name__}"
        )
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name} must map header names to strings; check {key!r}")
    return dict(headers)


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


__all__ = [
    "BATCH_MAX_BYTES",
    "BATCH_MAX_LINES",
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MODEL",
    "DEFAULT_TIMEOUT",
    "MAP_MAX_CONCURRENCY",
    "NOT_GIVEN",
    "ClientConfig",
    "NotGiven",
    "TimeoutTypes",
    "to_retry_policy",
    "to_timeout",
    "unknown_settings_error",
]
