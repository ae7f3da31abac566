"""Typed answers and tools: replies read into your own classes, functions the model calls.

`response_format=` takes a dataclass, an attrs class, a TypedDict or a pydantic model; the
request carries its strict JSON schema and the reply comes back as an instance. `run()` sends
the functions as tools, runs the calls the model makes, sends the results back, and returns
the answer once the model needs no more tools.
"""

import os
from dataclasses import dataclass
from typing import Annotated, Literal, TypedDict

import oai


@dataclass
class City:
    """A city worth a weekend."""

    name: str
    country: str
    season: Literal["spring", "summer", "autumn", "winter"]
    sights: Annotated[list[str], "Three things to see"]


class Verdict(TypedDict):
    score: int
    reason: str


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict[str, object]:
    """The weather in a city now.

    Args:
        city: The city's name.
        unit: The temperature scale.
    """
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "sky": "sunny"}


def get_local_time(city: str) -> str:
    """The local time in a city, as HH:MM."""
    return "14:30"


client = oai.new(os.getenv("OPENAI_API_KEY"))

try:
    # A dataclass answer: `parsed` is a City, nested types and all.
    status, completion = client.chat(
        [{"role": "user", "content": "Suggest a European city for a weekend"}],
        response_format=City,
    )
    if status != 200:
        raise SystemExit(f"chat failed: {status} {completion}")
    city = completion.choices[0].message.parsed
    print(f"city: {city.name}, {city.country}, in {city.season}; sights: {len(city.sights)}")

    # A TypedDict answer in a session, streamed: each chunk carries the object so far.
    chat = client.new_chat_session()
    seen: list[int] = []
    verdict = chat.send(
        f"Score {city.name} for a weekend, 1 to 10",
        lambda chunk: seen.append(len(chunk.partial or {})),
        response_format=Verdict,
    )
    print(f"verdict: {verdict['score']}/10 after {len(seen)} chunks, keys so far: {max(seen)}")

    # A tool loop: the model calls the functions, run() answers them until the reply is text.
    def show(event: object) -> None:
        if isinstance(event, oai.ToolEvent) and event.phase == "finished":
            print(f"tool {event.name}({event.arguments}) -> {event.result}")

    answer = chat.run(
        f"What is the weather in {city.name}, and what time is it there?",
        tools=[get_weather, get_local_time],
        callback=show,
    )
    print("answer:", answer)
except (oai.OutputParseError, oai.RefusalError) as exc:
    raise SystemExit(f"no typed answer: {exc}") from None
except oai.APIStatusError as exc:
    raise SystemExit(f"session failed: {exc.status} {exc.message}") from None

print("roles:", " ".join(message["role"] for message in chat.messages))
