"""`oai_api.models` imports each model on first use, not all ~3,300 when it is first touched.

Importing `models/__init__.py` imported every model module: ~1.1 s per process with bytecode
cached, 1.9 s without, before anything else could run. It now holds the generator's own
`from .module import Name` lines under `if TYPE_CHECKING:` (type checkers see every name), a
name -> module table, a module `__getattr__` (PEP 562) that imports a model on first use and
keeps it as a module attribute, and `__dir__`; `__all__` is kept. The table holds module names
without the leading dot, the same strings as the imports', which the bytecode then stores once.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "type_checking_imports",
        "models_init.py.jinja",
        why=(
            "importing every model when `oai_api.models` is first touched took ~1.1 s per process"
            " on the public spec; models are now imported on first use, and type checkers see"
            " them through TYPE_CHECKING"
        ),
    ),
    _patch(
        __file__,
        "module_getattr",
        "models_init.py.jinja",
        why="it defines the module __getattr__ that imports a model on first use",
    ),
)
