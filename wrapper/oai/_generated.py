"""Names in the generated package, imported the first time a call needs them.

A client generated from the full spec holds thousands of model modules; the wrapper uses a few
dozen, and a program usually a handful of those. So the wrapper names what it uses by module
and attribute, and `import oai` imports none of it: each generated module is imported when the
first request that needs it is built or answered, and kept from then on (as Python keeps every
module it imports). Type checkers still see the real types, through `TYPE_CHECKING` imports
and annotations where the names are used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def load(module: str, name: str) -> Any:
    """`oai_api.<module>.<name>`, importing its module if nothing has imported it yet."""
    return getattr(importlib.import_module(f"oai_api.{module}"), name)


class LazyFunction:
    """Calls the function `load()` returns, calling `load` only the first time.

    This is what the operation table holds in place of a generated builder or `from_dict`: it
    costs one extra call per use, and no import before the first one.
    """

    __slots__ = ("_function", "_load")

    def __init__(self, load: Callable[[], Callable[..., Any]]) -> None:
        self._load = load
        self._function: Callable[..., Any] | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return (self._function or self.function())(*args, **kwargs)

    def function(self) -> Callable[..., Any]:
        """The function this stands for, loaded now if it was not yet."""
        if self._function is None:
            self._function = self._load()
        return self._function


def resolved(function: Callable[..., Any]) -> Callable[..., Any]:
    """The function a `LazyFunction` stands for, loaded now; any other function as it is.

    For a loop that calls it once per streamed event, where the extra call adds up.
    """
    return function.function() if isinstance(function, LazyFunction) else function


def builder(endpoint: str) -> Callable[..., dict[str, Any]]:
    """The request builder of `oai_api.api.<endpoint>` (e.g. `chat.create_chat_completion`)."""
    return LazyFunction(lambda: load(f"api.{endpoint}", "_get_kwargs"))


def reader(model: type[Any]) -> Callable[[Mapping[str, Any]], Any]:
    """`model.from_dict` as one call (`oai_api._model.reader`), for what reads a model per
    streamed event."""
    return load("_model", "reader")(model)  # type: ignore[no-any-return]


def parser(module: str, model: str) -> Callable[[Mapping[str, Any]], Any]:
    """`from_dict` of the generated model `oai_api.models.<module>.<model>` (as `reader`)."""
    return LazyFunction(lambda: reader(load(f"models.{module}", model)))


__all__ = ["LazyFunction", "builder", "load", "parser", "reader", "resolved"]
