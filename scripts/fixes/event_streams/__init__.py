"""An operation that can stream, but says not how, gains its `text/event-stream` answer.

`POST /threads/runs`, `/threads/{id}/runs`, `.../submit_tool_outputs` and `/completions` accept
`stream: true` but declare only their JSON answer. The Assistants events, `{event, data}`
envelopes, are described by a union (`AssistantStreamEvent`) that no operation references, so
nothing told a client, or the example measure, what the events are: 51 stream examples had no
schema to parse with. An operation whose request has a `stream` property and whose success
answer is a JSON `$ref` X gains a `text/event-stream` answer: the outermost union of envelopes
one of which carries X as `data`, or X itself when there is none (`/completions` streams
CreateCompletionResponse objects). The generated endpoint is unchanged (it parses the JSON
answer); nothing is loosened.
"""

from __future__ import annotations

from typing import Any

from ..shared import Pass, Schema, Spec, flattened, operations, resolve

__all__ = ["PASSES", "declare_event_streams"]


def _properties(spec: Spec, schema: Schema) -> dict[str, list[Schema]]:
    return flattened(spec, schema)[0]


def _union_members(spec: Spec, schema: Schema) -> list[Schema]:
    """The non-union members of a (possibly nested, possibly referenced) oneOf/anyOf."""
    target = resolve(spec, schema)
    members = target.get("oneOf") or target.get("anyOf")
    if not members:
        return [schema]
    return [leaf for member in members for leaf in _union_members(spec, member)]


def _envelope_data(spec: Spec, schema: Schema) -> list[str]:
    """The `$ref`s a stream-event envelope (`{event: <name>, data: <object>}`) carries as data."""
    properties = _properties(spec, schema)
    if "event" not in properties or "data" not in properties:
        return []
    return [d["$ref"] for d in properties["data"] if "$ref" in d]


def _event_union_for(spec: Spec, response_ref: str) -> str | None:
    """The outermost union of `{event, data}` envelopes of which one carries `response_ref`."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    candidates: dict[str, set[str]] = {}  # union name -> every schema key it reaches
    for name, schema in schemas.items():
        if not (schema.get("oneOf") or schema.get("anyOf")):
            continue
        leaves = _union_members(spec, schema)
        if any(response_ref in _envelope_data(spec, leaf) for leaf in leaves):
            candidates[name] = {r.rsplit("/", 1)[-1] for r in _refs(schema, spec)}
    outermost = sorted(n for n in candidates if not any(n in r for r in candidates.values()))
    return outermost[0] if len(outermost) == 1 else None


def _refs(schema: Any, spec: Spec, seen: set[str] | None = None) -> set[str]:
    """Every `$ref` reachable from `schema` through oneOf/anyOf members."""
    seen = set() if seen is None else seen
    if not isinstance(schema, dict):
        return seen
    if "$ref" in schema and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        _refs(resolve(spec, schema), spec, seen)
    for key in ("oneOf", "anyOf"):
        for member in schema.get(key) or ():
            _refs(member, spec, seen)
    return seen


def declare_event_streams(spec: Spec) -> None:
    """Declare the `text/event-stream` answer of an operation that can stream but says not how."""
    for _, _, operation in operations(spec):
        body = (operation.get("requestBody") or {}).get("content") or {}
        if not any("stream" in _properties(spec, m.get("schema") or {}) for m in body.values()):
            continue
        for code, response in (operation.get("responses") or {}).items():
            content = response.get("content") or {}
            schema = (content.get("application/json") or {}).get("schema") or {}
            if not str(code).startswith("2") or "text/event-stream" in content:
                continue
            if "$ref" not in schema:
                continue
            union = _event_union_for(spec, schema["$ref"])
            stream = {"$ref": f"#/components/schemas/{union}"} if union else dict(schema)
            content["text/event-stream"] = {"schema": stream}


PASSES: tuple[Pass, ...] = (declare_event_streams,)
