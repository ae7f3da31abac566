"""`oai._convert`: JSON read into the caller's types, checked value by value, and back."""

from __future__ import annotations

import datetime
import enum
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, TypedDict

import attrs
import pytest
from oai._convert import ConversionError, from_json, read_fields, to_json
from oai._schema import FieldSpec


class Size(enum.Enum):
    S = "s"
    L = "l"


@dataclass
class Item:
    name: str
    price: float
    size: Size = Size.S


@dataclass
class Basket:
    items: list[Item]
    when: datetime.datetime
    code: uuid.UUID
    mode: Literal["pickup", "delivery"]
    note: str | None = None
    labels: tuple[str, ...] = field(default_factory=tuple)


class Summary(TypedDict):
    title: str
    score: NotRequired[int]


@attrs.frozen
class Tag:
    _value: str
    weight: int = 0


@dataclass
class Cat:
    meows: bool


@dataclass
class Dog:
    barks: bool


BASKET = {
    "items": [
        {"name": "tea", "price": 3, "size": "l"},
        {"name": "jam", "price": 2.5, "size": None},
    ],
    "when": "2026-12-03T10:00:00Z",
    "code": "12345678-1234-5678-1234-567812345678",
    "mode": "pickup",
    "note": None,
    "labels": ["a", "b"],
}


def test_a_nested_dataclass_with_defaults_enums_dates_and_literals() -> None:
    basket = from_json(Basket, BASKET, "Basket")
    assert basket == Basket(
        [Item("tea", 3.0, Size.L), Item("jam", 2.5)],
        datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC),
        uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "pickup",
        None,
        ("a", "b"),
    )
    assert isinstance(basket.items[0].price, float)


@pytest.mark.parametrize(
    ("change", "path", "problem"),
    [
        ({"items": [{"name": "tea", "price": "3"}]}, "Basket.items[0].price", "expected a number"),
        ({"mode": "drone"}, "Basket.mode", "expected one of 'pickup', 'delivery'"),
        ({"when": "yesterday"}, "Basket.when", "expected a date-time"),
        ({"code": 7}, "Basket.code", "as a string"),
        ({"items": [{"name": "tea", "price": 1, "size": "xl"}]}, "Basket.items[0].size", "Size"),
        ({"items": [{"name": True, "price": 1}]}, "Basket.items[0].name", "expected a string"),
        ({"extra": 1}, "Basket", "unknown key(s): extra"),
        ({"mode": None}, "Basket.mode", "required, got null"),
    ],
)
def test_every_misfit_names_its_path(change: dict[str, Any], path: str, problem: str) -> None:
    with pytest.raises(ConversionError) as caught:
        from_json(Basket, {**BASKET, **change}, "Basket")
    assert caught.value.path == path
    assert problem in caught.value.problem


def test_a_missing_required_key() -> None:
    data = {key: value for key, value in BASKET.items() if key != "mode"}
    with pytest.raises(ConversionError, match=r"Basket\.mode: is required but missing"):
        from_json(Basket, data, "Basket")


def test_typeddicts_drop_a_null_optional_key() -> None:
    assert from_json(Summary, {"title": "x", "score": None}, "Summary") == {"title": "x"}
    assert from_json(Summary, {"title": "x", "score": 3}, "Summary") == {"title": "x", "score": 3}


def test_attrs_private_fields_go_through_their_alias() -> None:
    assert from_json(Tag, {"value": "v", "weight": None}, "Tag") == Tag("v")


def test_integers_are_not_booleans_and_numbers_are_not_integers() -> None:
    with pytest.raises(ConversionError, match="expected an integer"):
        from_json(int, True, "n")
    with pytest.raises(ConversionError, match="expected an integer"):
        from_json(int, 1.5, "n")
    assert from_json(float, 2, "n") == 2.0


def test_unions_take_the_first_member_that_fits_strictly() -> None:
    assert from_json(Cat | Dog, {"barks": True}, "pet") == Dog(True)
    assert from_json(int | str, "7", "v") == "7"
    with pytest.raises(ConversionError, match="fits none of the union's members"):
        from_json(Cat | Dog, {"purrs": True}, "pet")


def test_read_fields_leaves_defaults_to_the_function() -> None:
    fields = [FieldSpec("city", str, True), FieldSpec("days", int, False)]
    assert read_fields(fields, {"city": "Oslo", "days": None}, "f()") == {"city": "Oslo"}
    with pytest.raises(ConversionError) as caught:
        read_fields(fields, {"days": 2}, "f()")
    assert caught.value.path == "f(city)"
    with pytest.raises(ConversionError, match="expected an object"):
        read_fields(fields, [1], "f()")


def test_to_json_round_trips() -> None:
    basket = from_json(Basket, BASKET, "Basket")
    data = to_json(basket)
    assert data["items"][0] == {"name": "tea", "price": 3.0, "size": "l"}
    assert data["when"] == "2026-12-03T10:00:00+00:00"
    assert from_json(Basket, data, "Basket") == basket
    assert to_json(Tag("v", 2)) == {"value": "v", "weight": 2}
    assert to_json({1: {2, 3}}) in ({"1": [2, 3]}, {"1": [3, 2]})
    with pytest.raises(TypeError, match="object cannot be sent as JSON"):
        to_json(object())


def test_pydantic_models_validate_themselves() -> None:
    pydantic = pytest.importorskip("pydantic", reason="pydantic is not installed")

    class Order(pydantic.BaseModel):
        sku: str
        count: int

    assert from_json(Order, {"sku": "a", "count": 2}, "Order") == Order(sku="a", count=2)
    with pytest.raises(ConversionError) as caught:
        from_json(Order, {"sku": "a", "count": "many"}, "Order")
    assert caught.value.path == "Order.count"
    assert to_json(Order(sku="a", count=2)) == {"sku": "a", "count": 2}
