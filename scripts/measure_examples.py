"""Measure how many of a spec's own examples the generated models parse and write back unchanged.

    python scripts/measure_examples.py --spec ../shared/openai-openapi/openapi.yaml
    python scripts/measure_examples.py --spec SPEC --generated /tmp/up   # reuse an output

Examples are the response bodies and streamed events in `x-oaiMeta` (of operations and of
schemas) and the `example`/`examples` of schemas and response media types. An operation's
example goes through the generated endpoint's `_parse_response`, as a real response would; a
schema's example through the schema's model, a union member being picked by its
`type`/`object`/`role`/`event` tag; a streamed event of a stream whose events are `{event, data}`
envelopes (the Assistants stream) is measured as the envelope of its `event:` and `data:` lines.
An example passes when it parses into a model whose `to_dict()` equals the example, or, for an
operation that declares no content, when the endpoint returns the example's JSON value.
Example texts that are not JSON (elided arrays, trailing commas, binary placeholders) are
counted apart and not measured. Prints the share and every failure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixes import normalize
from gen import PACKAGE, generate, load_spec
from openapi_python_client import strings

_TAGS = ("type", "object", "role", "event")


@attrs.frozen
class Example:
    """One example: where it comes from, what should parse it, and the data."""

    where: str
    data: Any
    operation: str | None = None  # operationId: parsed by the endpoint's _parse_response
    status: int = 200
    schema: Any = None  # else parsed by this schema (a `$ref` or an inline schema)
    undeclared: bool = False  # the operation declares no content: the endpoint returns JSON


def _decode(text: str) -> list[Any] | None:
    """The JSON values in an example text: one document, SSE `data:` lines, or concatenated."""
    text = text.strip()
    if text.startswith(("data:", "event:")):
        payloads = [line[5:].strip() for line in text.splitlines() if line.startswith("data:")]
        text = "\n".join(p for p in payloads if p and p != "[DONE]")
    return _decode_json(text)


def _decode_envelopes(text: str) -> list[Any]:
    """An SSE text as `{event, data}` envelopes (`event:` line, JSON `data:`).

    An event whose data is not one JSON value (a stray brace) is unreadable on its own; an
    elision (`...`) between events is skipped.
    """
    events: list[Any] = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(":", 1) for line in block.splitlines() if ":" in line)
        name, payload = fields.get("event", "").strip(), fields.get("data", "").strip()
        if not name or payload == "[DONE]":
            continue
        values = _decode_json(payload)
        if values is None or len(values) != 1:
            events.append(_Unreadable(payload))
        else:
            events.append({"event": name, "data": values[0]})
    return events


def _decode_json(text: str) -> list[Any] | None:
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
            undeclared = not content
            examples = (operation.get("x-oaiMeta") or {}).get("examples") or []
            for index, meta in enumerate(examples if isinstance(examples, list) else [examples]):
                text = meta.get("response")
                envelopes = stream is not None and _is_envelope_union(spec, stream)
                if envelopes and isinstance(text, str) and text.lstrip().startswith("event:"):
                    values = _decode_envelopes(text)
                else:
                    values = list(_texts(text))
                for value in values:
                    if len(values) > 1 and stream is not None:
                        yield Example(f"{where} x-oaiMeta[{index}] event", value, schema=stream)
                    else:
                        op_id = operation.get("operationId")
                        yield Example(f"{where} x-oaiMeta[{index}]", value, op_id, status,
                                      undeclared=undeclared)  # fmt: skip
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


def _is_envelope_union(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """True when a stream's events are `{event, data}` envelopes (the Assistants stream)."""
    schemas = spec["components"]["schemas"]
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        return all(_is_envelope_union(spec, member) for member in members)
    return {"event", "data"} <= set(schema.get("properties") or ())


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
        """The member whose `type`/`object`/`role`/`event` is fixed to the data's value.

        Members that are unions themselves (AssistantStreamEvent's) are searched through.
        """
        if isinstance(data, dict):
            for member in self._leaves(members):
                properties = self._properties(member)
                for tag in _TAGS:
                    values = (properties.get(tag) or {}).get("enum") or [
                        (properties.get(tag) or {}).get("const", object())
                    ]
                    if tag in data and data[tag] in values:
                        return member
        raise LookupError(f"no union member matches {_short(data)}")

    def _leaves(self, members: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for member in members:
            nested = self._resolved(member)
            inner = nested.get("oneOf") or nested.get("anyOf")
            if inner and "properties" not in nested:
                yield from self._leaves(inner)
            else:
                yield member

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


def kept_as_it_came(value: Any, models: Any, at: str = "") -> str | None:
    """Where a parsed model holds a value that did not parse as declared, or None.

    Tolerant parsing keeps such a value as it came (an enum value the spec does not list, a
    list where it says one object, an event type no union member has); it round-trips, but it
    is not typed. Found by the field annotations: a plain dict or list of dicts where a model is
    declared, a string that none of the declared enums accepts.
    """
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = kept_as_it_came(item, models, f"{at}[{index}]")
            if found:
                return found
        return None
    if not attrs.has(type(value)):
        return None
    module = sys.modules[type(value).__module__]
    for field in attrs.fields(type(value)):
        if field.name == "additional_properties":
            continue
        item = getattr(value, field.name)
        where = f"{at}.{field.name}"
        names = set(re.findall(r"[A-Za-z_]\w*", str(field.type)))
        if attrs.has(type(item)) or isinstance(item, list):
            found = kept_as_it_came(item, models, where)
            if found:
                return found
        if _untyped(item, names, models, module):
            return f"{where} = {_short(item, 60)}"
    return None


def _untyped(item: Any, names: set[str], models: Any, module: Any) -> bool:
    index = importlib.import_module(f"{models.__name__}._index").MODULES  # name -> module
    declared = [name for name in names if name in index]
    classes = [n for n in declared if isinstance(getattr(models, n), type)]
    if isinstance(item, list):
        return any(_untyped(i, names, models, module) for i in item)
    if isinstance(item, dict):
        return bool(classes) and not names & {"Any", "dict"}
    if isinstance(item, str) and "str" not in names:
        checks = [getattr(module, f"check_{index[n]}", None) for n in declared]
        checks = [check for check in checks if check is not None]
        return bool(checks) and not any(_accepts(check, item) for check in checks)
    return False


def _accepts(check: Any, value: str) -> bool:
    try:
        check(value)
    except TypeError:
        return False
    return True


@attrs.define
class Measured:
    passed: int = 0
    unreadable: int = 0
    failures: list[str] = attrs.Factory(list)
    untyped: list[str] = attrs.Factory(list)  # passed, but with a value kept as it came


def measure(measurer: Measurer, examples: list[Example]) -> Measured:
    result = Measured()
    for example in examples:
        if isinstance(example.data, _Unreadable):
            result.unreadable += 1
            continue
        try:
            parsed = measurer.parse(example)
        except Exception as error:
            result.failures.append(f"{example.where}: {type(error).__name__}: {error}")
            continue
        if example.undeclared and parsed == example.data:
            result.passed += 1  # the endpoint returns the JSON value of an undeclared body
            continue
        if not hasattr(parsed, "to_dict") and not isinstance(parsed, list):
            result.failures.append(f"{example.where}: not parsed into a model"
                                   f" ({type(parsed).__name__})")  # fmt: skip
            continue
        try:
            dumped = _dumped(parsed)
        except Exception as error:
            result.failures.append(f"{example.where}: to_dict: {type(error).__name__}: {error}")
            continue
        if dumped != example.data:
            result.failures.append(f"{example.where}: {_first_difference(example.data, dumped)}")
            continue
        result.passed += 1
        raw = kept_as_it_came(parsed, measurer.models)
        if raw:
            result.untyped.append(f"{example.where}: {raw}")
    return result


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
        result = measure(Measurer(spec, root.resolve()), examples)
    measured = result.passed + len(result.failures)
    share = result.passed / measured if measured else 1.0
    typed = result.passed - len(result.untyped)
    for failure in result.failures:
        print(f"FAIL {failure}")
    for untyped in result.untyped:
        print(f"KEPT AS IT CAME {untyped}")
    typed_share = typed / measured if measured else 1.0
    print(f"{result.passed}/{measured} examples round-trip unchanged ({share:.1%});"
          f" {typed}/{measured} ({typed_share:.1%}) with every value of its declared type;"
          f" {result.unreadable} example texts are not JSON and were not measured")  # fmt: skip
    if share < args.minimum:
        raise SystemExit(f"below the required {args.minimum:.0%}")


if __name__ == "__main__":
    main()
