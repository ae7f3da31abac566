"""What openapi-python-client 0.29.1 gets wrong about the OpenAI spec, and the remedy, by fix.

Each fix is a folder: its `__init__.py` says what goes wrong and why the remedy is this one, and
holds its normaliser passes (functions over the parsed OpenAPI document), its template patches
(exact, counted substitutions in the generator's own templates, whose texts are the `.jinja`
files beside it) and its finishing steps (functions over the generated package, for a file the
generator does not write). `FIXES` is the one ordered list `gen.py` builds the generation from:
the passes run in this order, then the patches apply in this order, and the finishing steps run
in this order once the generator has written the package. Passes never rename an operation, a
schema or a field: class names come from schema keys and module paths from operationIds and
tags, and the wrapper uses them.

The order matters where two fixes touch the same text: types.py's helpers appear in the order of
their fixes. A fix's own templates (model_tables') are put in place before any patch applies.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from . import (
    accept_header,
    allof_conflicts,
    allof_unions,
    array_headers,
    error_bodies,
    event_streams,
    inline_union_members,
    lazy_client,
    lazy_models,
    mapping_bodies,
    model_tables,
    multi_content_bodies,
    nullable,
    path_queries,
    query_objects,
    ruff_speed,
    same_schema_bodies,
    schema_defaults,
    schema_titles,
    sdp_bodies,
    tolerant_responses,
    types_alias,
    types_exports,
    undeclared_bodies,
    union_choice,
)
from .shared import Pass, Spec, TemplatePatch
from .shared import apply_patches as _apply

__all__ = [
    "FINISHES",
    "FIXES",
    "PASSES",
    "PATCHES",
    "TEMPLATES",
    "apply_patches",
    "fix_name",
    "normalize",
]

FIXES: tuple[ModuleType, ...] = (
    schema_titles,
    schema_defaults,
    nullable,
    allof_conflicts,
    allof_unions,
    inline_union_members,
    array_headers,
    path_queries,
    sdp_bodies,
    same_schema_bodies,
    event_streams,
    union_choice,
    tolerant_responses,
    undeclared_bodies,
    error_bodies,
    model_tables,
    query_objects,
    types_exports,
    lazy_models,
    lazy_client,
    mapping_bodies,
    multi_content_bodies,
    accept_header,
    types_alias,
    ruff_speed,
)

# A fix declares `PASSES`, `PATCHES`, `FINISHES` or several; what it does not declare, it has not.
PASSES: tuple[Pass, ...] = tuple(p for fix in FIXES for p in getattr(fix, "PASSES", ()))
PATCHES: tuple[TemplatePatch, ...] = tuple(p for fix in FIXES for p in getattr(fix, "PATCHES", ()))
TEMPLATES: tuple[Path, ...] = tuple(t for fix in FIXES for t in getattr(fix, "TEMPLATES", ()))
FINISHES: tuple[Callable[[Path], None], ...] = tuple(
    f for fix in FIXES for f in getattr(fix, "FINISHES", ())
)


def fix_name(fix: ModuleType) -> str:
    """A fix's name: its folder's, as the README's table and the tests' names spell it."""
    return fix.__name__.rpartition(".")[2]


def normalize(spec: Spec) -> Spec:
    """Apply every fix's passes, in order, to `spec` (in place) and return it."""
    for apply in PASSES:
        apply(spec)
    return spec


def apply_patches(template_dir: Path, patches: tuple[TemplatePatch, ...] = PATCHES) -> None:
    """Put the fixes' own templates in `template_dir`, then apply every fix's patches, in order."""
    for template in TEMPLATES:
        shutil.copyfile(template, template_dir / template.name)
    _apply(template_dir, patches)
