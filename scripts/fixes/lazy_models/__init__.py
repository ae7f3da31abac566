"""`oai_api.models` imports each model on first use, and reading it costs nothing until then.

Importing `models/__init__.py` imported every model module: ~1.1 s per process with bytecode
cached, 1.9 s without, before anything else could run. Then it held, for type checkers, the
generator's `from .module import Name` lines under `if TYPE_CHECKING:`, a name -> module table
and a module `__getattr__` (PEP 562): about 520 KB of bytecode, 1.4 MB at its peak and 0.7 MB
kept, in every process, since every model module is below the package and so runs its
`__init__` first, though the wrapper imports models by module and never looks a name up.

`split_models_init` now finishes the generator's `models/__init__.py` (its imports and
`__all__`, unpatched) into three files:

- `__init__.pyi`, the generator's file itself: type checkers see every model there;
- `_index.py`, the name -> module table, read on the first lookup by name;
- `__init__.py`, the module `__getattr__` and `__dir__` (`models_init.py` here), which import a
  model when its name is first asked for (`from oai_api.models import Response`) and keep it as
  a package attribute; `__all__` is looked up the same way, so `import *` still works. It
  also gives the folder a finder that looks for the one file asked for, where Python's own
  reads all 3,000-odd names into a cache first (0.7 MB in every process that imports a model).
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

__all__ = ["FINISHES", "split_models_init"]

_RUNTIME = Path(__file__).with_name("models_init.py")


def split_models_init(package: Path) -> None:
    """Turn the generator's `models/__init__.py` into its stub, its index and its runtime."""
    models = package / "models"
    generated = models / "__init__.py"
    pairs = sorted(
        (alias.name, node.module)
        for node in ast.parse(generated.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names
    )
    generated.replace(models / "__init__.pyi")
    lines = [
        '"""Which module below `oai_api.models` defines each model (see `models/__init__.py`)."""',
        "",
        "MODULES: dict[str, str] = {",
        *(f'    "{name}": "{module}",' for name, module in pairs),
        "}",
        "",
    ]
    (models / "_index.py").write_text("\n".join(lines), encoding="utf-8")
    shutil.copyfile(_RUNTIME, generated)


FINISHES = (split_models_init,)
