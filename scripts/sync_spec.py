"""Rebuild `openapi.yaml` from an upstream OpenAI spec: its structure, our words.

    python scripts/sync_spec.py [--upstream PATH]      # rewrite openapi.yaml (make sync-spec)
    python scripts/sync_spec.py --check                # fail if it would change (make check-spec)
    python scripts/sync_spec.py --lacking FILE         # also list the locations without our words
    python scripts/sync_spec.py --add-descriptions F   # merge {location: text} files, then sync

The structure of the API (paths, operations, parameters, schemas, fields, types, enums, required
lists, webhooks) is a fact and comes from upstream. Its prose does not: every `description`,
`summary`, `title`, `example(s)` and `x-` extension is dropped, and our own descriptions are put
back wherever the location they were written for still exists. Then our deliberate differences
from upstream are applied, each a named function of `TRANSFORMS` with its reason as docstring
(the README's "Where our spec differs" lists the same names).

A *location* names a place in the document by its keys, e.g.
`paths//files/{file_id}/get/parameters/path:file_id` or
`components/schemas/Batch/properties/status`: list items by index, except parameters (by
`in:name`) and tags (by name), so that a description follows its parameter when upstream reorders
them. Each run prints a report: operations and schemas added, removed and changed against the
current `openapi.yaml`, those among them that the wrapper uses (flagged), and how many locations
lack a description of ours. `--check` also fails when a description of ours is a near-copy of
upstream's at the same location.

The run is deterministic: on an unchanged upstream it writes `openapi.yaml` byte for byte again.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from fixes.nullable import rewrite_nullable as _rewrite_nullable  # noqa: E402
from fixes.shared import iter_schemas, nested, operations, reachable  # noqa: E402
from gen import load_spec  # noqa: E402

__all__ = ["TRANSFORMS", "build", "harvest", "report", "strip_prose"]

OURS = ROOT / "openapi.yaml"
DEFAULT_UPSTREAM = ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"
OPERATIONS_MODULE = ROOT / "wrapper" / "oai" / "_operations.py"

Doc = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE = ("summary", "description")
DROPPED = frozenset({"title", "example", "examples", *PROSE})

# Keys whose value maps names (of fields, statuses, media types, ...) to objects: inside them a
# key is a name, never a keyword, so a field called `description` is kept.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "requestBodies",
        "headers",
        "securitySchemes",
        "content",
        "encoding",
        "paths",
        "webhooks",
        "links",
        "callbacks",
        "variables",
        "parameters",  # only in components, where it is a map
    }
)
# Values that are data, not schema: never walked into.
DATA = frozenset({"default", "enum", "const", "example", "examples", "mapping", "required"})


# -- locations -------------------------------------------------------------------------------


def _segment(node: Any, key: str | int, parent_key: str | None) -> str:
    """The location segment of `node`, the item `key` of its parent."""
    if isinstance(key, int):
        if parent_key == "parameters" and isinstance(node, dict):
            if "$ref" in node:
                return "ref:" + str(node["$ref"]).rsplit("/", 1)[-1]
            return f"{node.get('in')}:{node.get('name')}"
        if parent_key == "tags" and isinstance(node, dict):
            return f"tag:{node.get('name')}"
        return str(key)
    return key.replace("~", "~0").replace("/", "~1")


def objects(
    node: Any, location: str = "", parent_key: str | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object of the document that may hold prose, with its location."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            segment = _segment(item, index, parent_key)
            yield from objects(item, _join(location, segment), f"[{parent_key}]")
        return
    if not isinstance(node, dict):
        return
    is_map = parent_key in NAME_MAPS
    if not is_map:
        yield location, node
    for key, value in node.items():
        if not is_map and (key in DATA or key.startswith("x-")):
            continue
        child_key = None if is_map else key
        yield from objects(value, _join(location, _segment(value, key, parent_key)), child_key)


def _join(location: str, segment: str) -> str:
    return f"{location}/{segment}" if location else segment


def harvest(doc: Doc) -> dict[str, dict[str, str]]:
    """location -> {"summary"/"description": text} for every piece of prose in `doc`."""
    found: dict[str, dict[str, str]] = {}
    for location, node in objects(doc):
        if _is_parameter_schema(location):
            continue  # a copy of the parameter's description (parameter_schema_descriptions)
        texts = {key: node[key] for key in PROSE if isinstance(node.get(key), str)}
        if texts:
            found[location] = texts
    return found


def _is_parameter_schema(location: str) -> bool:
    parts = location.split("/")
    return len(parts) >= 2 and parts[-1] == "schema" and ":" in parts[-2] and "parameters" in parts


def strip_prose(doc: Doc) -> None:
    """Drop every piece of upstream prose and every `x-` extension (documentation keys)."""
    for _, node in list(objects(doc)):
        for key in [k for k in node if k in DROPPED or k.startswith("x-")]:
            del node[key]


def insert(doc: Doc, descriptions: dict[str, dict[str, str]]) -> None:
    """Put our prose back at every location that still exists: after what names the object
    (`name`, `in`, `operationId`), else first, where a reader looks for it."""
    for location, node in objects(doc):
        texts = descriptions.get(location)
        if texts:
            items = [(k, v) for k, v in node.items() if k not in PROSE]
            at = 0
            while at < len(items) and items[at][0] in IDENTITY:
                at += 1
            prose = [(k, texts[k]) for k in PROSE if k in texts]
            node.clear()
            node.update(items[:at] + prose + items[at:])


IDENTITY = ("name", "in", "operationId")


# -- our deliberate differences ----------------------------------------------------------------


def nullable_as_31(doc: Doc) -> None:
    """Nullability written the OpenAPI 3.1 way (`type: [x, 'null']`, a `null` member) instead of
    3.0's `nullable: true`, which 3.1 does not have; the same rewrite as the generator's
    normaliser makes (`fixes.nullable.rewrite_nullable`), so the generated code is the same."""
    _rewrite_nullable(doc)


def compound_filter_recursion(doc: Doc) -> None:
    """`$recursiveRef: '#'` (JSON Schema 2019-09) is not valid in OpenAPI 3.1; a schema that
    recurses into itself says so with a `$ref` to its own name, which generators follow."""
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if not isinstance(schema, dict) or not schema.pop("$recursiveAnchor", False):
            continue
        for node in nested(schema):
            if node.get("$recursiveRef") == "#":
                del node["$recursiveRef"]
                node["$ref"] = f"#/components/schemas/{name}"


def _allows(schema: dict[str, Any], value: Any) -> bool:
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    members = [m for key in ("anyOf", "oneOf") for m in schema.get(key, [])]
    if value is None:
        return (
            "null" in kinds
            or any(isinstance(m, dict) and m.get("type") == "null" for m in members)
            or (not kinds and not members)
        )
    if isinstance(value, list):
        return "array" in kinds or not kinds
    return True


def drop_invalid_defaults(doc: Doc) -> None:
    """A `default` the schema itself refuses (`null` where null is not allowed, a list for a
    string enum) makes validators fail and tells a reader nothing: it is dropped."""
    for node in iter_schemas(doc):
        if "default" in node and not _allows(node, node["default"]):
            del node["default"]


NONSTANDARD = ("optional",)


def drop_nonstandard_keywords(doc: Doc) -> None:
    """Keywords no JSON Schema or OpenAPI version defines (`optional: true`) are dropped: a
    validator rejects them and no generator reads them (`required` lists say what is optional)."""
    for node in iter_schemas(doc):
        for key in NONSTANDARD:
            if key in node and isinstance(node.get(key), bool):
                del node[key]


def top_logprobs_nullable(doc: Doc) -> None:
    """`top_logprobs` of `CreateModelResponseProperties` accepts null, as the Responses and Chat
    request bodies that include it do: a request that copies a response's `top_logprobs: null`
    back must validate."""
    schema = doc.get("components", {}).get("schemas", {}).get("CreateModelResponseProperties")
    for node in nested(schema or {}):
        field = node.get("properties", {}).get("top_logprobs")
        if isinstance(field, dict) and "anyOf" not in field and field.get("type") == "integer":
            kept = {k: v for k, v in field.items() if k in PROSE}
            bounds = {k: v for k, v in field.items() if k not in PROSE}
            field.clear()
            field.update(kept)
            field["anyOf"] = [bounds, {"type": "null"}]


ERROR_RESPONSE = {
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
}


def default_error_response(doc: Doc) -> None:
    """Every operation declares a `default` answer with the API's error body (`ErrorResponse`),
    so the generated client parses any error status into it instead of returning None."""
    if "ErrorResponse" not in doc.get("components", {}).get("schemas", {}):
        return
    doc["components"].setdefault("responses", {}).setdefault("Error", copy.deepcopy(ERROR_RESPONSE))
    for _, _, operation in operations(doc):
        operation.setdefault("responses", {}).setdefault(
            "default", {"$ref": "#/components/responses/Error"}
        )


BINARY = {"schema": {"type": "string", "format": "binary"}}


def binary_content(doc: Doc) -> None:
    """A success answer declared as a JSON string where the API sends a file's bytes (file,
    video and skill contents) is declared as what it is: the JSON entry is dropped where a
    binary media type is also listed, and becomes `application/octet-stream` where it is the
    only one, so the generated endpoint returns the bytes instead of failing in `json()`."""
    for path, _, operation in operations(doc):
        if not path.endswith("/content"):
            continue
        for status, answer in operation.get("responses", {}).items():
            content = answer.get("content") if isinstance(answer, dict) else None
            if not str(status).startswith("2") or not content:
                continue
            declared = content.get("application/json", {}).get("schema", {})
            if declared.get("type") != "string" or "format" in declared:
                continue
            del content["application/json"]
            if not content:
                content["application/octet-stream"] = copy.deepcopy(BINARY)


def parameter_schema_descriptions(doc: Doc) -> None:
    """A parameter's description is also written into its `schema`: openapi-python-client takes
    a parameter's docstring from its schema, not from the parameter object."""
    for _, node in list(objects(doc)):
        if node.get("in") in ("query", "path", "header", "cookie") and "description" in node:
            schema = node.get("schema")
            if isinstance(schema, dict) and "$ref" not in schema:
                schema["description"] = node["description"]


Transform = Callable[[Doc], None]
TRANSFORMS: tuple[Transform, ...] = (
    nullable_as_31,
    compound_filter_recursion,
    drop_invalid_defaults,
    drop_nonstandard_keywords,
    top_logprobs_nullable,
    default_error_response,
    binary_content,
)
"""Applied in order to upstream (prose included) before the prose is swapped for ours."""

AFTER_PROSE: tuple[Transform, ...] = (parameter_schema_descriptions,)
"""Applied once our descriptions are in place."""


# -- the build ---------------------------------------------------------------------------------


def load(path: Path) -> Doc:
    """A spec read as `make gen` reads it."""
    return load_spec(path)


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(upstream: Doc, ours: Doc, upstream_sha: str) -> tuple[Doc, dict[str, dict[str, str]]]:
    """The new document, and upstream's prose by location (to check ours is not a copy)."""
    doc = copy.deepcopy(upstream)
    for transform in TRANSFORMS:
        transform(doc)
    theirs = harvest(doc)
    strip_prose(doc)
    descriptions = harvest(ours)
    insert(doc, descriptions)
    for transform in AFTER_PROSE:
        transform(doc)
    info = dict(ours.get("info") or {})
    info["version"] = str(upstream.get("info", {}).get("version", info.get("version", "")))
    info["x-oai-upstream"] = {"version": info["version"], "sha256": upstream_sha}
    result: Doc = {"openapi": upstream.get("openapi", "3.1.0"), "info": info}
    for key, value in doc.items():
        if key not in ("openapi", "info"):
            result[key] = value
    return result, theirs


# -- the report --------------------------------------------------------------------------------


def _operation_table(doc: Doc) -> dict[str, Any]:
    return {op.get("operationId", f"{m} {p}"): op for p, m, op in operations(doc)}


def wrapper_names() -> tuple[set[str], set[str]]:
    """The operationIds and model names `_operations.py` names (what a change may break)."""
    text = OPERATIONS_MODULE.read_text() if OPERATIONS_MODULE.exists() else ""
    ops = set(re.findall(r'Operation\(\s*"([A-Za-z0-9_.-]+)"', text))
    models = set(re.findall(r'parser\(\s*"[a-z0-9_]+",\s*"([A-Za-z0-9_]+)"', text))
    models |= set(re.findall(r'request_fields_of\(\s*"[a-z0-9_]+",\s*"([A-Za-z0-9_]+)"', text))
    return ops, models


def _stripped(node: Any) -> Any:
    node = copy.deepcopy(node)
    if isinstance(node, dict):
        strip_prose(node)
    return node


def report(before: Doc, after: Doc) -> list[str]:
    """What changed between two versions of our spec, in the terms a maintainer acts on."""
    lines: list[str] = []
    wrapped_ops, wrapped_models = wrapper_names()
    groups = (
        ("operation", _operation_table(before), _operation_table(after), wrapped_ops),
        (
            "schema",
            before.get("components", {}).get("schemas", {}),
            after.get("components", {}).get("schemas", {}),
            wrapped_models,
        ),
    )
    for kind, old, new, wrapped in groups:
        added = sorted(set(new) - set(old))
        removed = sorted(set(old) - set(new))
        changed = sorted(n for n in set(old) & set(new) if _stripped(old[n]) != _stripped(new[n]))
        lines.append(
            f"{kind}s: {len(new)} ({len(added)} added, {len(removed)} removed,"
            f" {len(changed)} changed)"
        )
        for label, names in (("added", added), ("removed", removed), ("changed", changed)):
            for name in names:
                flag = "  !! USED BY THE WRAPPER (_operations.py)" if name in wrapped else ""
                lines.append(f"  {label} {kind} {name}{flag}")
    return lines


# -- descriptions we still owe -----------------------------------------------------------------


def wanted(doc: Doc) -> Iterator[tuple[str, str]]:
    """(location, key) of every place the project promises a description of ours: each
    operation's summary, each response, parameter, tag and component schema, each property of a
    schema that a request body reaches."""
    request_schemas = _request_schemas(doc)
    for location, node in objects(doc):
        key = _wanted_key(location.split("/"), node, request_schemas)
        if key is not None:
            yield location, key


def _wanted_key(parts: list[str], node: dict[str, Any], request_schemas: set[str]) -> str | None:
    top = parts[0]
    if top in ("paths", "webhooks") and len(parts) == 3 and parts[2] in METHODS:
        return "summary"
    if "$ref" in node:
        return None  # what it refers to has the description
    if top in ("paths", "webhooks") and len(parts) >= 5 and parts[-2] == "responses":
        return "description"
    if parts[:2] == ["components", "responses"] and len(parts) == 3:
        return "description"
    if top == "paths" and len(parts) >= 4 and parts[-2] == "parameters":
        return "description"
    if top == "tags":
        return "description"
    if parts[:2] == ["components", "schemas"]:
        if len(parts) == 3:
            return "description"
        if len(parts) >= 5 and parts[-2] == "properties" and parts[2] in request_schemas:
            return "description"
    return None


def _request_schemas(doc: Doc) -> set[str]:
    return reachable(doc, [op.get("requestBody") for _, _, op in operations(doc)])


def lacking(doc: Doc) -> list[tuple[str, str]]:
    present = {location: node for location, node in objects(doc)}
    return [(loc, key) for loc, key in wanted(doc) if not isinstance(present[loc].get(key), str)]


def near_copies(ours: dict[str, dict[str, str]], theirs: dict[str, dict[str, str]]) -> list[str]:
    """Our texts that read like upstream's at the same location (ratio >= 0.8, over 40 chars)."""
    found = []
    for location, texts in ours.items():
        for key, text in texts.items():
            other = theirs.get(location, {}).get(key) or theirs.get(location, {}).get("description")
            if not other or len(text) <= 40:
                continue
            ratio = difflib.SequenceMatcher(None, _words(text), _words(other)).ratio()
            if ratio >= 0.8:
                found.append(f"{location} ({key}): {ratio:.2f} like upstream's")
    return found


def _words(text: str) -> str:
    return " ".join(text.split())


# -- writing -----------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.strip("\n") else None
    if style and not value.endswith("\n"):
        value += "\n"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _string)


def dump(doc: Doc) -> str:
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def add_descriptions(ours: Doc, files: list[Path]) -> int:
    """Merge `{location: {"description": text}}` (or `{location: text}`) files into `ours`."""
    present = dict(objects(ours))
    added = 0
    for file in files:
        entries = yaml.safe_load(file.read_text()) or {}
        for location, texts in entries.items():
            if isinstance(texts, str):
                texts = {"summary" if _is_operation(location) else "description": texts}
            node = present.get(location)
            if node is None:
                raise SystemExit(f"{file}: no such location in openapi.yaml: {location}")
            for key, text in texts.items():
                if key not in PROSE:
                    raise SystemExit(f"{file}: {location}: only summary/description, not {key}")
                node[key] = " ".join(str(text).split()) if "\n\n" not in str(text) else str(text)
                added += 1
    return added


def _is_operation(location: str) -> bool:
    parts = location.split("/")
    return parts[0] in ("paths", "webhooks") and len(parts) == 3 and parts[2] in METHODS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", type=Path, default=DEFAULT_UPSTREAM)
    parser.add_argument("--spec", type=Path, default=OURS, help="our spec (default openapi.yaml)")
    parser.add_argument("--check", action="store_true", help="fail if the spec would change")
    parser.add_argument("--lacking", type=Path, help="write the locations lacking our words here")
    parser.add_argument("--add-descriptions", type=Path, nargs="+", default=[])
    args = parser.parse_args(argv)
    if not args.upstream.exists():
        print(f"sync-spec: skipped: {args.upstream} is not there")
        return 0
    ours = load(args.spec)
    if args.add_descriptions:
        print(f"sync-spec: {add_descriptions(ours, args.add_descriptions)} descriptions merged")
    new, theirs = build(load(args.upstream), ours, fingerprint(args.upstream))
    text = dump(new)
    for line in report(ours, new):
        print(line)
    missing = lacking(new)
    total = sum(1 for _ in wanted(new))
    print(
        f"descriptions: {total - len(missing)} of {total} wanted locations have ours"
        f" ({len(missing)} lack one)"
    )
    if args.lacking:
        args.lacking.write_text("".join(f"{loc}\t{key}\n" for loc, key in missing))
    copies = near_copies(harvest(new), theirs)
    for line in copies:
        print(f"NEAR-COPY {line}")
    if args.check:
        current = args.spec.read_text()
        if current != text:
            print(f"{args.spec.name} is not what `make sync-spec` makes from {args.upstream}")
            return 1
        return 1 if copies else 0
    args.spec.write_text(text)
    return 1 if copies else 0


if __name__ == "__main__":
    raise SystemExit(main())
