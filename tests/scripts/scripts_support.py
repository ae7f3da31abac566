"""Helpers for the generator's tests: hand-made specs, and a generated package imported safely."""

from __future__ import annotations

import contextlib
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import fixes  # noqa: E402
from check_imports import import_all  # noqa: E402
from gen import generate  # noqa: E402

__all__ = ["fixes", "generate", "import_all"]

PUBLIC_SPEC = ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"
INTEGER = {"type": "integer"}
STRING = {"type": "string"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def spec_with(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def has_key(node: Any, key: str) -> bool:
    if isinstance(node, dict):
        return key in node or any(has_key(v, key) for v in node.values())
    if isinstance(node, list):
        return any(has_key(v, key) for v in node)
    return False


def obj(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or []}


def enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def json_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def get(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A GET operation answering `schema` as JSON."""
    return {
        "get": {
            "operationId": operation_id,
            "responses": {"200": {"description": "ok", **json_content(schema)}},
        }
    }


@contextlib.contextmanager
def own_oai_api(root: Path) -> Iterator[None]:
    """Import `oai_api` from `root` for a while, then give back whatever `oai_api` was loaded.

    The wrapper tests import the checked-in package under the same name; it must not be
    replaced for them, nor may theirs shadow ours.
    """
    saved = {k: v for k, v in sys.modules.items() if k == "oai_api" or k.startswith("oai_api.")}
    for name in saved:
        del sys.modules[name]
    try:
        yield
    finally:
        for name in [k for k in sys.modules if k == "oai_api" or k.startswith("oai_api.")]:
            del sys.modules[name]
        sys.modules.update(saved)
        importlib.invalidate_caches()


def write_spec(work: Path, spec: dict[str, Any]) -> Path:
    path = work / "spec.json"
    path.write_text(json.dumps(spec))
    return path


@contextlib.contextmanager
def generated(work: Path, spec: dict[str, Any]) -> Iterator[Path]:
    """Generate `spec` under `work`, check that every module imports, and import it.

    Yields the folder holding `oai_api/`, which is importable (and imported) meanwhile.
    """
    (work / "gen").mkdir()
    package = generate(write_spec(work, spec), work / "gen")
    with own_oai_api(package.parent):
        _, failures = import_all(package.parent)
        assert not failures
        sys.path.insert(0, str(package.parent))
        try:
            importlib.import_module("oai_api")
            yield package.parent
        finally:
            sys.path.remove(str(package.parent))
