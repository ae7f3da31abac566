"""How every generated model reads and writes JSON: one reader and one writer, driven by a table.

Written out per model, as the generator does, `from_dict`/`to_dict` and the union parsers came to
~10 KB of code a model, 18 MB for the whole API, nearly all of it the same few rules repeated.
Here the rules are written once. Each model module holds only its class, its fields, and the
table `_fields()` of (attribute, JSON key, flags, parser) that `Model` reads it by; the table is
built on first use, when the models it names can be imported without a cycle.

The rules (why each is so: the docstrings of scripts/fixes/model_tables, tolerant_responses and
union_choice):

- A field the server left out reads as None; `_none_flips` records where None means the other
  thing than it usually does (an optional field sent as null, a required one left out), so that
  `to_dict()` gives back exactly what came.
- A response is read tolerantly: a value that does not parse as declared is kept as it came,
  unless `strict_parsing` is set (a union trying its members strictly). A model that only
  requests use (`strict=True`) raises instead, and refuses a missing required field by name
  (tolerant_responses).
- A union picks the member the data fits: a unique tag value first, then each member in turn,
  strictly before tolerantly, a tagged member only when the data's tags are its own, a model only
  when no other member declares more of the data's keys (union_choice).
- A form refuses to go out without a required field.
"""

from __future__ import annotations

import datetime
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from io import BytesIO
from types import FunctionType
from typing import Any, ClassVar, Self

from attrs import NOTHING

from .types import UNSET, File, RequestFiles, strict_parsing

__all__ = [
    "DATE",
    "DATETIME",
    "DROP",
    "FILE",
    "KEEP",
    "OPTIONAL",
    "OPTIONAL_OR_NULL",
    "REQUIRED",
    "REQUIRED_OR_NULL",
    "UUID_",
    "Model",
    "OpenModel",
    "Table",
    "const",
    "fields",
    "list_of",
    "member",
    "one_of",
    "reader",
]

# Field flags, as the tables spell them.
OPTIONAL = 0
REQUIRED = 1
OPTIONAL_OR_NULL = 2
REQUIRED_OR_NULL = 3
_REQUIRED = 1
_NULLABLE = 2

# What a model does with the keys its schema does not declare.
KEEP = "keep"  # kept as they came, in `additional_properties`
DROP = "drop"  # the schema allows none: left out

# What a parser raises when the value does not fit; anything else is a bug, and propagates.
_MISFITS = (TypeError, ValueError, AttributeError, KeyError)

Parser = Callable[[Any], Any]


class _Scalar:
    """A parser for a JSON string or bytes turned into a Python value (a date, a UUID, a file)."""

    __slots__ = ("accepts", "parse")
    encoded = True

    def __init__(self, parse: Parser, accepts: type) -> None:
        self.parse = parse
        self.accepts = accepts

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, self.accepts):
            raise TypeError(value)
        return self.parse(value)


def _uuid(value: str) -> Any:
    from uuid import UUID  # imported by the first UUID field read: `uuid` costs ~1 ms to load

    return UUID(value)


DATETIME = _Scalar(datetime.datetime.fromisoformat, str)
DATE = _Scalar(datetime.date.fromisoformat, str)
UUID_ = _Scalar(_uuid, str)
FILE = _Scalar(lambda value: File(payload=BytesIO(value)), bytes)


class const:
    """A field whose schema allows one value."""

    __slots__ = ("value",)
    encoded = False
    accepts = object

    def __init__(self, value: Any) -> None:
        self.value = value

    def __call__(self, value: Any) -> Any:
        if value != self.value:
            raise ValueError(f"expected {self.value!r}, got {value!r}")
        return value


class list_of:
    """A JSON array; its items parsed by `item` (None: items of a JSON type, kept as they are).

    One item that does not parse makes the whole list not parse, so that a tolerant model keeps
    the array as it came rather than a list with holes.
    """

    __slots__ = ("_read", "encoded", "item")
    accepts = list

    def __init__(self, item: Any) -> None:
        self.item = _parser(item)  # as tables hold it, for the code that inspects them
        self.encoded = _is_encoded(item)
        self._read = _settling(self.item, lambda read: setattr(self, "_read", read))

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, list):
            raise TypeError("expected a list")  # a string would be iterated into characters
        read = self._read
        if read is None:
            return value
        return [read(v) for v in value] if value else []  # an empty one (no logprobs) is common


# The JSON types of union members that have no parser: data of that type is the member.
_JSON_TYPES: dict[Any, Callable[[Any], bool]] = {
    str: lambda v: isinstance(v, str),
    int: lambda v: isinstance(v, int) and not isinstance(v, bool),
    float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    bool: lambda v: isinstance(v, bool),
    object: lambda v: True,
}


class member:
    """A union member that is a model, named by its module and the tags that pick it.

    A union's members were imported when the table that holds the union was first built: the
    first `Response` read brought in 240 model modules (3.4 MB), to parse the two or three kinds
    of output item one carries. Named here with its tags, a member is imported when data first
    takes it, and all of a union's members only when no tag decides (they are then tried in
    turn, by their tables).
    """

    __slots__ = ("_model", "module", "name", "tags")
    accepts = dict
    encoded = True

    def __init__(self, module: str, name: str, *tags: tuple[str, str]) -> None:
        self.module = module
        self.name = name
        self.tags = tags  # (tag, value): the tags the model allows a single value of
        self._model: type[Model] | None = None

    def model(self) -> type[Model]:
        model = self._model
        if model is None:
            module = importlib.import_module(f"{__package__}.models.{self.module}")
            model = self._model = getattr(module, self.name)
        return model


class one_of:
    """A union: its members are models (as `member`s), parsers, JSON types or None."""

    __slots__ = ("_plan", "declared", "encoded", "nullable")
    accepts = object

    def __init__(self, *members: Any) -> None:
        self.declared = tuple(m for m in members if m is not None)
        self.nullable = len(self.declared) < len(members)
        self.encoded = any(_is_encoded(m) for m in self.declared)
        self._plan: _Plan | None = None

    @property
    def members(self) -> tuple[Any, ...]:
        """The members, models imported: for code that looks at a union rather than parse by it."""
        return tuple(m.model() if isinstance(m, member) else m for m in self.declared)

    def __call__(self, data: Any) -> Any:
        if (data is None and self.nullable) or data is UNSET:
            return data
        plan = self._plan or self._make_plan()
        if plan.keeps_str and isinstance(data, str):
            return data
        if plan.by_tag and isinstance(data, dict):
            chosen = None
            for tag, members in plan.by_tag:
                hit = members.get(data.get(tag))
                if hit is not None and (chosen is None or hit[0] < chosen[0]):
                    chosen = hit
            if chosen is not None:
                try:
                    return chosen[1](data)
                except _MISFITS:
                    pass
        tries = plan.tries
        if tries is None:  # models not imported yet: an object needs them, other data does not
            tries = plan.resolve() if isinstance(data, dict) else plan.plain
        strict = strict_parsing.get()
        if len(tries) > 1 and not strict:
            strictly = strict_parsing.set(True)
            try:
                return self(data)
            except _MISFITS:
                pass
            finally:
                strict_parsing.reset(strictly)
        fits: list[int] = []
        if plan.keyed and isinstance(data, dict):  # other data fits no model
            fits = [len(keys.intersection(data)) for keys in plan.keyed]
            most = max(fits)
        for parse, accepts, tags, keyed in tries:
            if not isinstance(data, accepts):
                continue
            if tags and not _tags_fit(tags, data):
                continue
            if keyed is not None and fits[keyed] < most:
                continue
            try:
                return parse(data)
            except _MISFITS:
                pass
        if strict and plan.parses:
            if any(fits_type(data) for fits_type in plan.types):
                return data
            raise TypeError("no member of the union fits")
        return data

    def _make_plan(self) -> _Plan:
        plan = _Plan(self.declared)
        self._plan = plan
        return plan


def _tags_fit(tags: Iterable[tuple[str, tuple[str, ...]]], data: Mapping[str, Any]) -> bool:
    """Whether an object can be the model these tags belong to: each tag it carries (or its
    absence, read as the tag's first value) is one the model allows."""
    return all(data.get(tag, values[0]) in values for tag, values in tags)


def _on_first_use(
    named: member, table: dict[Any, tuple[int, Parser]], value: Any, place: int
) -> Parser:
    """A tag's parser that imports its model when data first carries the tag, then steps aside."""

    def parse(data: Any) -> Any:
        read = reader(named.model())
        table[value] = (place, read)
        return read(data)

    return parse


# A member to try: its parser, the JSON type it takes, its tags, its place among keyed models.
_Try = tuple[Parser, Any, list[tuple[str, tuple[str, ...]]], int | None]


class _Plan:
    """A union's members sorted out once: tag dispatch first, the rest when a parse needs it.

    Tag dispatch, and the members to try for data other than an object, come from the
    declaration and import nothing. For an object that its tag does not decide, the members to
    try in turn and the keys that tell models apart need every member's model: they are worked
    out (`resolve`) the first time such an object comes.
    """

    __slots__ = ("by_tag", "declared", "keeps_str", "keyed", "parses", "plain", "tries", "types")

    def __init__(self, declared: tuple[Any, ...]) -> None:
        self.declared = declared
        models = [m for m in declared if isinstance(m, member)]
        tagged = [(tag, value, m) for m in models for tag, value in m.tags]
        unique = [(t, v) for t, v, _ in tagged]
        # tag -> {value: (member's place, parser)}: the data's value looks its member up.
        by_tag: dict[str, dict[Any, tuple[int, Parser]]] = {}
        for t, v, m in tagged:
            if unique.count((t, v)) == 1:
                table = by_tag.setdefault(t, {})
                place = declared.index(m)
                table[v] = (place, _on_first_use(m, table, v, place))
        self.by_tag = list(by_tag.items())
        # `anyOf: [string, enum]` (a model id: a known name, or any other): a string is the
        # union's value whatever the enum says, since an enum check gives back the value it
        # passes. Taken as it is, an unlisted one (a fine-tuned model's id) no longer raises
        # and formats the error of every check it fails, which made such a parse twice as long.
        self.keeps_str = str in declared and all(
            m in _JSON_TYPES
            or m in models
            or isinstance(m, (FunctionType, const))
            or getattr(m, "accepts", object) in (dict, list)
            for m in declared
        )
        self.types = [_JSON_TYPES[m] for m in declared if m in _JSON_TYPES]
        self.parses = any(m not in _JSON_TYPES for m in declared)
        # The members to try for data other than an object, which no model takes, in order.
        self.plain: list[_Try] = [
            (m, getattr(m, "accepts", object), [], None)
            for m in declared
            if m not in _JSON_TYPES and m not in models
        ]
        self.tries: list[_Try] | None = None  # every member, once `resolve` has them all
        self.keyed: list[frozenset[str]] = []
        if not models:
            self.resolve()  # nothing to import

    def resolve(self) -> list[_Try]:
        """The members to try in turn for an object, and the keys that tell models apart."""
        members = [m.model() if isinstance(m, member) else m for m in self.declared]
        keyed = [m for m in members if _is_model(m) and m._keys]
        self.keyed = [frozenset(m._keys) for m in keyed] if len(keyed) > 1 else []
        tries: list[_Try] = []
        for m in members:
            if m in _JSON_TYPES:
                continue
            if _is_model(m):
                index = keyed.index(m) if self.keyed else None
                tries.append((m.from_dict, dict, list(m._tags.items()), index))
            else:
                tries.append((m, getattr(m, "accepts", object), [], None))
        self.tries = tries
        return tries


class Table:
    """A model's fields, as its `_fields()` declares them, ready for the reader and the writer."""

    __slots__ = ("extra", "extra_encoded", "fields", "read", "strict")

    def __init__(
        self, entries: tuple[tuple[str, str, int, Any], ...], extra: Any, strict: bool
    ) -> None:
        self.fields = tuple(
            (
                name,
                key,
                bool(flags & _REQUIRED),
                bool(flags & _NULLABLE),
                _parser(p),
                _is_encoded(p),
            )
            for name, key, flags, p in entries
        )
        # Typed extra keys whose type has no parser (strings, or a union of JSON types alone,
        # as a vector store file's attributes) are kept as they came.
        parsed = extra if extra in (KEEP, DROP) or extra is None else _parser(extra)
        self.extra = KEEP if parsed is None else parsed
        self.extra_encoded = _is_encoded(extra)
        self.strict = strict
        self.read: Callable[[type[Model], Mapping[str, Any]], Any]  # set by `_table`


def _reader(table: Table, init: Any) -> Callable[[type[Model], Mapping[str, Any]], Any]:
    """The function that reads a model from JSON by `table`, compiled once for the model.

    Written out, a field's rules are a few straight lines; looping over the table to apply
    them costs 20-40 % more per parse, and parsing is most of what a typed answer costs.

    The model is made empty and its slots set one by one, not through the attrs `__init__`
    (`init`, the model's): that call's keyword matching, and the dict its factory makes for
    `additional_properties` only to be replaced, were a quarter of a parse. A subclass with an
    `__init__` of its own (one adding attrs fields, say) is still built by calling it.
    """
    namespace: dict[str, Any] = {
        "UNSET": UNSET,
        "MISFITS": _MISFITS,
        "get_strict": strict_parsing.get,
        "new": object.__new__,
        "init": init,
    }
    lines = [
        "def read(cls, src_dict):",
        "    strict = get_strict()",
        "    d = dict(src_dict)",
        "    flips = ()",
    ]
    arguments: list[tuple[str, str]] = []
    for i, (name, key, required, nullable, parse, _) in enumerate(table.fields):
        v, quoted, missing = f"f{i}", repr(key), repr(f"required field {key} is missing")
        lines += [f"    {v} = d.pop({quoted}, UNSET)", f"    if {v} is None or {v} is UNSET:"]
        absent = []
        if required:
            if nullable:
                absent.append(f"if {v} is UNSET:")
                indent = "    "
            else:
                indent = ""
            if table.strict:
                absent.append(f"{indent}raise KeyError(cls.__name__ + ': ' + {missing})")
            else:
                absent.append(f"{indent}if strict: raise KeyError({quoted})")
                absent.append(
                    f"{indent}{'' if nullable else f'if {v} is UNSET: '}flips += ({name!r},)"
                )
        else:
            absent.append(f"if {v} is None:")
            if not nullable:
                absent.append(f"    if strict: raise TypeError({quoted})")
            absent.append(f"    flips += ({name!r},)")
        lines += [f"        {line}" for line in absent] + [f"        {v} = None"]
        if parse is not None:
            direct = _direct(parse)
            namespace[f"p{i}"] = _settling(direct, partial(namespace.__setitem__, f"p{i}"))
            read = f"p{i}({v})"
            if isinstance(direct, list_of) and direct.item is not None:
                # The list's rules, compiled in: its items read here, not through its `__call__`.
                namespace[f"q{i}"] = _settling(direct.item, partial(namespace.__setitem__, f"q{i}"))
                read = f"[q{i}(v) for v in {v}] if {v}.__class__ is list and {v} else {read}"
            if table.strict:
                lines += ["    else:", f"        {v} = {read}"]
            else:
                lines += [
                    "    else:",
                    "        try:",
                    f"            {v} = {read}",
                    "        except MISFITS:",
                    "            if strict: raise",
                ]
        arguments.append((name, v))
    lines += [
        "    if cls.__init__ is init:",
        "        model = new(cls)",
        *(f"        model.{name} = {v}" for name, v in arguments),
        "        model._none_flips = flips",
        "    else:",
        f"        model = cls({', '.join(f'{name}={v}' for name, v in arguments)})",
        "        if flips: model._none_flips = flips",
    ]
    if table.extra is KEEP:
        # Most answers carry no keys beyond the schema's. The copy they were popped from is then
        # empty but still tracked by the garbage collector, with its table still allocated (a
        # list or object value made it so): a new empty dict is neither, and a streamed chunk
        # holds two such dicts fewer for the collector to walk.
        lines.append("    model.additional_properties = d if d else {}")
    elif table.extra is not DROP:
        namespace["extra"] = table.extra
        lines.append("    model.additional_properties = {k: extra(v) for k, v in d.items()}")
    lines.append("    return model")
    exec("\n".join(lines), namespace)
    return namespace["read"]  # type: ignore[no-any-return]


def _direct(parse: Parser) -> Parser:
    """What the reader calls for a field's value: a union of one member and null (`X | None`,
    the commonest union in the spec) is read as that member.

    The reader has dealt with a null before it calls a parser, and the union's plan (tags,
    members to try, a strict pass) has one member to find every time; going through it cost
    as much as reading the field. Data the member refuses is refused the same way (a misfit,
    which a tolerant model keeps as it came), and a model member is still imported only when
    data first takes it. The table keeps the union, for the code that looks at it.
    """
    if not isinstance(parse, one_of) or len(parse.declared) != 1:
        return parse
    (only,) = parse.declared
    if only in _JSON_TYPES:
        return parse
    if isinstance(only, member):
        model_of: Callable[[], type[Model]] = only.model  # imported when data first takes it
    elif _is_model(only):
        model_of = lambda: only  # noqa: E731
    else:
        return only  # type: ignore[no-any-return]  # an enum's check, a list, a constant

    def read(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError("expected an object")
        model = model_of()
        if not _tags_fit(model._tags.items(), data):
            raise ValueError(f"not a {model.__name__}: its tags say otherwise")
        return model.from_dict(data)

    return read


def reader(model: type[Model]) -> Parser:
    """`model.from_dict` as a single call: the model's compiled reader, bound to the model.

    `from_dict` finds the table, then calls its reader, a frame of its own. For what reads a
    model per streamed event, or a nested model per value, that frame is worth saving.
    """
    return partial((model._table or _table(model)).read, model)


def _settling(parse: Parser | None, settle: Callable[[Parser], object]) -> Parser | None:
    """`parse`; for a model's `from_dict`, a stand-in that puts the model's `reader` in its own
    place (`settle`) the first time it reads a value.

    A table is compiled before the tables of the models it holds (which may hold it in turn), so
    their readers cannot be bound yet; once data reaches one, it can.
    """
    model = getattr(parse, "__self__", None)
    if not (_is_model(model) and getattr(parse, "__func__", None) is _FROM_DICT):
        return parse

    def first(data: Any) -> Any:
        read = reader(model)
        settle(read)
        return read(data)

    return first


def fields(*entries: tuple[str, str, int, Any], extra: Any = KEEP, strict: bool = False) -> Table:
    """A model's table: its fields in order, what it does with other keys, whether it is strict.

    `strict` marks a model that only requests use: it refuses what a response model tolerates.
    """
    return Table(entries, extra, strict)


def _is_model(p: Any) -> bool:
    return isinstance(p, type) and issubclass(p, Model)


def _parser(p: Any) -> Parser | None:
    """What parses a value of this kind; None for a value kept as it is.

    A union of JSON types alone (`str | None`) has nothing to parse.
    """
    if _is_model(p):
        return p.from_dict  # type: ignore[no-any-return]
    if isinstance(p, one_of) and all(m in _JSON_TYPES for m in p.declared):
        return None
    return p  # type: ignore[no-any-return]


def _is_encoded(p: Any) -> bool:
    """Whether values of this kind need `to_dict()` work; the others are written as they are."""
    return _is_model(p) or bool(getattr(p, "encoded", False))


def _table(cls: type[Model]) -> Table:
    table = cls.__dict__.get("_table")
    if table is None:
        table = cls._fields()
        table.read = _reader(table, cls.__init__)
        cls._table = table
    return table


class Model:
    """The base of every generated model."""

    __slots__ = ()
    _table: ClassVar[Table | None] = None
    _tags: ClassVar[dict[str, tuple[str, ...]]] = {}
    # Its JSON keys, for a union to tell members apart before their tables are needed.
    _keys: ClassVar[tuple[str, ...]] = ()
    _none_flips: tuple[str, ...]

    @staticmethod
    def _fields() -> Table:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return (cls._table or _table(cls)).read(cls, src_dict)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        table = type(self)._table or _table(type(self))
        out: dict[str, Any] = {}
        extra = table.extra
        if extra is not DROP:
            additional: dict[str, Any] = self.additional_properties  # type: ignore[attr-defined]
            if not table.extra_encoded:
                out.update(additional)
            else:
                out.update({k: _encode(v) for k, v in additional.items()})
        flips = self._none_flips
        for name, key, required, _, _, encoded in table.fields:
            value = getattr(self, name)
            if value is None:
                # None means left out for an optional field and null for a required one;
                # a flip says the other.
                if (name in flips) != required:
                    out[key] = None
            elif value is not UNSET:
                out[key] = _encode(value) if encoded else value
        return out

    def to_multipart(self) -> RequestFiles:
        table = type(self)._table or _table(type(self))
        files: RequestFiles = []
        flips = self._none_flips
        for name, key, required, _, _, _ in table.fields:
            value = getattr(self, name)
            if (value is None and (name in flips) == required) or value is UNSET:
                value = UNSET
            if required and (value is None or value is UNSET):
                raise ValueError(
                    f"{type(self).__name__}.{name} is required: a form cannot be sent without it"
                )
            if value is not None and value is not UNSET:
                _add_form_field(files, key, value)
        if table.extra is not DROP:
            for key, value in self.additional_properties.items():  # type: ignore[attr-defined]
                _add_form_field(files, key, value)
        return files

    def __repr__(self) -> str:
        """What the model holds: the fields that `to_dict()` would write.

        attrs' own repr would list every absent field as None, which buries the few a response
        carries; a field shown as None here was sent as null.
        """
        flips = self._none_flips
        shown = []
        for field in self.__attrs_attrs__:  # type: ignore[attr-defined]
            if not field.repr:
                continue
            value = getattr(self, field.name)
            if field.name == "additional_properties":
                if value:
                    shown.append(f"additional_properties={value!r}")
            elif value is not None or (field.name in flips) != (field.default is NOTHING):
                shown.append(f"{field.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


_FROM_DICT = Model.from_dict.__func__  # type: ignore[attr-defined]


class OpenModel(Model):
    """A model that keeps the keys its schema does not declare, readable like a mapping."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _encode(value: Any) -> Any:
    """A value as JSON, by what it holds: what a caller set need not be of the declared type."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, datetime.date):  # a datetime is one too
        return value.isoformat()
    uuid = sys.modules.get("uuid")  # without it loaded, no value can be a UUID
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, File):
        return value.to_tuple()
    return value


def _add_form_field(files: RequestFiles, key: str, value: Any) -> None:
    """One form field: a file as itself, an object as JSON, a list as one part per item."""
    if isinstance(value, File):
        files.append((key, value.to_tuple()))
    elif isinstance(value, list):
        for item in value:
            _add_form_field(files, key, item)
    elif isinstance(value, (Model, dict)):
        document = value.to_dict() if isinstance(value, Model) else value
        files.append((key, (None, json.dumps(document).encode(), "application/json")))
    elif isinstance(value, bool):
        files.append((key, (None, b"true" if value else b"false", "text/plain")))
    elif isinstance(value, datetime.date):
        files.append((key, (None, value.isoformat().encode(), "text/plain")))
    else:
        files.append((key, (None, str(value).encode(), "text/plain")))
