"""`openapi.yaml` as the tests that walk it read it: loaded once, operations, generated names.

Module and argument names come from the generator's own naming (`PythonIdentifier`), so a test
finds the module the generator wrote for an operation instead of guessing at its rules.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

__all__ = ["DOC", "OPERATIONS", "SCHEMAS", "argument_name", "endpoint_module", "resolve", "tag"]

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"
DOC: dict[str, Any] = yaml.load(
    SPEC.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
)
SCHEMAS: dict[str, Any] = DOC["components"]["schemas"]
METHODS = ("get", "put", "post", "delete", "patch")

OPERATIONS: list[tuple[str, str, dict[str, Any]]] = [
    (path, method, operation)
    for path, item in DOC["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]
"""(path, method, operation) for every operation of the spec, in its order."""


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s to the schema they name."""
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def tag(operation: dict[str, Any]) -> str:
    return (operation.get("tags") or ["default"])[0]


def argument_name(name: str) -> str:
    """The Python name the generator gives a parameter (`filter` -> `filter_`)."""
    return str(PythonIdentifier(name, prefix="field"))


def endpoint_module(operation: dict[str, Any]) -> ModuleType:
    """The generated module of an operation: `oai_api.api.<tag>.<operationId>`, snake_cased."""
    package = PythonIdentifier(tag(operation), prefix="tag")
    module = PythonIdentifier(operation["operationId"], prefix="")
    return importlib.import_module(f"oai_api.api.{package}.{module}")
