"""Every model of the API, each imported on first use: `from oai_api.models import Response`.

Type checkers read `__init__.pyi`, which imports them all. At run time this module holds no
names: a name's module is found in `_index` and imported when the name is first asked for, so
that importing one model module (which runs this package's `__init__` first) loads neither the
other models nor the index.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    """Import the module that defines `name` and keep the model as a package attribute."""
    from ._index import MODULES

    if name == "__all__":
        value: Any = tuple(MODULES)
    else:
        try:
            module = MODULES[name]
        except KeyError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import MODULES

    return sorted({*globals(), *MODULES})
