"""Typed answers and function tools: the schemas the wrapper writes pass the public spec.

Prism validates each request against the spec (the `response_format` / `text.format` objects
and the function definitions included) and answers with the spec's example, whose text is not
JSON of our type: the reply is then refused by the typed reading, which is not the point here.
What is checked is that Prism accepted every request.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import oai
from conformance_support import Exchange, resolve


class Pace(enum.Enum):
    SLOW = "slow"
    FAST = "fast"


@dataclass
class Stop:
    """One place on the way."""

    city: str
    nights: int


@dataclass
class Trip:
    """A trip plan."""

    title: Annotated[str, "A short name"]
    stops: list[Stop]
    pace: Pace
    mood: Literal["calm", "busy"]
    starts: datetime.date
    budget: float | None = None
    tags: list[str] = field(default_factory=list)


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """The weather in a city.

    Args:
        city: The city's name.
        unit: The temperature scale.
    """
    return "sunny"


async def accepted(call: Callable[[], Any], sent: list[Exchange], path: str) -> None:
    # Prism's example answer is not a Trip: the request is what is checked here.
    with contextlib.suppress(oai.OutputParseError, oai.RefusalError):
        await resolve(call())
    assert sent, "the wrapper sent no request"
    assert all(exchange.path == path for exchange in sent)
    described = "\n\n".join(exchange.describe() for exchange in sent)
    assert all(200 <= exchange.status < 300 for exchange in sent), described


async def test_chat_with_a_dataclass_answer_and_a_function_tool(
    anyclient: Any, sent: list[Exchange]
) -> None:
    messages = [{"role": "user", "content": "Plan a trip"}]
    await accepted(
        lambda: anyclient.chat(
            messages, response_format=Trip, tools=[get_weather], model="gpt-4.1"
        ),
        sent,
        "/chat/completions",
    )
    body = sent[0].json()
    assert body["response_format"]["json_schema"]["name"] == "Trip"
    assert body["tools"][0]["function"]["name"] == "get_weather"


async def test_responses_with_a_text_format_and_a_function_tool(
    anyclient: Any, sent: list[Exchange]
) -> None:
    await accepted(
        lambda: anyclient.create_response(
            "Plan a trip", text_format=Trip, tools=[get_weather], model="gpt-4.1"
        ),
        sent,
        "/responses",
    )
    body = sent[0].json()
    assert body["text"]["format"]["name"] == "Trip"
    assert body["tools"][0] == oai.function_tool(get_weather).definition("responses")
