"""Rewrite an OpenAI OpenAPI document into a form openapi-python-client generates cleanly.

Each pass is a small function over the parsed document. Passes never rename an operation, a
schema or a field: the wrapper depends on those names, and so does anyone who regenerates from
the public spec. What each pass does, and what it loosens, is recorded in scripts/README.md.
"""

from __future__ import annotations

import copy
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

Schema = dict[str, Any]
Spec = dict[str, Any]

# Keywords whose value is a single sub-schema, and keywords whose value is a list of them.
_SUBSCHEMA_KEYS = ("items", "not", "additionalProperties", "contains", "if", "then", "else")
_SUBSCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")


def iter_schemas(spec: Spec) -> Iterator[Schema]:
    """Yield every schema object in the document, nested ones included, each once.

    Walking by schema structure (rather than every dict) matters: a property called `title` or
    `default` is a key of `properties`, not a keyword, and must not be touched.
    """
    seen: set[int] = set()

    def walk(node: Any) -> Iterator[Schema]:
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        yield node
        for key in _SUBSCHEMA_KEYS:
            yield from walk(node.get(key))
        for key in _SUBSCHEMA_LIST_KEYS:
            for member in node.get(key) or ():
                yield from walk(member)
        for sub in (node.get("properties") or {}).values():
            yield from walk(sub)
        for sub in (node.get("patternProperties") or {}).values():
            yield from walk(sub)

    components = spec.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        yield from walk(schema)
    for holder in _schema_holders(spec):
        yield from walk(holder.get("schema"))


def _schema_holders(spec: Spec) -> Iterator[dict[str, Any]]:
    """Parameters and media types: the places outside components/schemas that hold a schema."""
    components = spec.get("components") or {}
    yield from (components.get("parameters") or {}).values()
    bodies = list((components.get("requestBodies") or {}).values())
    responses = list((components.get("responses") or {}).values())
    for path_item in (spec.get("paths") or {}).values():
        yield from path_item.get("parameters") or ()
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            yield from operation.get("parameters") or ()
            if "requestBody" in operation:
                bodies.append(operation["requestBody"])
            responses.extend((operation.get("responses") or {}).values())
    for holder in bodies + responses:
        yield from ((holder.get("content") or {}).values())


def strip_titles(spec: Spec) -> None:
    """Drop `title` from schemas, so that every class is named after its schema key.

    The generator prefers a title to the key; titles repeat across the public spec, and two
    classes with one name make it drop both models and every endpoint that uses them.
    """
    for schema in iter_schemas(spec):
        schema.pop("title", None)


def strip_defaults(spec: Spec) -> None:
    """Drop `default` from schemas: the server applies its own defaults.

    A generated request model writes every field that has a default into `to_dict()`, so a caller
    who set only `model` and `messages` would send `n`, `temperature`, `stream`... as well.
    """
    for schema in iter_schemas(spec):
        schema.pop("default", None)


def _is_nullable_marker(member: Any) -> bool:
    """An allOf member that says only `nullable: true` (perhaps with a description)."""
    return (
        isinstance(member, dict)
        and "nullable" in member
        and set(member)
        <= {
            "nullable",
            "description",
        }
    )


def _drop_nullable_allof_members(schema: Schema) -> None:
    """Turn `allOf: [{$ref: X}, {nullable: true}]` into `{$ref: X, nullable: true}`.

    The generator treats each allOf member as an object to merge, and a bare `nullable` member
    is not one ("Cannot take allOf a non-object"): the whole schema, and every model and
    endpoint using it, is dropped.
    """
    members = schema.get("allOf")
    if not members or not any(_is_nullable_marker(m) for m in members):
        return
    markers = [m for m in members if _is_nullable_marker(m)]
    kept = [m for m in members if not _is_nullable_marker(m)]
    if any(m.get("nullable") for m in markers):
        schema["nullable"] = True
    for marker in markers:
        if "description" in marker:
            schema.setdefault("description", marker["description"])
    if len(kept) == 1 and set(kept[0]) == {"$ref"}:
        del schema["allOf"]
        schema["$ref"] = kept[0]["$ref"]
    else:
        schema["allOf"] = kept


_NULL: Schema = {"type": "null"}


def _allow_null(schema: Schema) -> None:
    """Make `schema` also accept null, in 3.1 terms."""
    if "$ref" in schema:
        schema["anyOf"] = [{"$ref": schema.pop("$ref")}, dict(_NULL)]
        return
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif schema.get("oneOf") or schema.get("anyOf"):
        key = "oneOf" if schema.get("oneOf") else "anyOf"
        if _NULL not in schema[key]:
            schema[key].append(dict(_NULL))
    elif schema.get("allOf"):
        schema["anyOf"] = [{"allOf": schema.pop("allOf")}, dict(_NULL)]
    # No type at all: the schema already admits null.


def rewrite_nullable(spec: Spec) -> None:
    """Rewrite OpenAPI 3.0 `nullable` into 3.1 (`type: [..., "null"]`, `anyOf` with null).

    The public spec says `openapi: 3.1.0` but uses 3.0's `nullable`. The generator ignores it
    beside a `$ref` (a nullable reference became non-nullable), fails on allOf members that are
    only `{nullable: true}`, and keeps an enum strict when `null` is not among its values (13
    such enums). Tools that validate 3.1 skip the keyword altogether, so every `nullable` goes.
    """
    for schema in iter_schemas(spec):
        _drop_nullable_allof_members(schema)
        if schema.pop("nullable", False):
            _allow_null(schema)


def split_nullable_enums(spec: Spec) -> None:
    """Write a nullable enum as `anyOf: [{the enum}, {type: null}]`.

    Given `type: [string, "null"]` with an enum, the generator makes one enum class per
    combination it tries (three identical classes for a chat chunk's `finish_reason`); the
    anyOf form gives a single enum class, optional with None. Nothing is loosened.
    """
    for schema in iter_schemas(spec):
        kind, values = schema.get("type"), schema.get("enum")
        if not isinstance(kind, list) or "null" not in kind or not isinstance(values, list):
            continue
        if "anyOf" in schema or "oneOf" in schema:
            continue
        others = [t for t in kind if t != "null"]
        del schema["type"], schema["enum"]
        enum: Schema = {"type": others[0] if len(others) == 1 else others}
        enum["enum"] = [v for v in values if v is not None]
        schema["anyOf"] = [enum, dict(_NULL)]


_NOTES = ("description", "example", "examples", "deprecated", "x-stainless-const")


def _resolve(spec: Spec, schema: Schema) -> Schema:
    """Follow `$ref`s to components/schemas until a schema that is not a reference."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    while "$ref" in schema and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema


def _kind(spec: Spec, schema: Schema) -> str | frozenset[Any]:
    """How the generator will see a property: a union, an enum's values, or anything else."""
    target = _resolve(spec, schema)
    kind = target.get("type")
    if target.get("anyOf") or target.get("oneOf") or (isinstance(kind, list) and len(kind) > 1):
        return "union"
    if "enum" in target:
        return "union" if None in target["enum"] else frozenset(target["enum"])
    return "plain"


def _unmergeable(spec: Spec, definitions: list[Schema]) -> bool:
    """True when the generator cannot merge these definitions of one allOf property.

    It cannot merge a union with a non-union ("int | None can't be merged with int"), nor two
    enums when neither's values contain the other's.
    """
    kinds = [_kind(spec, d) for d in definitions]
    if "union" in kinds and any(k != "union" for k in kinds):
        return True
    enums = [k for k in kinds if isinstance(k, frozenset)]
    return any(not (a <= b or b <= a) for a in enums for b in enums)


def _alternatives(schema: Schema) -> list[Schema]:
    """The non-union schemas a (possibly union) schema accepts, notes left out."""
    members = schema.get("anyOf") or schema.get("oneOf")
    if members and "properties" not in schema:
        return [alt for member in members for alt in _alternatives(member)]
    bare = {k: v for k, v in schema.items() if k not in _NOTES}
    if isinstance(bare.get("type"), list):
        return [{**bare, "type": kind} for kind in bare["type"]]
    return [bare]


def _widened(spec: Spec, definitions: list[Schema]) -> Schema:
    """One schema accepting whatever any of `definitions` accepts: the union, or the superset."""
    notes = {k: v for d in definitions for k, v in d.items() if k in _NOTES}
    resolved = [_resolve(spec, d) for d in definitions]
    if all(isinstance(_kind(spec, d), frozenset) for d in definitions):
        values = list(dict.fromkeys(v for d in resolved for v in d["enum"]))
        kinds = {d.get("type") for d in resolved} - {None}
        widened: Schema = {"enum": values, **({"type": kinds.pop()} if len(kinds) == 1 else {})}
    else:
        unique: dict[str, Schema] = {}
        for definition in definitions:
            for alt in _alternatives(definition):
                unique.setdefault(repr(sorted(alt.items(), key=lambda kv: kv[0])), alt)
        widened = {"anyOf": list(unique.values())}
    return {**notes, **widened, "x-widened": "allOf redefinitions merged by normalize.py"}


def _flattened(spec: Spec, schema: Schema) -> tuple[dict[str, list[Schema]], list[str]]:
    """Every definition of every property of an object schema, through `$ref` and allOf."""
    target = _resolve(spec, schema)
    found: dict[str, list[Schema]] = {}
    required: list[str] = []
    for member in target.get("allOf") or ():
        properties, member_required = _flattened(spec, member)
        for name, definitions in properties.items():
            found.setdefault(name, []).extend(definitions)
        required.extend(member_required)
    for name, definition in (target.get("properties") or {}).items():
        found.setdefault(name, []).append(definition)
    required.extend(target.get("required") or ())
    return found, list(dict.fromkeys(required))


def _inlined(spec: Spec, member: Schema, widened: dict[str, Schema]) -> Schema:
    """A copy of a referenced allOf member as one inline object, with `widened` properties."""
    properties, required = _flattened(spec, member)
    merged = {
        name: copy.deepcopy(widened.get(name) or _widened_or_last(spec, definitions))
        for name, definitions in properties.items()
    }
    return {"type": "object", "properties": merged, "required": required}


def _widened_or_last(spec: Spec, definitions: list[Schema]) -> Schema:
    if _unmergeable(spec, definitions):
        return _widened(spec, definitions)
    return definitions[-1]


def _widen_allof(spec: Spec, schema: Schema) -> None:
    properties, _ = _flattened(spec, schema)
    widened = {
        name: _widened(spec, definitions)
        for name, definitions in properties.items()
        if _unmergeable(spec, definitions)
    }
    if not widened:
        return
    members = schema["allOf"]
    for index, member in enumerate(members):
        if "$ref" in member:
            if set(_flattened(spec, member)[0]) & set(widened):
                members[index] = _inlined(spec, member, widened)
            continue
        for name in set(member.get("properties") or ()) & set(widened):
            member["properties"][name] = copy.deepcopy(widened[name])
    for name in set(schema.get("properties") or ()) & set(widened):
        schema["properties"][name] = copy.deepcopy(widened[name])


def widen_allof_conflicts(spec: Spec) -> None:
    """Merge a property that allOf members define incompatibly into one wider definition.

    The generator fails on `int | None` redefined as `int`, or on an enum status redefined with
    a different value list, and drops the model with every endpoint that uses it. We widen the
    property (union of the alternatives, or the superset of enum values), which loosens: a
    request field may then also be null, and a status accepts every value of both lists. A
    referenced member that carries the property is inlined (copied) into the allOf so that the
    shared schema keeps its own, stricter, definition everywhere else.
    """
    done: set[int] = set()

    def visit(schema: Schema) -> None:
        # Referenced members first, so that a fixed base is not inlined into its users.
        if id(schema) in done:
            return
        done.add(id(schema))
        for member in schema.get("allOf") or ():
            visit(_resolve(spec, member))
        if schema.get("allOf"):
            _widen_allof(spec, schema)

    for schema in list(iter_schemas(spec)):
        visit(schema)


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and ("properties" in schema or "allOf" in schema)
    )


def hoist_union_members(spec: Spec) -> None:
    """Move inline object members of a top-level oneOf/anyOf into components/schemas.

    The generator builds a top-level schema in rounds until its references resolve; an inline
    object member is registered again on each round ("Attempted to generate duplicate models")
    or, for an `allOf` member, the whole union fails ("Invalid property in union"). The new
    key is `<Schema>_type_<i>`, the very name the generator gives such a member, so class and
    module names do not change (`RealtimeTruncation_type_1` -> `RealtimeTruncationType1`).
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name in list(schemas):
        schema = schemas[name]
        offset = 0
        for key in ("anyOf", "oneOf"):  # the generator numbers anyOf members first
            members = schema.get(key) or []
            for index, member in enumerate(members):
                hoisted = f"{name}_type_{offset + index}"
                if _is_inline_object(member) and hoisted not in schemas:
                    schemas[hoisted] = member
                    members[index] = {"$ref": f"#/components/schemas/{hoisted}"}
            offset += len(members)


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, path_item in (spec.get("paths") or {}).items():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield path, method, operation


def array_headers_as_strings(spec: Spec) -> None:
    """Type an array-valued header parameter as a string (`openai-beta: a=v1,b=v1`).

    The generator refuses list-typed headers ("... is not allowed in header") and drops the
    endpoint. A header list is sent comma-separated (style `simple`), which the caller now
    writes; this loosens the enum of allowed items to any string.
    """
    for _, _, operation in _operations(spec):
        for parameter in operation.get("parameters") or ():
            schema = parameter.get("schema") or {}
            if parameter.get("in") == "header" and schema.get("type") == "array":
                parameter["schema"] = {
                    "type": "string",
                    "description": "Comma-separated values, e.g. "
                    + ", ".join(str(v) for v in (schema.get("items") or {}).get("enum") or ()),
                }


def path_query_to_parameters(spec: Spec) -> None:
    """Declare the query string of a path key (`/responses?beta=true`) as query parameters.

    httpx replaces a URL's query string when `params=` is given, so `beta=true` would be lost
    as soon as any other query parameter is sent. Each pair becomes an optional string query
    parameter whose only value, and default, is the one from the path; the template patch
    `path_without_query` then drops the query string from the URL. The path key itself stays
    (it is what tells the operation apart from the one without the query).
    """
    for path, _, operation in _operations(spec):
        if "?" not in path:
            continue
        parameters = operation.setdefault("parameters", [])
        taken = {(p.get("in"), p.get("name")) for p in parameters if "name" in p}
        for name, value in urllib.parse.parse_qsl(path.partition("?")[2]):
            if ("query", name) not in taken:
                parameters.append(
                    {
                        "name": name,
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": [value], "default": value},
                    }
                )


def sdp_bodies(spec: Spec) -> None:
    """Make `application/sdp` bodies binary, and read SDP answers as text.

    The generator knows no `application/sdp` and drops the body and the response. generator.yaml
    maps the request content type to `application/octet-stream` (the Content-Type sent stays
    `application/sdp`); the body must then be `format: binary` (a `File`). A response is
    declared `text/plain`, so that the SDP answer comes back as `str`.
    """
    for _, _, operation in _operations(spec):
        body = operation.get("requestBody") or {}
        media = (body.get("content") or {}).get("application/sdp")
        if media is not None:
            media["schema"] = {**media.get("schema", {}), "type": "string", "format": "binary"}
        for response in (operation.get("responses") or {}).values():
            content = response.get("content") or {}
            if "application/sdp" in content:
                content["text/plain"] = content.pop("application/sdp")


def _properties(spec: Spec, schema: Schema) -> dict[str, list[Schema]]:
    return _flattened(spec, schema)[0]


def _union_members(spec: Spec, schema: Schema) -> list[Schema]:
    """The non-union members of a (possibly nested, possibly referenced) oneOf/anyOf."""
    target = _resolve(spec, schema)
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
        _refs(_resolve(spec, schema), spec, seen)
    for key in ("oneOf", "anyOf"):
        for member in schema.get(key) or ():
            _refs(member, spec, seen)
    return seen


def declare_event_streams(spec: Spec) -> None:
    """Declare the `text/event-stream` answer of an operation that can stream but says not how.

    `POST /threads/runs` (and the other run-creating operations) accept `stream: true` but
    declare only their JSON answer; their streamed events, `{event, data}` envelopes, are
    described by a union (`AssistantStreamEvent`) that no operation references, so nothing tells
    a client, or the example measure, what the events are. An operation whose request has a
    `stream` property and whose success answer is a JSON `$ref` X gains a `text/event-stream`
    answer: the outermost union of envelopes one of which carries X as `data`, or X itself when
    there is none (`POST /completions` streams CreateCompletionResponse objects). The generated
    endpoint is unchanged (it parses the JSON answer); nothing is loosened.
    """
    for _, _, operation in _operations(spec):
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


UNION_TAGS = ("type", "object", "role", "event")


def _tag_values(spec: Spec, schema: Schema) -> tuple[str, ...] | None:
    """The strings a tag property allows (a const, or an enum), or None when it is open."""
    target = _resolve(spec, schema)
    values = [target["const"]] if "const" in target else target.get("enum") or []
    values = [v for v in values if v is not None]
    if not values or not all(isinstance(v, str) for v in values):
        return None
    return tuple(values)


def mark_union_tags(spec: Spec) -> None:
    """Record on each object schema its tag values (`x-oai-tags`) and property names (`x-oai-keys`).

    Tags are the values `type`/`object`/`role`/`event` may take (const or enum).

    The generator picks a union member by trying each in turn and keeping the first that does
    not raise; with tolerant models almost any object parses as the first member. The template
    patch `union construct` reads this `x-oai-tags` extension (the generator keeps extensions on
    the schema of each model) and picks the member whose tags admit the data and which declares
    most of the data's keys. A tag defined twice (through allOf) with different value lists is
    left out, as is an open string.
    """
    for schema in list(iter_schemas(spec)):
        if "properties" not in schema and "allOf" not in schema:
            continue
        properties, _ = _flattened(spec, schema)
        tags: dict[str, list[str]] = {}
        for tag in UNION_TAGS:
            values = {_tag_values(spec, d) for d in properties.get(tag, ())}
            if len(values) == 1 and None not in values:
                tags[tag] = list(values.pop() or ())
        if tags:
            schema["x-oai-tags"] = tags
        if properties:
            schema["x-oai-keys"] = sorted(properties)


def _reachable(spec: Spec, roots: list[Any]) -> set[str]:
    """The component schema keys that `roots` reach through `$ref`s, nested schemas included."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    found: set[str] = set()
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found and name in schemas:
                    found.add(name)
                    pending.append(schemas[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def mark_request_only(spec: Spec) -> None:
    """Mark the object schemas that only requests use: their models parse strictly.

    Generated models read responses tolerantly (a value that does not parse as declared is kept
    as it came; see template_patches.py). A request model's `from_dict` is what checks a
    caller's values before anything is sent (the wrapper's upload helpers refuse an unknown
    `purpose` through it), so a model that no response can contain keeps raising on a value it
    does not accept. Marked: every component schema that a request body reaches and no response
    does, with the inline object schemas inside it, and inline request body schemas.
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    requests: list[Any] = []
    responses: list[Any] = [(spec.get("components") or {}).get("responses") or {}]
    for _, _, operation in _operations(spec):
        requests.append(operation.get("requestBody") or {})
        responses.append(operation.get("responses") or {})
    by_response = _reachable(spec, responses)
    by_request = _reachable(spec, requests)
    roots = [schemas[name] for name in sorted(by_request - by_response)]
    roots += [
        media.get("schema") for body in requests for media in (body.get("content") or {}).values()
    ]
    for root in roots:
        if not isinstance(root, dict) or "$ref" in root:
            continue
        for schema in _nested(root):
            if "properties" in schema or "allOf" in schema:
                schema["x-oai-request-only"] = True


def _nested(schema: Schema) -> Iterator[Schema]:
    """`schema` and the schemas written inside it (not those it references)."""
    yield schema
    for key in _SUBSCHEMA_KEYS:
        if isinstance(schema.get(key), dict):
            yield from _nested(schema[key])
    for key in _SUBSCHEMA_LIST_KEYS:
        for member in schema.get(key) or ():
            if isinstance(member, dict):
                yield from _nested(member)
    for sub in (schema.get("properties") or {}).values():
        if isinstance(sub, dict):
            yield from _nested(sub)


Pass = Callable[[Spec], None]

PASSES: tuple[Pass, ...] = (
    strip_titles,
    strip_defaults,
    rewrite_nullable,
    split_nullable_enums,
    widen_allof_conflicts,
    hoist_union_members,
    array_headers_as_strings,
    path_query_to_parameters,
    sdp_bodies,
    declare_event_streams,
    mark_union_tags,
    mark_request_only,
)


def normalize(spec: Spec) -> Spec:
    """Apply every pass, in order, to `spec` (in place) and return it."""
    for apply in PASSES:
        apply(spec)
    return spec
