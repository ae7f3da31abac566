"""Python types as the JSON schemas OpenAI's strict mode accepts.

Structured answers (`response_format=T`) and function tools both tell the model the shape to
write as a JSON schema. Strict mode accepts a subset of JSON Schema and adds rules (every
property required, optional ones as a union with null, closed objects), so the schema is worked
out here from the caller's own classes, and a type strict mode cannot express is refused up
front, naming the field, rather than by the API after a round trip.

A pydantic model describes itself (`model_json_schema()`); its schema is then made strict by
the rules the official SDK applies, so both send the same thing. pydantic is never imported
here: a model is recognised only when pydantic is already loaded.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import enum
import functools
import re
import sys
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, get_args, get_origin, get_type_hints

import attrs

__all__ = [
    "FieldSpec",
    "describe",
    "fields_schema",
    "is_pydantic",
    "kind_of_class",
    "schema_for",
    "schema_name",
    "type_fields",
]


@attrs.frozen
class FieldSpec:
    """One property of an object schema: a class's field or a function's parameter.

    `name` is the JSON key (and the keyword the class or function takes); `required` is False
    when there is a default, which strict mode expresses as a union with null.
    """

    name: str
    type: Any
    required: bool
    description: str | None = None


_NAME_CHARS = re.compile(r"[^A-Za-z0-9_-]")
_FORMATS: tuple[tuple[type, str], ...] = (
    (datetime.datetime, "date-time"),  # before `date`, its base class
    (datetime.date, "date"),
    (datetime.time, "time"),
    (uuid.UUID, "uuid"),
)
_SCALARS: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
_ARRAYS = (list, tuple, set, frozenset, Sequence, typing.Sequence, list)
_MAPPINGS = (dict, Mapping, typing.Mapping, dict)
_NULL = {"type": "null"}


def schema_name(tp: Any) -> str:
    """The name a schema is sent under: the class name, in the characters the API allows."""
    return _NAME_CHARS.sub("_", getattr(tp, "__name__", "Answer"))[:64] or "Answer"


def is_pydantic(tp: Any) -> bool:
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def kind_of_class(tp: Any) -> str | None:
    """ "dataclass", "attrs", "typeddict" or "pydantic": the kinds of class an answer can be."""
    if not isinstance(tp, type):
        return None
    if is_pydantic(tp):
        return "pydantic"
    if dataclasses.is_dataclass(tp):
        return "dataclass"
    if attrs.has(tp):
        return "attrs"
    if typing.is_typeddict(tp):
        return "typeddict"
    return None


def describe(tp: type) -> str | None:
    """A class's own docstring, not one it inherits or one `@dataclass` wrote for it."""
    doc = tp.__dict__.get("__doc__")
    if not isinstance(doc, str) or not doc.strip():
        return None
    if dataclasses.is_dataclass(tp) and doc.startswith(f"{tp.__name__}("):
        return None  # the signature `@dataclass` puts there when a class has no docstring
    import inspect

    return inspect.cleandoc(doc)


@functools.lru_cache(maxsize=256)
def type_fields(tp: type) -> list[FieldSpec]:
    """The fields of a dataclass, attrs class or TypedDict, in order, as the schema lists them."""
    hints = _hints(tp, tp.__name__)
    fields = []
    if dataclasses.is_dataclass(tp):
        for field in dataclasses.fields(tp):
            if not field.init:
                continue
            required = (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            )
            hint = hints.get(field.name, field.type)
            fields.append(FieldSpec(field.name, hint, required, _description(hint, field.metadata)))
    elif attrs.has(tp):
        for attribute in attrs.fields(tp):
            if not attribute.init:
                continue
            hint = hints.get(attribute.name, attribute.type)
            name = attribute.alias or attribute.name
            required = attribute.default is attrs.NOTHING
            fields.append(FieldSpec(name, hint, required, _description(hint, attribute.metadata)))
    elif typing.is_typeddict(tp):
        required_keys = getattr(tp, "__required_keys__", frozenset(hints))
        for name, hint in hints.items():
            # Under `from __future__ import annotations` the class cannot tell NotRequired
            # keys at creation, so the resolved hint has the last word.
            required = name in required_keys
            if get_origin(hint) in (typing.Required, typing.NotRequired):
                required = get_origin(hint) is typing.Required
            hint = _strip_required(hint)
            fields.append(FieldSpec(name, hint, required, _description(hint, {})))
    else:
        raise TypeError(f"{tp.__name__} is not a dataclass, attrs class or TypedDict")
    return fields


def _hints(owner: Any, where: str) -> dict[str, Any]:
    try:
        return get_type_hints(owner, include_extras=True)
    except Exception as exc:
        raise TypeError(f"{where}: its type hints do not resolve ({exc})") from exc


def _strip_required(hint: Any) -> Any:
    if get_origin(hint) in (typing.Required, typing.NotRequired):
        return get_args(hint)[0]
    return hint


def _description(hint: Any, metadata: Mapping[Any, Any]) -> str | None:
    """A field's description: `Annotated[T, "text"]` (or an object with a `description`, as
    pydantic's `Field`), else `metadata={"description": ...}` of a dataclass or attrs field."""
    if get_origin(hint) is typing.Annotated:
        for extra in hint.__metadata__:
            if isinstance(extra, str):
                return extra
            text = getattr(extra, "description", None)
            if isinstance(text, str):
                return text
    text = metadata.get("description")
    return text if isinstance(text, str) else None


@functools.lru_cache(maxsize=256)
def _cached_schema(tp: type, strict: bool) -> dict[str, Any]:
    kind = kind_of_class(tp)
    if kind == "pydantic":
        return strict_pydantic_schema(tp) if strict else tp.model_json_schema()  # type: ignore[attr-defined]
    if kind is None:
        raise TypeError(
            f"{_type_text(tp)} cannot be the shape of an answer: give a dataclass, an attrs"
            " class, a TypedDict or a pydantic model (the API wants an object at the root)"
        )
    builder = _Builder(strict, root=tp)
    schema = builder.object(type_fields(tp), describe(tp), tp.__name__)
    if builder.defs:
        schema["$defs"] = builder.defs
    return schema


def schema_for(tp: Any, *, strict: bool = True) -> dict[str, Any]:
    """The schema of a class used as an answer; refused with `TypeError` naming the field."""
    if not isinstance(tp, type):
        raise TypeError(
            f"{_type_text(tp)} cannot be the shape of an answer: give a dataclass, an attrs"
            " class, a TypedDict or a pydantic model (the API wants an object at the root)"
        )
    return copy.deepcopy(_cached_schema(tp, strict))


def fields_schema(
    fields: Sequence[FieldSpec], *, description: str | None, strict: bool, where: str
) -> dict[str, Any]:
    """An object schema from fields (a function's parameters), nested types in `$defs`."""
    builder = _Builder(strict, root=None)
    schema = builder.object(fields, description, where.removesuffix("()"), separator="")
    if builder.defs:
        schema["$defs"] = builder.defs
    return schema


class _Builder:
    """One schema being built: the `$defs` its nested classes go into, by name."""

    def __init__(self, strict: bool, root: type | None) -> None:
        self.strict = strict
        self.root = root
        self.defs: dict[str, dict[str, Any]] = {}
        self.names: dict[Any, str] = {}

    def object(
        self,
        fields: Sequence[FieldSpec],
        description: str | None,
        owner: str,
        separator: str = ".",
    ) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required = []
        for field in fields:
            path = f"{owner}{separator}{field.name}" if separator else f"{owner}({field.name})"
            hint, text = field.type, field.description
            if get_origin(hint) is typing.Annotated:  # its text wins over a docstring's
                hint, text = get_args(hint)[0], _description(hint, {}) or text
            schema = self.schema(hint, path)
            if not field.required and self.strict:
                schema = _nullable(schema)
            if text:
                schema = _with_description(schema, text)
            properties[field.name] = schema
            if field.required or self.strict:
                required.append(field.name)
        out: dict[str, Any] = {"type": "object"}
        if description:
            out["description"] = description
        out["properties"] = properties
        out["required"] = required
        out["additionalProperties"] = False
        return out

    def schema(self, tp: Any, path: str) -> dict[str, Any]:
        origin = get_origin(tp)
        if origin is typing.Annotated:
            inner = self.schema(get_args(tp)[0], path)
            text = _description(tp, {})
            return _with_description(inner, text) if text else inner
        if tp is None or tp is type(None):
            return dict(_NULL)
        if tp in _SCALARS:
            return {"type": _SCALARS[tp]}
        for special, fmt in _FORMATS:
            if tp is special:
                return {"type": "string", "format": fmt}
        if origin is typing.Literal:
            return _literal(get_args(tp))
        if origin is typing.Union or origin is types.UnionType:
            return self.union(get_args(tp), path)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.ref(tp, lambda: self.enum(tp))
        if origin in _ARRAYS or tp in _ARRAYS:
            args = get_args(tp)
            if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
                raise TypeError(
                    f"{path}: a fixed tuple ({_type_text(tp)}) has no strict-mode schema;"
                    " use tuple[X, ...] or a class"
                )
            if not args:
                raise TypeError(f"{path}: say what the list holds, e.g. list[str]")
            return {"type": "array", "items": self.schema(args[0], f"{path}[]")}
        if origin in _MAPPINGS or tp in _MAPPINGS:
            if self.strict:
                raise TypeError(
                    f"{path}: a free-form dict ({_type_text(tp)}) has no strict-mode schema;"
                    " use a dataclass or TypedDict"
                )
            args = get_args(tp)
            values = self.schema(args[1], f"{path}[]") if len(args) == 2 else {}
            return {"type": "object", "additionalProperties": values}
        if tp is Any or tp is object:
            if self.strict:
                raise TypeError(f"{path}: Any has no strict-mode schema; give a type")
            return {}
        kind = kind_of_class(tp)
        if kind == "pydantic":
            return self.ref(tp, lambda: self.pydantic(tp))
        if kind is not None:
            return self.ref(tp, lambda: self.object(type_fields(tp), describe(tp), tp.__name__))
        raise TypeError(
            f"{path}: {_type_text(tp)} has no JSON schema; use str, int, float, bool, a list,"
            " Literal, an Enum, datetime, a dataclass, attrs class, TypedDict or pydantic model"
        )

    def union(self, members: tuple[Any, ...], path: str) -> dict[str, Any]:
        schemas = []
        for member in members:
            schema = self.schema(member, path)
            if schema not in schemas:
                schemas.append(schema)
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}

    def ref(self, tp: type, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """A named type goes into `$defs` once, and is referred to from everywhere it is used."""
        if tp is self.root:
            return {"$ref": "#"}
        name = self.names.get(tp)
        if name is None:
            base = schema_name(tp)
            name, n = base, 1
            while name in self.defs:
                n += 1
                name = f"{base}_{n}"
            self.names[tp] = name
            self.defs[name] = {}  # taken, so a recursive use finds the name
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def enum(self, tp: type[enum.Enum]) -> dict[str, Any]:
        schema = _literal(tuple(member.value for member in tp))
        text = describe(tp)
        return {**schema, "description": text} if text else schema

    def pydantic(self, tp: Any) -> dict[str, Any]:
        schema = strict_pydantic_schema(tp) if self.strict else tp.model_json_schema()
        for name, definition in schema.pop("$defs", {}).items():
            self.defs.setdefault(name, definition)
        return schema


def _literal(values: tuple[Any, ...]) -> dict[str, Any]:
    kinds = []
    for value in values:
        kind = "null" if value is None else _SCALARS.get(type(value), "string")
        if kind not in kinds:
            kinds.append(kind)
    return {"type": kinds[0] if len(kinds) == 1 else kinds, "enum": list(values)}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with null allowed, as strict mode writes an optional property."""
    if schema.get("type") == "null" or _NULL in schema.get("anyOf", ()):
        return schema
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        return schema
    if "anyOf" in schema and len(schema) == 1:
        return {"anyOf": [*schema["anyOf"], dict(_NULL)]}
    return {"anyOf": [schema, dict(_NULL)]}


def _with_description(schema: dict[str, Any], text: str) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema], "description": text}  # nothing beside a `$ref`
    return {**schema, "description": text}


def _type_text(tp: Any) -> str:
    if isinstance(tp, type) and not get_args(tp):
        return tp.__name__
    return repr(tp).replace("typing.", "")


# -- pydantic ----------------------------------------------------------------------------------


def strict_pydantic_schema(tp: Any) -> dict[str, Any]:
    """A pydantic model's own schema, made strict as the official SDK makes it for `.parse()`:
    closed objects, every property required, one-entry `allOf`s and `$ref`s with siblings
    inlined, `default: null` dropped."""
    schema = tp.model_json_schema()
    return _strict(schema, schema)


def _strict(node: Any, root: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(node, dict):
        raise TypeError(f"a pydantic schema part is not an object: {node!r}")
    for keyword in ("$defs", "definitions"):
        table = node.get(keyword)
        if isinstance(table, dict):
            for name, part in table.items():
                table[name] = _strict(part, root)
    if node.get("type") == "object" and "additionalProperties" not in node:
        node["additionalProperties"] = False
    properties = node.get("properties")
    if isinstance(properties, dict):
        node["required"] = list(properties)
        node["properties"] = {key: _strict(part, root) for key, part in properties.items()}
    if isinstance(node.get("items"), dict):
        node["items"] = _strict(node["items"], root)
    if isinstance(node.get("anyOf"), list):
        node["anyOf"] = [_strict(part, root) for part in node["anyOf"]]
    all_of = node.get("allOf")
    if isinstance(all_of, list):
        if len(all_of) == 1:
            node.update(_strict(all_of[0], root))
            node.pop("allOf")
        else:
            node["allOf"] = [_strict(part, root) for part in all_of]
    if "default" in node and node["default"] is None:
        del node["default"]
    ref = node.get("$ref")
    if isinstance(ref, str) and len(node) > 1:
        target = _resolve(ref, root)
        merged = {**target, **node}
        merged.pop("$ref")
        node.clear()
        node.update(merged)
        return _strict(node, root)
    return node


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise TypeError(f"a pydantic schema refers outside itself: {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    if not isinstance(node, dict):
        raise TypeError(f"{ref!r} does not lead to a schema")
    return node
