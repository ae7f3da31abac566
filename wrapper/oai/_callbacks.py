"""How user code is called from the I/O shells: the steps that differ between sync and async.

`AsyncOpenAI` lets a callback be a coroutine function and awaits what it returns when that is
awaitable; `OpenAI` calls it and ignores the result. The same goes for the functions a tool loop
runs: the async session awaits an async tool and runs the calls of one reply concurrently, the
sync one runs them in order and refuses async tools before anything is sent. The async sources
call the `a`-named hooks, which `scripts/unasync.py` maps to the plain ones in the sync twins.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._tools import Toolbox

__all__ = [
    "acheck_tools",
    "agather",
    "ainvoke",
    "aresolve",
    "check_tools",
    "gather",
    "invoke",
    "resolve",
]

T = TypeVar("T")


def invoke(callback: Callable[[Any], object], item: Any) -> None:
    callback(item)


async def ainvoke(callback: Callable[[Any], object], item: Any) -> None:
    result = callback(item)
    if isinstance(result, Awaitable):
        await result


def resolve(value: T) -> T:
    return value


async def aresolve(value: Any) -> Any:
    """A tool's return value, awaited when the tool is an async function."""
    return await value if isinstance(value, Awaitable) else value


def gather(*results: T) -> list[T]:
    """The sync twin: each call has run, in order, while its argument was evaluated."""
    return list(results)


async def agather(*calls: Awaitable[T]) -> list[T]:
    """Run the calls of one reply concurrently; all finish before the first error is raised."""
    import asyncio

    results = await asyncio.gather(*calls, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results  # type: ignore[return-value]


def check_tools(toolbox: Toolbox) -> None:
    """Refuse async tools up front: the sync session has no event loop to await them in."""
    from ._tools import coroutine_tools

    names = coroutine_tools(list(toolbox.tools.values()))
    if names:
        raise TypeError(
            f"{', '.join(names)}: async tools need the async session (new_async(), AsyncOpenAI)"
        )


def acheck_tools(toolbox: Toolbox) -> None:
    """The async session takes sync and async tools alike."""
