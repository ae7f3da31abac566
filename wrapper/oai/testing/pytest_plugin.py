"""The pytest plugin: a fake OpenAI server and clients pointed at it, as fixtures.

Installing oai registers this module with pytest (the ``pytest11`` entry point ``oai``), so a
project's own tests get the fixtures without a conftest; ``-p no:oai`` turns it off, and
``-p oai.testing.pytest_plugin`` turns it on where plugin autoloading is off.

Every test gets a server and clients of its own, stopped and closed when it ends, so nothing
one test queues, scripts or stores reaches another. The clients never really sleep before a
retry: a scripted 429 is retried at once, and what the client would have waited is kept in
``fake_openai_waits``, so a test of retrying code takes milliseconds and can still check the
waits.

pytest imports this module when it starts; ``import oai`` never does, so a program does not
load pytest. Everything of ``oai`` beyond the package itself is imported by the fixtures, when
a test asks for one.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import ssl

    import oai
    from oai.testing import FakeOpenAI

__all__ = [
    "API_KEY",
    "TIMEOUT",
    "async_fake_openai_client",
    "fake_openai",
    "fake_openai_client",
    "fake_openai_waits",
    "pytest_configure",
]

API_KEY = "sk-fake-openai-test-key"
"""What the clients send when the server checks no key: never a key from the environment."""

TIMEOUT = 10.0
"""Seconds a client waits for the fake: a test that hangs fails soon, not in 10 minutes."""

MARKER = "fake_openai"


def _async_fixture(function: Callable[..., AsyncIterator[Any]]) -> Any:
    """A fixture of an async generator, made one the async plugin at hand will run.

    pytest-asyncio runs an async fixture only if it is marked as its own (in strict mode, its
    default), and then in the loop the test runs in; without it, a plain fixture, which
    anyio's plugin runs too.
    """
    try:
        import pytest_asyncio
    except ImportError:
        return pytest.fixture(function)
    return pytest_asyncio.fixture(function)


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker, so suites run with ``--strict-markers`` accept it."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**settings): FakeOpenAI(**settings) for this test's fake_openai server"
        " (api_key=, calls_tools=, without=, history=, poll_after_ms=)",
    )


@pytest.fixture
def fake_openai(request: pytest.FixtureRequest) -> Iterator[FakeOpenAI]:
    """A running ``oai.testing.FakeOpenAI`` for this test, stopped when it ends.

    Script it as the README shows (``enqueue``, ``script``, ``route``) and read what the
    client sent (``requests``, ``last_request``). ``@pytest.mark.fake_openai(calls_tools=True)``
    (or any other ``FakeOpenAI`` setting) makes this test's server so.
    """
    from oai.testing import FakeOpenAI

    with FakeOpenAI(**_server_settings(request)) as server:
        yield server


@pytest.fixture
def fake_openai_waits() -> list[float]:
    """The seconds, in order, that this test's clients would have slept before their retries."""
    return []


@pytest.fixture
def fake_openai_client(
    fake_openai: FakeOpenAI, fake_openai_waits: list[float]
) -> Iterator[oai.OpenAI]:
    """An ``oai.OpenAI`` pointed at ``fake_openai``, closed when the test ends."""
    import httpx

    import oai

    transport = httpx.HTTPTransport(verify=_tls_context())  # no proxy: the fake is local
    with oai.OpenAI(
        transport=transport, **_client_settings(fake_openai, fake_openai_waits)
    ) as client:
        yield client


@_async_fixture
async def async_fake_openai_client(
    fake_openai: FakeOpenAI, fake_openai_waits: list[float]
) -> AsyncIterator[oai.AsyncOpenAI]:
    """An ``oai.AsyncOpenAI`` pointed at ``fake_openai``, closed when the test ends."""
    from oai import AsyncOpenAI
    from oai._transports._async_pool import AsyncPoolTransport

    # oai's own pool, as an async client has by default, but never through a proxy.
    async with AsyncOpenAI(
        transport=AsyncPoolTransport(), **_client_settings(fake_openai, fake_openai_waits)
    ) as client:
        yield client


def _client_settings(server: FakeOpenAI, waits: list[float]) -> dict[str, Any]:
    """What both clients are made with: every setting the environment could otherwise give."""
    import oai

    async def async_sleep(seconds: float) -> None:
        import asyncio

        waits.append(seconds)
        await asyncio.sleep(0)  # a retry still lets other tasks run, as a real wait would

    policy = oai.RetryPolicy(sleep=waits.append, async_sleep=async_sleep, random=_no_jitter)
    return {
        "api_key": server.api_key or API_KEY,
        "base_url": server.base_url,
        "timeout": TIMEOUT,
        "retry_policy": policy,
    }


def _no_jitter() -> float:
    """Waits without the random 0-25 % off, so a test can expect exact numbers."""
    return 0.0


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every sync client: httpx makes one per client otherwise (~50 ms),
    and the fake speaks plain HTTP anyway."""
    import ssl

    return ssl.create_default_context()


def _server_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The ``fake_openai`` marker's settings, checked against what ``FakeOpenAI`` takes."""
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return {}
    from oai.testing import FakeOpenAI

    taken = [
        name
        for name, parameter in inspect.signature(FakeOpenAI.__init__).parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY
    ]
    if marker.args:
        pytest.fail(
            f"@pytest.mark.{MARKER} takes settings by name ({', '.join(taken)}),"
            f" got {marker.args!r}",
            pytrace=False,
        )
    unknown = sorted(set(marker.kwargs) - set(taken))
    if unknown:
        pytest.fail(
            f"@pytest.mark.{MARKER} got unknown settings {unknown}; FakeOpenAI takes:"
            f" {', '.join(taken)}",
            pytrace=False,
        )
    return dict(marker.kwargs)
