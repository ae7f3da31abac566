"""An answer is freed when the caller drops it, not when the garbage collector next runs.

httpx ties each answer to its stream in a cycle; left in place, a burst of async requests
held two to three times as many answers as were in flight (`_wire.release`). With the
collector off, a run of calls must leave nothing for it to find.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from oai.testing import FakeOpenAI
from wrapper_support import HELLO, resolve


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def calls(client: Any, n: int) -> None:
    for _ in range(n):
        status, _ = await resolve(client.chat(HELLO))
        assert status == 200
        got: list[Any] = []
        status, _ = await resolve(client.chat(HELLO, {"stream": True}, got.append))
        assert status == 200
        assert got


@pytest.mark.parametrize("transport", ["oai's own", "httpx's"])
async def test_calls_leave_no_cycles(
    make_client: Any, server: FakeOpenAI, transport: str, collector_off: None
) -> None:
    own = transport == "oai's own"
    client = make_client(transport=None) if own else make_client()
    await calls(client, 3)  # lazy imports, the pool's connection, the caches
    gc.collect()
    await calls(client, 5)
    assert gc.collect() == 0
