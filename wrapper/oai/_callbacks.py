"""How a stream callback is called: the one step of streaming that differs between the clients.

`AsyncOpenAI` lets a callback be a coroutine function and awaits what it returns when that is
awaitable; `OpenAI` calls it and ignores the result. The async client's source calls `ainvoke`,
which `scripts/unasync.py` maps to `invoke` in the sync twin.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["ainvoke", "invoke"]


def invoke(callback: Callable[[Any], object], item: Any) -> None:
    callback(item)


async def ainvoke(callback: Callable[[Any], object], item: Any) -> None:
    result = callback(item)
    if isinstance(result, Awaitable):
        await result
