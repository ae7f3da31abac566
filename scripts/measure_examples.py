"""Measure how many of a spec's own examples the generated models parse and write back unchanged.

    python scripts/measure_examples.py --spec ../shared/openai-openapi/openapi.yaml
    python scripts/measure_examples.py --spec SPEC --generated /tmp/up   # reuse an output

Examples are the response bodies and streamed events in `x-oaiMeta` (of operations and of
schemas) and the `example`/`examples` of schemas and response media types. An operation's
example goes through the generated endpoint's `_parse_response`, as a real response would; a
schema's example through the schema's model, a union member being picked by its `type`/`object`
tag. An example passes when it parses into a model whose `to_dict()` equals the example.
Example texts that are not JSON (elided arrays, trailing commas, binary placeholders) are
counted apart and not measured. Prints the share and every failure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen import PACKAGE, generate, load_spec
from normalize import normalize
from openapi_python_client import strings

_TAGS = ("type", "object", "role")


@attrs.frozen
class Example:
    """One example: where it comes from, what should parse it, and the data."""

    where: str
    data: Any
    operation: str | None = None  # operationId: parsed by the endpoint's _parse_response
    status: int = 200
    schema: Any = None  # else parsed by this schema (a `$ref` or an inline schema)


def _decode(text: str) -> list[Any] | None:
    """The JSON values in an example text: one document, SSE `data:` lines, or concatenated."""
    text = text.strip()
    if text.startswith(("data:", "event:")):
        payloads = [line[5:].strip() for line in text.splitlines() if line.startswith("data:")]
        text = "\n".join(p for p in payloads if p and p != "[DONE]")
    decoder = json.JSONDecoder()
    values: list[Any] = []
    position = 0
    while position < len(text):
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            return None
        values.append(value)
        while position < len(text) and text[position].isspace():
            position += 1
    return values or None


def _texts(example: Any) -> Iterator[Any]:
    """Example values, whether given as JSON text or as data."""
    if isinstance(example, str):
        yield from _decode(example) or [_Unreadable(example)]
    elif example is not None:
        yield example


@attrs.frozen
class _Unreadable:
    text: str


def _success_status(operation: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    for code, response in sorted((operation.get("responses") or {}).items()):
        if str(code).startswith("2"):
            return int(code), response
    return 200, {}


def collect(spec: dict[str, Any]) -> Iterator[Example]:
    """Every response example of the document."""
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            where = f"{method.upper()} {path}"
            status, response = _success_status(operation)
            content = response.get("content") or {}
            stream = (content.get("text/event-stream") or {}).get("schema")
            examples = (operation.get("x-oaiMeta") or {}).get("examples") or []
            for index, meta in enumerate(examples if isinstance(examples, list) else [examples]):
                values = list(_texts(meta.get("response")))
                for value in values:
                    if len(values) > 1 and stream is not None:
                        yield Example(f"{where} x-oaiMeta[{index}] event", value, schema=stream)
                    else:
                        op_id = operation.get("operationId")
                        yield Example(f"{where} x-oaiMeta[{index}]", value, op_id, status)
            for media_type, media in content.items():
                for value in _media_examples(media):
                    yield Example(f"{where} {media_type} example", value, schema=media["schema"])
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        ref = {"$ref": f"#/components/schemas/{name}"}
        for value in _texts((schema.get("x-oaiMeta") or {}).get("example")):
            yield Example(f"schema {name} x-oaiMeta", value, schema=ref)
        for value in _texts(schema.get("example")):
            yield Example(f"schema {name} example", value, schema=ref)
        for value in schema.get("examples") or ():
            yield from (Example(f"schema {name} examples", v, schema=ref) for v in _texts(value))


def _media_examples(media: dict[str, Any]) -> Iterator[Any]:
    if "schema" not in media:
        return
    yield from _texts(media.get("example"))
    for example in (media.get("examples") or {}).values():
        yield from _texts(example.get("value") if isinstance(example, dict) else None)


class Measurer:
    """Parses examples with a generated package imported from `root`."""

    def __init__(self, spec: dict[str, Any], root: Path) -> None:
        sys.path.insert(0, str(root))
        self.spec = spec
        self.schemas = spec["components"]["schemas"]
        self.models = importlib.import_module(f"{PACKAGE}.models")
        self.client = importlib.import_module(f"{PACKAGE}.client").Client(base_url="http://x")
        api = importlib.import_module(f"{PACKAGE}.api")
        self.endpoints = {
            info.name.rsplit(".", 1)[-1]: info.name
            for info in pkgutil.walk_packages(api.__path__, prefix=f"{PACKAGE}.api.")
        }

    def parse(self, example: Example) -> Any:
        if example.operation is not None:
            module = self.endpoints[strings.snake_case(example.operation)]
            parse_response = importlib.import_module(module)._parse_response
            response = httpx.Response(example.status, json=example.data)
            return parse_response(client=self.client, response=response)
        return self.parse_schema(example.schema, example.data)

    def parse_schema(self, schema: dict[str, Any], data: Any) -> Any:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            model = getattr(self.models, strings.pascal_case(name), None)
            if model is not None and hasattr(model, "from_dict"):
                return model.from_dict(data)
            return self.parse_schema(self.schemas[name], data)
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            return self.parse_schema(self.member_for(members, data), data)
        if schema.get("type") == "array" and isinstance(data, list):
            return [self.parse_schema(schema.get("items") or {}, item) for item in data]
        return data

    def member_for(self, members: list[dict[str, Any]], data: Any) -> dict[str, Any]:
        """The member whose `type`/`object`/`role` is fixed to the data's value."""
        if isinstance(data, dict):
            for member in members:
                properties = self._properties(member)
                for tag in _TAGS:
                    values = (properties.get(tag) or {}).get("enum") or [
                        (properties.get(tag) or {}).get("const", object())
                    ]
                    if tag in data and values == [data[tag]]:
                        return member
        raise LookupError(f"no union member matches {_short(data)}")

    def _properties(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        found = dict(schema.get("properties") or {})
        for member in schema.get("allOf") or ():
            found = {**self._properties(member), **found}
        return {k: self._resolved(v) for k, v in found.items()}

    def _resolved(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema


def _dumped(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_dumped(v) for v in value]
    return value


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= limit else text[:limit] + "..."


def _first_difference(left: Any, right: Any, at: str = "") -> str:
    if isinstance(left, dict) and isinstance(right, dict):
        for key in list(dict.fromkeys([*left, *right])):
            if left.get(key, "<missing>") != right.get(key, "<missing>"):
                return _first_difference(left.get(key, "<missing>"), right.get(key, "<missing>"),
                                         f"{at}.{key}")  # fmt: skip
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{at}[{index}]")
    return f"{at or '.'}: example {_short(left, 80)} became {_short(right, 80)}"


def _without_added_nulls(dumped: Any, example: Any) -> Any:
    """`dumped` less the null fields that `example` did not have at all.

    A required field that may be null and is missing parses as None (the wrapper relies on it)
    and is written back as null: the same meaning, not the same text. Reported apart.
    """
    if isinstance(dumped, dict) and isinstance(example, dict):
        return {
            k: _without_added_nulls(v, example.get(k))
            for k, v in dumped.items()
            if not (v is None and k not in example)
        }
    if isinstance(dumped, list) and isinstance(example, list) and len(dumped) == len(example):
        return [_without_added_nulls(d, e) for d, e in zip(dumped, example, strict=True)]
    return dumped


def measure(measurer: Measurer, examples: list[Example]) -> tuple[int, list[str], int, int]:
    """(passed, failures, unreadable, passed only up to absent-vs-null)."""
    passed, failures, unreadable, equivalent = 0, [], 0, 0
    for example in examples:
        if isinstance(example.data, _Unreadable):
            unreadable += 1
            continue
        try:
            parsed = measurer.parse(example)
        except Exception as error:
            failures.append(f"{example.where}: {type(error).__name__}: {error}")
            continue
        if not hasattr(parsed, "to_dict") and not isinstance(parsed, list):
            failures.append(f"{example.where}: not parsed into a model ({type(parsed).__name__})")
            continue
        try:
            dumped = _dumped(parsed)
        except Exception as error:
            failures.append(f"{example.where}: to_dict: {type(error).__name__}: {error}")
            continue
        if dumped == example.data:
            passed += 1
        elif _without_added_nulls(dumped, example.data) == example.data:
            equivalent += 1
            failures.append(f"{example.where}: (null for absent) "
                            f"{_first_difference(example.data, dumped)}")  # fmt: skip
        else:
            failures.append(f"{example.where}: {_first_difference(example.data, dumped)}")
    return passed, failures, unreadable, equivalent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"))
    parser.add_argument("--generated", type=Path, help=f"folder holding {PACKAGE}/ (else generate)")
    parser.add_argument("--minimum", type=float, default=0.0, help="fail below this share (0-1)")
    args = parser.parse_args()
    spec = normalize(load_spec(args.spec))
    examples = list(collect(spec))
    with tempfile.TemporaryDirectory(prefix="oai-measure-") as scratch:
        root = args.generated
        if root is None:
            root = generate(args.spec.resolve(), Path(scratch)).parent
        passed, failures, unreadable, equivalent = measure(Measurer(spec, root.resolve()), examples)
    measured = passed + len(failures)
    share = passed / measured if measured else 1.0
    loose = (passed + equivalent) / measured if measured else 1.0
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"{passed}/{measured} examples round-trip unchanged ({share:.1%});"
          f" {passed + equivalent}/{measured} ({loose:.1%}) counting a missing nullable field"
          f" written back as null; {unreadable} example texts are not JSON and were not"
          " measured")  # fmt: skip
    if share < args.minimum:
        raise SystemExit(f"below the required {args.minimum:.0%}")


if __name__ == "__main__":
    main()
