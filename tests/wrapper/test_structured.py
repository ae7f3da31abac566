"""Structured answers: `response_format=T` / `text_format=T` with the caller's own classes.

Against the fake server: its default reply to a `json_schema` request is an example built from
the schema the client sent (so a wrong schema gives a wrong instance), and `server.script`
plays the replies a real model may give (exact JSON, refusals, replies cut short).
"""

from __future__ import annotations

import enum
import json
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, NotRequired, TypedDict

import attrs
import oai
import pytest
from oai.testing import FakeOpenAI, refusal, text
from wrapper_support import resolve

MESSAGES = [{"role": "user", "content": "Plan a trip"}]


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

    title: Annotated[str, "A short name for the trip"]
    stops: list[Stop]
    pace: Pace
    mood: Literal["calm", "busy"]
    budget: float | None = None
    tags: list[str] = field(default_factory=list)


class Summary(TypedDict):
    title: str
    score: int
    note: NotRequired[str]


@attrs.define
class Rating:
    stars: int
    comment: str


TRIP_JSON = {
    "title": "Coast",
    "stops": [{"city": "Nice", "nights": 2}, {"city": "Genoa", "nights": 1}],
    "pace": "slow",
    "mood": "calm",
    "budget": None,
    "tags": None,
}
TRIP = Trip("Coast", [Stop("Nice", 2), Stop("Genoa", 1)], Pace.SLOW, "calm")


def sent(server: FakeOpenAI) -> dict[str, Any]:
    body: dict[str, Any] = server.last_request.json()
    return body


def assert_strict(schema: dict[str, Any]) -> None:
    """Every object of a schema is closed and lists every property as required."""
    if schema.get("type") == "object":
        assert schema["additionalProperties"] is False
        assert schema["required"] == list(schema["properties"])
    for value in schema.values():
        children = value if isinstance(value, list) else [value]
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            children = [*value.values(), value]
        for child in children:
            if isinstance(child, dict):
                assert_strict(child)


# -- chat ---------------------------------------------------------------------------------------


async def test_chat_sends_the_strict_schema_and_parses_the_reply(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.script(text(json.dumps(TRIP_JSON)))
    status, completion = await resolve(anyclient.chat(MESSAGES, response_format=Trip))
    assert status == 200
    message = completion.choices[0].message
    assert message.parsed == TRIP
    assert isinstance(message.parsed.stops[0], Stop)
    assert message.content == json.dumps(TRIP_JSON)  # the generated model is all there too
    response_format = sent(server)["response_format"]
    assert response_format["type"] == "json_schema"
    spec = response_format["json_schema"]
    assert (spec["name"], spec["strict"]) == ("Trip", True)
    schema = spec["schema"]
    assert_strict(schema)
    assert schema["description"] == "A trip plan."
    assert schema["properties"]["title"]["description"] == "A short name for the trip"
    assert schema["required"] == ["title", "stops", "pace", "mood", "budget", "tags"]


async def test_the_default_reply_follows_the_schema_that_was_sent(anyclient: Any) -> None:
    """The fake fills the schema it received with examples, so this checks the schema end to
    end: a missing nested definition or a wrong type would not parse back into `Trip`."""
    status, completion = await resolve(anyclient.chat(MESSAGES, response_format=Trip))
    assert status == 200
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, Trip)
    assert isinstance(parsed.stops[0], Stop) and isinstance(parsed.pace, Pace)


async def test_streamed_chunks_carry_the_object_so_far(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(text(json.dumps(TRIP_JSON)))
    partials: list[Any] = []
    texts: list[str] = []

    def on_chunk(chunk: oai.ContentChunk) -> None:
        texts.append(chunk.content)
        partials.append(json.loads(json.dumps(chunk.partial)))  # a snapshot of the live dict

    status, completion = await resolve(
        anyclient.chat(MESSAGES, response_format=Trip, callback=on_chunk)
    )
    assert status == 200
    assert completion.choices[0].message.parsed == TRIP
    assert "".join(texts) == json.dumps(TRIP_JSON)
    assert len(partials) > 3
    assert partials[-1] == TRIP_JSON
    assert partials[0] != partials[-1]  # it grew as the reply arrived
    assert any(p.get("title") == "Coast" and "stops" not in p for p in partials)


@pytest.mark.parametrize("reason", ["length", "content_filter"])
async def test_a_reply_cut_short_raises_with_the_text_kept(
    anyclient: Any, server: FakeOpenAI, reason: str
) -> None:
    server.script(text('{"title": "Coa', finish_reason=reason))
    with pytest.raises(oai.OutputParseError) as caught:
        await resolve(anyclient.chat(MESSAGES, response_format=Trip))
    assert caught.value.reason == reason
    assert caught.value.text == '{"title": "Coa'
    assert "cut short" in str(caught.value)


async def test_a_reply_that_does_not_fit_names_the_field(
    anyclient: Any, server: FakeOpenAI
) -> None:
    wrong = {**TRIP_JSON, "stops": [{"city": "Nice", "nights": "two"}]}
    server.script(text(json.dumps(wrong)))
    with pytest.raises(oai.OutputParseError) as caught:
        await resolve(anyclient.chat(MESSAGES, response_format=Trip))
    assert caught.value.reason == "mismatch"
    assert caught.value.field is not None and "stops[0].nights" in caught.value.field
    assert caught.value.text == json.dumps(wrong)


async def test_a_reply_that_is_not_json(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(text("Sure! Here is your trip."))
    with pytest.raises(oai.OutputParseError) as caught:
        await resolve(anyclient.chat(MESSAGES, response_format=Trip))
    assert caught.value.reason == "invalid_json"


async def test_a_refusal_has_no_parsed_value(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(refusal("I can't help with that."))
    status, completion = await resolve(anyclient.chat(MESSAGES, response_format=Trip))
    assert status == 200
    message = completion.choices[0].message
    assert message.parsed is None
    assert message.refusal == "I can't help with that."


async def test_a_type_strict_mode_cannot_express_is_refused_before_sending(
    anyclient: Any, server: FakeOpenAI
) -> None:
    @dataclass
    class Loose:
        extra: dict[str, str]

    with pytest.raises(TypeError, match="extra"):
        await resolve(anyclient.chat(MESSAGES, response_format=Loose))
    assert server.received == 0


async def test_a_format_that_is_neither_a_class_nor_a_dict_is_refused(
    anyclient: Any, server: FakeOpenAI
) -> None:
    with pytest.raises(TypeError, match="response_format"):
        await resolve(anyclient.chat(MESSAGES, response_format=list[Trip]))
    assert server.received == 0


async def test_a_dict_response_format_is_sent_as_it_is(anyclient: Any, server: FakeOpenAI) -> None:
    status, completion = await resolve(
        anyclient.chat(MESSAGES, response_format={"type": "json_object"})
    )
    assert status == 200
    assert sent(server)["response_format"] == {"type": "json_object"}
    assert not hasattr(completion.choices[0].message, "parsed")


async def test_create_chat_completion_parses_too(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(text('{"stars": 4, "comment": "good"}'))
    chunks: list[Any] = []
    status, completion = await resolve(
        anyclient.create_chat_completion(MESSAGES, response_format=Rating, callback=chunks.append)
    )
    assert status == 200
    assert completion.choices[0].message.parsed == Rating(4, "good")
    assert chunks and not isinstance(chunks[0], oai.ContentChunk)  # raw chunk models, as ever


async def test_a_pydantic_model_sends_what_the_official_sdk_sends(
    anyclient: Any, server: FakeOpenAI
) -> None:
    pydantic = pytest.importorskip("pydantic", reason="pydantic is not installed")
    completions = pytest.importorskip(
        "openai.lib._parsing._completions", reason="the official openai package is not installed"
    )

    class Item(pydantic.BaseModel):
        name: str
        price: float = pydantic.Field(description="In euros")

    class Order(pydantic.BaseModel):
        """An order."""

        items: list[Item]
        note: str | None = None

    status, completion = await resolve(anyclient.chat(MESSAGES, response_format=Order))
    assert status == 200
    assert sent(server)["response_format"] == completions.type_to_response_format_param(Order)
    assert isinstance(completion.choices[0].message.parsed, Order)


# -- chat sessions ------------------------------------------------------------------------------


async def test_a_session_send_returns_the_instance(anyclient: Any, server: FakeOpenAI) -> None:
    chat = anyclient.new_chat_session()
    server.script(text('{"title": "Fine", "score": 3, "note": null}'))
    summary = await resolve(chat.send("Summarise", response_format=Summary))
    assert summary == {"title": "Fine", "score": 3}
    assert chat.messages[-1]["content"] == '{"title": "Fine", "score": 3, "note": null}'
    assert chat.last_response.choices[0].message.parsed == summary


async def test_a_session_default_format_applies_to_every_send(
    anyclient: Any, server: FakeOpenAI
) -> None:
    chat = anyclient.new_chat_session(response_format=Rating)
    server.script(text('{"stars": 5, "comment": "a"}'), text('{"stars": 1, "comment": "b"}'))
    assert await resolve(chat.send("one")) == Rating(5, "a")
    assert await resolve(chat.send("two", callback=lambda chunk: None)) == Rating(1, "b")
    assert await resolve(chat.send("three", response_format=None)) == "You said: three"


async def test_a_session_refusal_raises_and_keeps_history(
    anyclient: Any, server: FakeOpenAI
) -> None:
    chat = anyclient.new_chat_session()
    await resolve(chat.send("hello"))
    before = [dict(m) for m in chat.messages]
    last = chat.last_response
    server.script(refusal("No."))
    with pytest.raises(oai.RefusalError) as caught:
        await resolve(chat.send("Plan it", response_format=Trip))
    assert caught.value.refusal == "No."
    assert chat.messages == before
    assert chat.last_response is last


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_a_session_reply_that_does_not_fit_keeps_history(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    chat = anyclient.new_chat_session()
    server.script(text('{"stars": "many", "comment": "x"}'))
    callback = (lambda chunk: None) if streamed else None
    with pytest.raises(oai.OutputParseError) as caught:
        await resolve(chat.send("Rate it", callback, response_format=Rating))
    assert caught.value.field is not None and "stars" in caught.value.field
    assert chat.messages == []


# -- Responses ----------------------------------------------------------------------------------


async def test_create_response_sends_text_format_and_parses(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.script(text(json.dumps(TRIP_JSON)))
    status, response = await resolve(
        anyclient.create_response("Plan a trip", text_format=Trip, text={"verbosity": "low"})
    )
    assert status == 200
    assert response.output_parsed == TRIP
    assert response.output_text == json.dumps(TRIP_JSON)
    fmt = sent(server)["text"]
    assert fmt["verbosity"] == "low"
    assert (fmt["format"]["type"], fmt["format"]["name"], fmt["format"]["strict"]) == (
        "json_schema",
        "Trip",
        True,
    )
    assert_strict(fmt["format"]["schema"])


async def test_text_format_and_a_text_format_dict_together_are_refused(
    anyclient: Any, server: FakeOpenAI
) -> None:
    with pytest.raises(ValueError, match="not both"):
        await resolve(
            anyclient.create_response("x", text_format=Trip, text={"format": {"type": "text"}})
        )
    assert server.received == 0


async def test_an_incomplete_response_raises(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(text('{"stars": 4', finish_reason="length"))
    with pytest.raises(oai.OutputParseError) as caught:
        await resolve(anyclient.create_response("Rate", text_format=Rating))
    assert caught.value.reason == "length"


async def test_a_responses_session_returns_the_parsed_response_or_instance(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session()
    server.script(text('{"stars": 2, "comment": "meh"}'), text('{"stars": 3, "comment": "ok"}'))
    response = await resolve(session.send("Rate", text_format=Rating))
    assert response.output_parsed == Rating(2, "meh")
    partials: list[Any] = []
    rating = await resolve(
        session.send("Again", lambda c: partials.append(dict(c.partial)), text_format=Rating)
    )
    assert rating == Rating(3, "ok")
    assert partials[-1] == {"stars": 3, "comment": "ok"}
    assert session.current_response_id == session.response_history[-1].id
    assert len(session.response_history) == 2


async def test_a_responses_session_refusal_raises_and_keeps_the_chain(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session()
    await resolve(session.send("hi"))
    current = session.current_response_id
    server.script(refusal("No."))
    with pytest.raises(oai.RefusalError):
        await resolve(session.send("Rate", text_format=Rating))
    assert session.current_response_id == current
    assert len(session.response_history) == 1


def test_import_oai_loads_none_of_the_typing_machinery() -> None:
    """Typed answers and tools cost nothing until used: a plain chat loads none of it."""
    code = (
        "import sys, oai\n"
        "from oai.testing import FakeOpenAI\n"
        "with FakeOpenAI() as server:\n"
        "    client = oai.new('sk-test', base_url=server.base_url)\n"
        "    client.chat([{'role': 'user', 'content': 'hi'}])\n"
        "heavy = ['oai._schema', 'oai._convert', 'oai._partial_json', 'oai._tools',\n"
        "         'oai._parsed_models', 'pydantic']\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
