"""`oai._schema`: Python types as the JSON schemas strict mode accepts, or a clear refusal."""

from __future__ import annotations

import datetime
import enum
import uuid
from dataclasses import dataclass, field, make_dataclass
from typing import Annotated, Any, Literal, NotRequired, TypedDict

import attrs
import pytest
from oai._schema import FieldSpec, fields_schema, schema_for, schema_name, type_fields

NULL = {"type": "null"}


class Color(enum.Enum):
    """A paint colour."""

    RED = "red"
    BLUE = "blue"


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Shape:
    """Something drawn."""

    name: Annotated[str, "What it is called"]
    corners: list[Point]
    color: Color
    kind: Literal["open", "closed"]
    when: datetime.datetime
    day: datetime.date
    ident: uuid.UUID
    label: str | None
    weight: int = 1
    tags: list[str] = field(default_factory=list, metadata={"description": "Free labels"})


@dataclass
class Node:
    value: int
    children: list[Node]


class Movie(TypedDict):
    """A film."""

    title: str
    year: NotRequired[int]


@attrs.define
class Review:
    stars: int
    _note: str = attrs.field(default="", metadata={"description": "Any remark"})


def walk(schema: Any) -> list[dict[str, Any]]:
    """Every dict in a schema, nested ones included."""
    found = []
    if isinstance(schema, dict):
        found.append(schema)
        for value in schema.values():
            found += walk(value)
    elif isinstance(schema, list):
        for value in schema:
            found += walk(value)
    return found


def assert_strict(schema: dict[str, Any]) -> None:
    for part in walk(schema):
        if part.get("type") == "object" and "properties" in part:
            assert part["additionalProperties"] is False
            assert part["required"] == list(part["properties"])


def test_a_dataclass_with_every_kind_of_field() -> None:
    schema = schema_for(Shape)
    assert_strict(schema)
    assert schema["description"] == "Something drawn."
    props = schema["properties"]
    assert props["name"] == {"type": "string", "description": "What it is called"}
    assert props["corners"] == {"type": "array", "items": {"$ref": "#/$defs/Point"}}
    assert props["color"] == {"$ref": "#/$defs/Color"}
    assert props["kind"] == {"type": "string", "enum": ["open", "closed"]}
    assert props["when"] == {"type": "string", "format": "date-time"}
    assert props["day"] == {"type": "string", "format": "date"}
    assert props["ident"] == {"type": "string", "format": "uuid"}
    assert props["label"] == {"anyOf": [{"type": "string"}, NULL]}
    assert props["weight"] == {"anyOf": [{"type": "integer"}, NULL]}  # a default: nullable
    assert props["tags"] == {
        "anyOf": [{"type": "array", "items": {"type": "string"}}, NULL],
        "description": "Free labels",
    }
    assert schema["$defs"]["Color"] == {
        "type": "string",
        "enum": ["red", "blue"],
        "description": "A paint colour.",
    }
    assert schema["$defs"]["Point"] == {
        "type": "object",
        "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
        "required": ["x", "y"],
        "additionalProperties": False,
    }
    assert "description" not in schema["$defs"]["Point"]  # not the signature @dataclass writes


def test_a_recursive_type_refers_to_itself() -> None:
    schema = schema_for(Node)
    assert schema["properties"]["children"] == {"type": "array", "items": {"$ref": "#"}}


def test_a_typeddict_and_an_attrs_class() -> None:
    movie = schema_for(Movie)
    assert movie["description"] == "A film."
    assert movie["required"] == ["title", "year"]
    assert movie["properties"]["year"] == {"anyOf": [{"type": "integer"}, NULL]}
    review = schema_for(Review)
    assert list(review["properties"]) == ["stars", "note"]  # attrs' init name, not `_note`
    assert review["properties"]["note"]["description"] == "Any remark"


def test_two_classes_of_one_name_get_two_definitions() -> None:
    def make() -> type:
        @dataclass
        class Point:
            z: int

        return Point

    both = make_dataclass("Both", [("a", Point), ("b", make())])  # real types: no local names
    schema = schema_for(both)
    assert set(schema["$defs"]) == {"Point", "Point_2"}


@pytest.mark.parametrize(
    ("annotation", "path"),
    [
        (dict[str, int], "Bad.field"),
        (Any, "Bad.field"),
        (list, "Bad.field"),
        (tuple[int, str], "Bad.field"),
        (bytes, "Bad.field"),
        (list[dict[str, str]], "Bad.field[]"),
    ],
)
def test_types_strict_mode_cannot_express_are_refused_by_path(annotation: Any, path: str) -> None:
    bad = dataclass(type("Bad", (), {"__annotations__": {"field": annotation}}))
    with pytest.raises(TypeError) as caught:
        schema_for(bad)
    assert str(caught.value).startswith(path + ":")


@pytest.mark.parametrize("tp", [list[int], int, str | int, object])
def test_the_root_must_be_a_class_of_fields(tp: Any) -> None:
    with pytest.raises(TypeError, match="dataclass, an attrs class, a TypedDict or a pydantic"):
        schema_for(tp)


def test_not_strict_keeps_defaults_out_of_required_and_allows_dicts() -> None:
    fields = [
        FieldSpec("query", str, True),
        FieldSpec("limit", int, False, "At most this many"),
        FieldSpec("filters", dict[str, str], False),
    ]
    schema = fields_schema(fields, description=None, strict=False, where="search()")
    assert schema["required"] == ["query"]
    assert schema["properties"]["limit"] == {"type": "integer", "description": "At most this many"}
    assert schema["properties"]["filters"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }
    with pytest.raises(TypeError, match=r"^search\(filters\):"):
        fields_schema(fields, description=None, strict=True, where="search()")


def test_the_schema_is_a_fresh_copy_each_time() -> None:
    first = schema_for(Point)
    first["properties"]["x"]["type"] = "broken"
    assert schema_for(Point)["properties"]["x"]["type"] == "number"


def test_names_and_fields() -> None:
    assert schema_name(Shape) == "Shape"
    assert [f.name for f in type_fields(Shape)][:3] == ["name", "corners", "color"]
    assert [f.required for f in type_fields(Movie)] == [True, False]


def test_pydantic_models_get_the_official_sdks_schema() -> None:
    pydantic = pytest.importorskip("pydantic", reason="pydantic is not installed")
    official = pytest.importorskip(
        "openai.lib._pydantic", reason="the official openai package is not installed"
    )

    class Line(pydantic.BaseModel):
        sku: str
        count: int = 1

    class Kind(enum.Enum):
        A = "a"
        B = "b"

    class Order(pydantic.BaseModel):
        """An order."""

        lines: list[Line]
        kind: Kind
        mode: Literal["fast", "slow"] = "fast"
        note: str | None = None
        who: str = pydantic.Field(description="The buyer")
        nested: Line | None = None

    for model in (Line, Order):
        assert schema_for(model) == official.to_strict_json_schema(model)

    wrapped = schema_for(make_dataclass("Wrapper", [("order", Order)]))
    assert wrapped["properties"]["order"] == {"$ref": "#/$defs/Order"}
    assert {"Order", "Line", "Kind"} <= set(wrapped["$defs"])
    assert_strict(wrapped)
