"""JSON values into the caller's own types, checked, and Python values back into JSON.

The model's structured reply and a tool call's arguments arrive as JSON that is meant to fit a
type (`_schema` told the model which). Reading them into that type checks that they do, value
by value, so a mismatch is reported with the path of the value at fault (`Trip.stops[1].nights`)
instead of surfacing later as an attribute that holds the wrong thing. The way back (`to_json`)
is for a tool's return value, which goes to the model as JSON.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, get_args, get_origin

import attrs

from ._schema import FieldSpec, kind_of_class, type_fields

__all__ = ["ConversionError", "from_json", "read_fields", "to_json"]

Converter = Callable[[Any, str], Any]


class ConversionError(ValueError):
    """A value that does not fit its type: `path` says which, `problem` how."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def from_json(tp: Any, value: Any, path: str) -> Any:
    """`value` (decoded JSON) as an instance of `tp`; `ConversionError` where it does not fit."""
    return _converter(tp)(value, path)


def read_fields(fields: Sequence[FieldSpec], data: Any, path: str) -> dict[str, Any]:
    """A JSON object's values for `fields`, converted, by field name.

    An optional field that is absent, or null where its type does not take null, is left out,
    so the class's or function's default applies (strict mode sends every field, null for the
    ones the model left to their default). An unknown key is refused: the schema said the
    object is closed.
    """
    if not isinstance(data, Mapping):
        raise ConversionError(path, f"expected an object, got {_kind(data)}")
    plan = _plan(tuple(fields))
    if len(data) > len(plan) or any(key not in plan for key in data):
        unknown = [str(key) for key in data if key not in plan]
        raise ConversionError(path, f"unknown key(s): {', '.join(unknown)}")
    function = path.endswith("()")  # a function's parameters: `f(city)`, not `f().city`
    values = {}
    for name, (required, takes_none, tp) in plan.items():
        if name not in data:
            if required:
                raise ConversionError(_at(path, name, function), "is required but missing")
            continue
        value = data[name]
        if value is None and not takes_none:
            if required:
                raise ConversionError(_at(path, name, function), "is required, got null")
            continue
        values[name] = _converter(tp)(value, _at(path, name, function))
    return values


def _at(path: str, name: str, function: bool) -> str:
    return f"{path[:-1]}{name})" if function else f"{path}.{name}"


@functools.lru_cache(maxsize=1024)
def _plan(fields: tuple[FieldSpec, ...]) -> dict[str, tuple[bool, bool, Any]]:
    """Each field's rules, by JSON key, worked out once per set of fields."""
    return {field.name: (field.required, _takes_none(field.type), field.type) for field in fields}


@functools.lru_cache(maxsize=1024)
def _converter(tp: Any) -> Converter:
    """How values of one type are read, worked out once per type."""
    origin = get_origin(tp)
    if origin is typing.Annotated:
        return _converter(get_args(tp)[0])
    if tp is None or tp is type(None):
        return _none
    if tp is bool:
        return _exact(bool, "a boolean")
    if tp is int:
        return _exact(int, "an integer")
    if tp is float:
        return _float
    if tp is str:
        return _exact(str, "a string")
    if tp is Any or tp is object:
        return lambda value, path: value
    if tp is datetime.datetime:
        return _iso(datetime.datetime.fromisoformat, "a date-time")
    if tp is datetime.date:
        return _iso(datetime.date.fromisoformat, "a date")
    if tp is datetime.time:
        return _iso(datetime.time.fromisoformat, "a time")
    if tp is uuid.UUID:
        return _iso(uuid.UUID, "a UUID")
    if origin is typing.Literal:
        return _literal(get_args(tp))
    if origin is typing.Union or origin is types.UnionType:
        return _union(get_args(tp))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if origin in (list, tuple, set, frozenset) or origin in (Sequence, typing.Sequence):
        return _array(origin, get_args(tp)[0])
    if origin in (dict, Mapping, typing.Mapping):
        return _mapping(get_args(tp)[1] if get_args(tp) else Any)
    if tp in (dict, Mapping):
        return _mapping(Any)
    kind = kind_of_class(tp)
    if kind == "pydantic":
        return _pydantic(tp)
    if kind is not None:
        return _object(tp, kind)
    raise TypeError(f"no conversion from JSON to {tp!r}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    if isinstance(value, list):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"{names.get(type(value), type(value).__name__)} ({value!r:.40})"


def _takes_none(tp: Any) -> bool:
    if get_origin(tp) is typing.Annotated:
        return _takes_none(get_args(tp)[0])
    if tp is None or tp is type(None) or tp is Any or tp is object:
        return True
    if get_origin(tp) in (typing.Union, types.UnionType):
        return any(_takes_none(member) for member in get_args(tp))
    if get_origin(tp) is typing.Literal:
        return None in get_args(tp)
    return False


def _none(value: Any, path: str) -> None:
    if value is not None:
        raise ConversionError(path, f"expected null, got {_kind(value)}")


def _exact(kind: type, text: str) -> Converter:
    def convert(value: Any, path: str) -> Any:
        if type(value) is not kind:
            raise ConversionError(path, f"expected {text}, got {_kind(value)}")
        return value

    return convert


def _float(value: Any, path: str) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise ConversionError(path, f"expected a number, got {_kind(value)}")


def _iso(parse: Callable[[str], Any], text: str) -> Converter:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise ConversionError(path, f"expected {text} as a string, got {_kind(value)}")
        try:
            return parse(value)
        except ValueError:
            raise ConversionError(path, f"expected {text}, got {value!r}") from None

    return convert


def _literal(allowed: tuple[Any, ...]) -> Converter:
    def convert(value: Any, path: str) -> Any:
        for option in allowed:
            if value == option and type(value) is type(option):
                return option
        choices = ", ".join(repr(option) for option in allowed)
        raise ConversionError(path, f"expected one of {choices}, got {_kind(value)}")

    return convert


def _enum(tp: type[enum.Enum]) -> Converter:
    def convert(value: Any, path: str) -> Any:
        try:
            return tp(value)
        except ValueError:
            choices = ", ".join(repr(member.value) for member in tp)
            raise ConversionError(
                path, f"expected one of {choices} ({tp.__name__}), got {_kind(value)}"
            ) from None

    return convert


def _union(members: tuple[Any, ...]) -> Converter:
    def convert(value: Any, path: str) -> Any:
        problems = []
        for member in members:
            try:
                return from_json(member, value, path)
            except ConversionError as exc:
                problems.append(exc.problem)
        tried = "; ".join(dict.fromkeys(problems))
        raise ConversionError(path, f"fits none of the union's members ({tried})")

    return convert


def _array(origin: Any, item: Any) -> Converter:
    make: Callable[[list[Any]], Any] = origin if origin in (tuple, set, frozenset) else list

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, list):
            raise ConversionError(path, f"expected an array, got {_kind(value)}")
        read = _converter(item)
        return make([read(entry, f"{path}[{i}]") for i, entry in enumerate(value)])

    return convert


def _mapping(values: Any) -> Converter:
    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise ConversionError(path, f"expected an object, got {_kind(value)}")
        read = _converter(values)
        return {key: read(entry, f"{path}.{key}") for key, entry in value.items()}

    return convert


def _object(tp: type, kind: str) -> Converter:
    def convert(value: Any, path: str) -> Any:
        values = read_fields(type_fields(tp), value, path)
        if kind == "typeddict":
            return values
        try:
            return tp(**values)
        except (TypeError, ValueError) as exc:
            raise ConversionError(path, f"{tp.__name__}() refused the values: {exc}") from None

    return convert


def _pydantic(tp: Any) -> Converter:
    import pydantic

    def convert(value: Any, path: str) -> Any:
        try:
            return tp.model_validate(value)
        except pydantic.ValidationError as exc:
            error = exc.errors()[0]
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
            raise ConversionError(f"{path}{where}", error["msg"]) from None

    return convert


def to_json(value: Any) -> Any:
    """A Python value as JSON data: a tool's return value, on its way to the model."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if kind_of_class(type(value)) == "pydantic":
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # the generated models of `oai_api`, as the API sent them
        return to_dict()
    if attrs.has(type(value)):
        return {
            a.alias or a.name: to_json(getattr(value, a.name)) for a in attrs.fields(type(value))
        }
    if isinstance(value, Mapping):
        return {str(key): to_json(entry) for key, entry in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(entry) for entry in value]
    raise TypeError(f"{type(value).__name__} cannot be sent as JSON")
