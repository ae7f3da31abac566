"""`session.run`: the tool loop, for chat and Responses sessions, sync and async.

`server.script` plays the model: which tools it calls in which round, and its final answer.
The checks are on what the loop sent back (the requests the fake received) and on what the
session keeps, above all after a failure.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply, text, tool_calls
from wrapper_support import resolve

RUNS: list[tuple[str, Any]] = []


@dataclass
class Forecast:
    city: str
    sky: str


def get_weather(city: str) -> Forecast:
    """The weather now.

    Args:
        city: The city's name.
    """
    RUNS.append(("get_weather", city))
    return Forecast(city, "sunny")


def get_time(zone: str = "UTC") -> str:
    """The time of day in a zone."""
    RUNS.append(("get_time", zone))
    return "noon"


def broken(city: str) -> str:
    raise RuntimeError("the station is down")


@pytest.fixture(autouse=True)
def _forget_runs() -> None:
    RUNS.clear()


def two_rounds() -> tuple[Any, ...]:
    return (
        tool_calls(("get_weather", {"city": "Paris"}), ("get_time", {"zone": "CET"})),
        tool_calls(("get_weather", {"city": "Rome"})),
        text("Paris and Rome are sunny; it is noon."),
    )


def tool_messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in body["messages"] if m["role"] == "tool"]


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_chat_run_two_tools_over_two_rounds(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    server.script(*two_rounds())
    chat = anyclient.new_chat_session()
    seen: list[Any] = []
    callback = seen.append if streamed else None
    answer = await resolve(chat.run("Weather?", tools=[get_weather, get_time], callback=callback))
    assert answer == "Paris and Rome are sunny; it is noon."
    assert RUNS == [("get_weather", "Paris"), ("get_time", "CET"), ("get_weather", "Rome")]
    requests = [r.json() for r in server.requests]
    assert len(requests) == 3
    assert requests[0]["tools"] == [
        oai.function_tool(get_weather).definition("chat"),
        oai.function_tool(get_time).definition("chat"),
    ]
    second = tool_messages(requests[1])
    assert [
        json.loads(m["content"]) if m["content"].startswith("{") else m["content"] for m in second
    ] == [{"city": "Paris", "sky": "sunny"}, "noon"]
    assert [m["tool_call_id"] for m in second] == ["call_1_0", "call_1_1"]
    roles = [m["role"] for m in chat.messages]
    assert roles == ["user", "assistant", "tool", "tool", "assistant", "tool", "assistant"]
    assert chat.messages[-1]["content"] == answer
    if streamed:
        events = [item for item in seen if isinstance(item, oai.ToolEvent)]
        assert [(e.phase, e.name) for e in events] == [
            ("started", "get_weather"),
            ("finished", "get_weather"),
            ("started", "get_time"),
            ("finished", "get_time"),
            ("started", "get_weather"),
            ("finished", "get_weather"),
        ]
        assert events[1].result == '{"city": "Paris", "sky": "sunny"}'
        chunks = "".join(item.content for item in seen if isinstance(item, oai.ContentChunk))
        assert chunks == answer


async def test_responses_run_two_tools_over_two_rounds(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(*two_rounds())
    session = anyclient.new_responses_chat_session(tools=[get_weather, get_time])
    answer = await resolve(session.run("Weather?"))
    assert answer == "Paris and Rome are sunny; it is noon."
    requests = [r.json() for r in server.requests]
    assert requests[0]["tools"][0] == oai.function_tool(get_weather).definition("responses")
    assert requests[1]["input"] == [
        {
            "type": "function_call_output",
            "call_id": "call_1_0",
            "output": '{"city": "Paris", "sky": "sunny"}',
        },
        {"type": "function_call_output", "call_id": "call_1_1", "output": "noon"},
    ]
    ids = [r.id for r in session.response_history]
    assert len(ids) == 3
    assert requests[1]["previous_response_id"] == ids[0]
    assert requests[2]["previous_response_id"] == ids[1]
    assert session.current_response_id == ids[2]


async def test_run_with_a_response_format_returns_the_instance(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.script(
        tool_calls(("get_weather", {"city": "Oslo"})), text('{"city": "Oslo", "sky": "grey"}')
    )
    chat = anyclient.new_chat_session()
    answer = await resolve(chat.run("Oslo?", tools=[get_weather], response_format=Forecast))
    assert answer == Forecast("Oslo", "grey")


async def test_tool_errors_go_back_to_the_model(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(
        tool_calls(("broken", {"city": "Oslo"}), ("nope", {}), ("get_weather", '{"town": 1}')),
        text("Sorry."),
    )
    chat = anyclient.new_chat_session()
    assert await resolve(chat.run("Oslo?", tools=[broken, get_weather])) == "Sorry."
    results = [m["content"] for m in tool_messages(server.last_request.json())]
    assert "RuntimeError: the station is down" in results[0]
    assert "no tool is named 'nope'" in results[1] and "get_weather" in results[1]
    assert "arguments do not fit get_weather()" in results[2]
    assert RUNS == []


async def test_on_tool_error_raise_keeps_the_history_whole(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.script(tool_calls(("get_time", {})), tool_calls(("broken", {"city": "Oslo"})))
    chat = anyclient.new_chat_session()
    with pytest.raises(RuntimeError, match="station is down"):
        await resolve(chat.run("x", tools=[get_time, broken], on_tool_error="raise"))
    assert [m["role"] for m in chat.messages] == ["user", "assistant", "tool"]  # step 1 only


async def test_an_unknown_tool_raises_with_on_tool_error_raise(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.script(tool_calls(("nope", {})))
    chat = anyclient.new_chat_session()
    with pytest.raises(oai.ToolCallError) as caught:
        await resolve(chat.run("x", tools=[get_time], on_tool_error="raise"))
    assert caught.value.name == "nope"
    assert chat.messages == []


async def test_max_steps(anyclient: Any, server: FakeOpenAI) -> None:
    server.script(tool_calls(("get_time", {})), tool_calls(("get_time", {})), text("late"))
    chat = anyclient.new_chat_session()
    with pytest.raises(oai.ToolLoopError) as caught:
        await resolve(chat.run("time?", tools=[get_time], max_steps=2))
    assert caught.value.steps == 2
    assert server.received == 2
    roles = [m["role"] for m in chat.messages]
    assert roles == ["user", "assistant", "tool", "assistant", "tool"]  # whole steps
    assert await resolve(chat.run(None, tools=[get_time])) == "late"  # and it can go on


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_a_failure_mid_loop_leaves_complete_steps_only(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    server.script(tool_calls(("get_time", {})))
    server.route("POST", "/chat/completions", lambda request: Reply.error(500, "boom"))
    chat = anyclient.new_chat_session()
    chat.append_message({"role": "system", "content": "Be brief."})
    callback = (lambda item: None) if streamed else None
    with pytest.raises(oai.APIStatusError):
        # The first request takes the script (scripts come before routes); the second fails.
        await resolve(chat.run("time?", tools=[get_time], callback=callback))
    assert [m["role"] for m in chat.messages] == ["system", "user", "assistant", "tool"]


async def test_a_responses_failure_mid_loop_leaves_the_chain_where_it_was(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session()
    await resolve(session.send("hi"))
    current = session.current_response_id
    server.script(tool_calls(("get_time", {})))
    server.route("POST", "/responses", lambda request: Reply.error(500, "boom"))
    with pytest.raises(oai.APIStatusError):
        await resolve(session.run("time?", tools=[get_time]))
    assert session.current_response_id == current
    assert len(session.response_history) == 1


def test_the_sync_session_refuses_async_tools_before_sending(server: FakeOpenAI) -> None:
    async def slow(city: str) -> str:
        return city

    with (
        oai.OpenAI(base_url=server.base_url, api_key="sk-test") as client,
        pytest.raises(TypeError, match="slow: async tools need the async session"),
    ):
        client.new_chat_session().run("x", tools=[slow])
    assert server.received == 0


async def test_the_async_session_runs_one_replys_calls_concurrently(server: FakeOpenAI) -> None:
    order: list[str] = []

    async def fetch(name: str) -> str:
        order.append(f"start {name}")
        await asyncio.sleep(0.2)
        order.append(f"end {name}")
        return name

    def plain(name: str) -> str:
        order.append(f"plain {name}")
        return name

    server.script(
        tool_calls(("fetch", {"name": "a"}), ("fetch", {"name": "b"}), ("plain", {"name": "c"})),
        text("done"),
    )
    async with oai.AsyncOpenAI(base_url=server.base_url, api_key="sk-test") as client:
        started = time.perf_counter()
        answer = await client.new_chat_session().run("go", tools=[fetch, plain])
        elapsed = time.perf_counter() - started
    assert answer == "done"
    assert order[:2] == ["start a", "start b"]  # b started before a finished
    assert elapsed < 0.38  # two 0.2 s calls at once, not one after the other
    results = [m["content"] for m in tool_messages(server.last_request.json())]
    assert results == ["a", "b", "c"]  # in the order of the calls, whatever finished first


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [({"max_steps": 0}, "max_steps"), ({"on_tool_error": "ignore"}, "on_tool_error")],
)
async def test_bad_run_settings_are_refused_before_sending(
    anyclient: Any, server: FakeOpenAI, kwargs: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        await resolve(anyclient.new_chat_session().run("x", tools=[get_time], **kwargs))
    assert server.received == 0


async def test_a_streamed_responses_run_reports_text_and_tool_events(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.script(tool_calls(("get_time", {"zone": "CET"})), text("It is noon."))
    session = anyclient.new_responses_chat_session()
    seen: list[Any] = []
    answer = await resolve(session.run("Time?", tools=[get_time], callback=seen.append))
    assert answer == "It is noon."
    events = [(e.phase, e.name, e.result) for e in seen if isinstance(e, oai.ToolEvent)]
    assert events == [("started", "get_time", None), ("finished", "get_time", "noon")]
    assert "".join(str(item) for item in seen) == "It is noon."  # events print as nothing
    assert server.requests[0].json()["stream"] is True


async def test_generate_response_reads_a_type_too(anyclient: Any, server: FakeOpenAI) -> None:
    chat = anyclient.new_chat_session()
    chat.append_message("Weather in Oslo?")
    server.script(text('{"city": "Oslo", "sky": "grey"}'))
    reply = await resolve(chat.generate_response(response_format=Forecast))
    assert reply == Forecast("Oslo", "grey")
    assert [m["role"] for m in chat.messages] == ["user", "assistant"]
