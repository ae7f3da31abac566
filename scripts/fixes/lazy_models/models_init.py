"""Every model of the API, each imported on first use: `from oai_api.models import Response`.

Type checkers read `__init__.pyi`, which imports them all. At run time this module holds no
names: a name's module is found in `_index` and imported when the name is first asked for, so
that importing one model module (which runs this package's `__init__` first) loads neither the
other models nor the index.

Nor a listing of this folder: Python's own finder reads the names of all of a folder's files
into a cache the first time anything is imported from it, which for these thousands of files
costs about 0.7 MB in every process that imports one model. `_ExactFinder` looks for the one
file asked for instead, and is used for this folder only.
"""

from __future__ import annotations

import importlib
import os
import sys
from importlib.machinery import FileFinder, ModuleSpec, SourceFileLoader
from typing import Any


class _ExactFinder(FileFinder):
    """A `FileFinder` that checks for `<name>.py` itself rather than listing the folder: a model
    module is found with one `stat`. Anything else (a name with no such file) is left to
    `FileFinder`, which is also what `pkgutil.iter_modules` walks."""

    def find_spec(self, fullname: str, target: Any = None) -> ModuleSpec | None:
        path = os.path.join(self.path, fullname.rpartition(".")[2] + ".py")
        if not os.path.isfile(path):
            return super().find_spec(fullname, target)
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, path), origin=path)
        spec.has_location = True  # gives `__file__` and `__cached__`, as a found file has
        return spec


def _find_files_exactly(folder: str) -> None:
    """Let `_ExactFinder` find this folder's modules, where they are plain files (not in a
    zip, where only the default finder can read them) and nothing has claimed it yet."""
    if os.path.isdir(folder) and folder not in sys.path_importer_cache:
        sys.path_importer_cache[folder] = _ExactFinder(folder, (SourceFileLoader, [".py"]))


_find_files_exactly(__path__[0])  # noqa: F821 -- a package module has `__path__`


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
