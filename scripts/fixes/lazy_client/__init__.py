"""The package's `Client`/`AuthenticatedClient` load when first asked for, not with every model.

Importing any model runs `oai_api/__init__.py` first, which imported `client.py` (and its attrs
classes): ~2-3.5 ms in every process that only uses models, `import oai` included. The package
now gives them from a module `__getattr__` on first use (a `TYPE_CHECKING` import for type
checkers); endpoint modules import `client.py` themselves, as before.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "client_on_first_use",
        "package_init.py.jinja",
        why=(
            "importing any model imports the package first; the client classes (and what they"
            " import) load when first asked for, not with every model"
        ),
    ),
)
