"""`oai.function_tool`: a tool definition read off a function, and its calls read back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import oai
import pytest
from oai.testing import FakeOpenAI
from wrapper_support import resolve


@dataclass
class Place:
    city: str
    country: str | None = None


def get_weather(place: Place, unit: Literal["C", "F"] = "C", days: int = 1) -> dict[str, Any]:
    """The weather forecast for a place.

    Uses the nearest station.

    Args:
        place: Where to look.
        unit: The temperature scale,
            Celsius or Fahrenheit.
        days (int): How many days ahead.

    Returns:
        The forecast.
    """
    return {"city": place.city, "unit": unit, "days": days}


def test_the_definition_comes_from_the_signature_and_docstring() -> None:
    tool = oai.function_tool(get_weather)
    definition = tool.definition("chat")
    assert definition["type"] == "function"
    function = definition["function"]
    assert function["name"] == "get_weather"
    assert (
        function["description"] == "The weather forecast for a place.\n\nUses the nearest station."
    )
    assert function["strict"] is True
    parameters = function["parameters"]
    assert parameters["type"] == "object"
    assert parameters["additionalProperties"] is False
    assert parameters["required"] == ["place", "unit", "days"]  # strict: all required
    properties = parameters["properties"]
    assert properties["unit"]["description"] == "The temperature scale, Celsius or Fahrenheit."
    assert properties["days"]["description"] == "How many days ahead."
    # Optional parameters are nullable in strict mode (null means: use the default).
    assert {"type": "null"} in properties["days"]["anyOf"]
    assert "$defs" in parameters and "Place" in parameters["$defs"]


def test_the_responses_shape_is_flat() -> None:
    tool = oai.function_tool(get_weather)
    chat, responses = tool.definition("chat"), tool.definition("responses")
    assert responses == {"type": "function", **chat["function"]}


def test_not_strict_leaves_optional_parameters_out_of_required() -> None:
    parameters = oai.function_tool(get_weather, strict=False).parameters
    assert parameters["required"] == ["place"]
    assert "anyOf" not in parameters["properties"]["days"]


def test_annotated_descriptions_win_and_names_can_be_given() -> None:
    def lookup(term: Annotated[str, "What to look up"]) -> str:
        """Look something up.

        Args:
            term: ignored, the Annotated text wins.
        """
        return term

    tool = oai.function_tool(lookup, name="search", description="Search the notes")
    function = tool.definition("chat")["function"]
    assert function["name"] == "search"
    assert function["description"] == "Search the notes"
    assert function["parameters"]["properties"]["term"]["description"] == "What to look up"


def test_arguments_are_converted_into_the_parameter_types() -> None:
    tool = oai.function_tool(get_weather)
    args, kwargs = tool.arguments(
        '{"place": {"city": "Oslo", "country": null}, "unit": "F", "days": null}'
    )
    assert args == []
    assert kwargs == {"place": Place("Oslo"), "unit": "F"}  # null: the default applies
    assert tool(*args, **kwargs) == {"city": "Oslo", "unit": "F", "days": 1}


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"unit": "C"}', "place"),
        ('{"place": {"city": "Oslo"}, "unit": "K"}', "unit"),
        ('{"place": {"city": "Oslo"}, "wind": true}', "wind"),
    ],
)
def test_arguments_that_do_not_fit_name_the_problem(arguments: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        oai.function_tool(get_weather).arguments(arguments)


def test_positional_only_parameters_are_passed_by_position() -> None:
    def add(a: int, b: int, /) -> int:
        return a + b

    tool = oai.function_tool(add)
    args, kwargs = tool.arguments('{"a": 2, "b": 3}')
    assert (args, kwargs) == ([2, 3], {})
    assert tool(*args) == 5


@pytest.mark.parametrize(
    ("fn", "problem"),
    [
        (lambda x: x, "name"),
        (print, "print"),
    ],
)
def test_functions_that_cannot_be_described_are_refused(fn: Any, problem: str) -> None:
    with pytest.raises((TypeError, ValueError), match=problem):
        oai.function_tool(fn)


def test_star_arguments_and_missing_hints_are_refused_by_name() -> None:
    def spread(*items: int) -> None: ...

    def bare(x) -> None:  # type: ignore[no-untyped-def]
        ...

    def loose(options: dict[str, str]) -> None: ...

    with pytest.raises(TypeError, match=r"spread\(items\)"):
        oai.function_tool(spread)
    with pytest.raises(TypeError, match=r"bare\(x\).*type hint"):
        oai.function_tool(bare)
    with pytest.raises(TypeError, match="options"):
        oai.function_tool(loose)


async def test_a_plain_function_in_tools_is_sent_as_a_definition(
    anyclient: Any, server: FakeOpenAI
) -> None:
    messages = [{"role": "user", "content": "Weather in Oslo?"}]
    await resolve(anyclient.chat(messages, tools=[get_weather], tool_choice="required"))
    assert server.last_request.json()["tools"] == [
        oai.function_tool(get_weather).definition("chat")
    ]
    await resolve(
        anyclient.create_response("Weather?", tools=[get_weather, {"type": "web_search"}])
    )
    assert server.last_request.json()["tools"] == [
        oai.function_tool(get_weather).definition("responses"),
        {"type": "web_search"},
    ]


async def test_the_forced_call_of_a_function_tool_fits_it(
    anyclient: Any, server: FakeOpenAI
) -> None:
    """The fake builds the call's arguments from the schema sent: they must convert back."""
    messages = [{"role": "user", "content": "Weather?"}]
    _, completion = await resolve(
        anyclient.chat(messages, tools=[get_weather], tool_choice="required")
    )
    call = completion.choices[0].message.tool_calls[0]
    _, kwargs = oai.function_tool(get_weather).arguments(call.function.arguments)
    assert isinstance(kwargs["place"], Place)
    assert json.loads(call.function.arguments)["unit"] == "C"


def test_something_that_is_not_a_tool_is_refused() -> None:
    from oai._tools import tool_definitions

    with pytest.raises(TypeError, match="each tool must be"):
        tool_definitions([42], "chat")
