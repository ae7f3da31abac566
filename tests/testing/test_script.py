"""`FakeOpenAI.script`: the model's next moves, played in each endpoint's own shape.

Plain httpx here, so the fake is checked on its own terms: what a streamed answer adds up to
must be what the same answer says unstreamed.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from oai.testing import FakeOpenAI, Reply, refusal, text, tool_calls

CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}]}
RESPONSE = {"model": "gpt-test", "input": "hi"}


def events(response: httpx.Response) -> list[dict[str, Any]]:
    found = []
    for line in response.text.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            found.append(json.loads(line[6:]))
    return found


def streamed_chat(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    """A streamed completion's deltas joined into the message they stand for."""
    response = client.post("/chat/completions", json={**body, "stream": True})
    message: dict[str, Any] = {"content": None, "refusal": None, "tool_calls": {}}
    finish = None
    for chunk in events(response):
        for choice in chunk["choices"]:
            delta = choice["delta"]
            for key in ("content", "refusal"):
                if delta.get(key):
                    message[key] = (message[key] or "") + delta[key]
            for call in delta.get("tool_calls") or ():
                slot = message["tool_calls"].setdefault(call["index"], {"arguments": ""})
                if "id" in call:
                    slot["id"], slot["name"] = call["id"], call["function"]["name"]
                slot["arguments"] += call["function"]["arguments"]
            finish = choice["finish_reason"] or finish
    message["finish_reason"] = finish
    return message


def test_text_in_both_chat_shapes(server: FakeOpenAI, client: httpx.Client) -> None:
    server.script(text('{"a": 1}'), text('{"a": 1}'))
    plain = client.post("/chat/completions", json=CHAT).json()
    choice = plain["choices"][0]
    assert choice["message"]["content"] == '{"a": 1}'
    assert choice["finish_reason"] == "stop"
    assert plain["id"] == "chatcmpl-1"
    streamed = streamed_chat(client, CHAT)
    assert (streamed["content"], streamed["finish_reason"]) == ('{"a": 1}', "stop")
    assert server.scripted == 0


def test_parallel_tool_calls_in_chat(server: FakeOpenAI, client: httpx.Client) -> None:
    calls = (("get_weather", {"city": "Paris"}), ("get_time", "{not json"))
    server.script(tool_calls(*calls), tool_calls(*calls))
    message = client.post("/chat/completions", json=CHAT).json()["choices"][0]
    assert message["finish_reason"] == "tool_calls"
    assert message["message"]["tool_calls"] == [
        {
            "id": "call_1_0",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        },
        {
            "id": "call_1_1",
            "type": "function",
            "function": {"name": "get_time", "arguments": "{not json"},
        },
    ]
    streamed = streamed_chat(client, CHAT)
    assert streamed["finish_reason"] == "tool_calls"
    assert streamed["tool_calls"] == {
        0: {"id": "call_2_0", "name": "get_weather", "arguments": '{"city": "Paris"}'},
        1: {"id": "call_2_1", "name": "get_time", "arguments": "{not json"},
    }


@pytest.mark.parametrize("reason", ["length", "content_filter"])
def test_cut_short_and_refused_in_chat(
    server: FakeOpenAI, client: httpx.Client, reason: str
) -> None:
    server.script(text('{"a', finish_reason=reason), refusal("No."), refusal("No."))
    cut = client.post("/chat/completions", json=CHAT).json()["choices"][0]
    assert (cut["message"]["content"], cut["finish_reason"]) == ('{"a', reason)
    refused = client.post("/chat/completions", json=CHAT).json()["choices"][0]["message"]
    assert (refused["content"], refused["refusal"]) == (None, "No.")
    assert streamed_chat(client, CHAT)["refusal"] == "No."


def test_responses_answers_and_their_streams(server: FakeOpenAI, client: httpx.Client) -> None:
    server.script(
        tool_calls(("get_weather", {"city": "Rome"})),
        text("done", finish_reason="length"),
        refusal("No."),
    )
    first = client.post("/responses", json=RESPONSE).json()
    assert first["output"] == [
        {
            "type": "function_call",
            "id": "fc_1_0",
            "call_id": "call_1_0",
            "name": "get_weather",
            "arguments": '{"city": "Rome"}',
            "status": "completed",
        }
    ]
    chained = {
        "model": "gpt-test",
        "previous_response_id": first["id"],
        "input": [{"type": "function_call_output", "call_id": "call_1_0", "output": "sunny"}],
    }
    cut = client.post("/responses", json=chained).json()
    assert cut["status"] == "incomplete"
    assert cut["incomplete_details"] == {"reason": "max_output_tokens"}
    assert client.get(f"/responses/{cut['id']}").json()["previous_response_id"] == first["id"]
    streamed = events(client.post("/responses", json={**RESPONSE, "stream": True}))
    kinds = [event["type"] for event in streamed]
    assert "response.refusal.delta" in kinds and "response.refusal.done" in kinds
    refused = "".join(e["delta"] for e in streamed if e["type"] == "response.refusal.delta")
    assert refused == "No."
    final = streamed[-1]["response"]["output"][0]["content"][0]
    assert final == {"type": "refusal", "refusal": "No."}


def test_a_streamed_incomplete_response_ends_with_incomplete(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    server.script(text('{"a": 1', finish_reason="length"))
    streamed = events(client.post("/responses", json={**RESPONSE, "stream": True}))
    assert streamed[-1]["type"] == "response.incomplete"
    deltas = "".join(e["delta"] for e in streamed if e["type"] == "response.output_text.delta")
    assert deltas == '{"a": 1'


def test_order_precedence_and_reset(server: FakeOpenAI, client: httpx.Client) -> None:
    server.script(text("one"), text("two"))
    assert client.get("/models").status_code == 200  # passes the script by
    server.route("POST", "/chat/completions", lambda request: Reply.error(500, "route"))
    server.enqueue(Reply.json({"queued": True}))
    assert client.post("/chat/completions", json=CHAT).json() == {"queued": True}
    said = client.post("/chat/completions", json=CHAT).json()["choices"][0]["message"]["content"]
    assert said == "one"  # a script comes before a route
    response = client.post("/responses", json=RESPONSE).json()
    assert response["output"][0]["content"][0]["text"] == "two"
    assert client.post("/chat/completions", json=CHAT).status_code == 500  # then the route
    server.script(text("left"))
    server.reset()
    assert server.scripted == 0
    with pytest.raises(TypeError, match="script"):
        server.script("plain text")  # type: ignore[arg-type]


def test_calls_tools_plays_a_model_that_uses_each_function_once() -> None:
    tools = [
        {"type": "function", "function": {"name": "a", "parameters": {"type": "object"}}},
        {"type": "function", "function": {"name": "b", "parameters": {"type": "object"}}},
    ]
    with FakeOpenAI(calls_tools=True) as server, httpx.Client(base_url=server.base_url) as client:
        messages: list[dict[str, Any]] = [{"role": "user", "content": "go"}]
        called = []
        for _ in range(3):
            message = client.post(
                "/chat/completions", json={"model": "m", "messages": messages, "tools": tools}
            ).json()["choices"][0]["message"]
            if not message.get("tool_calls"):
                break
            call = message["tool_calls"][0]
            called.append(call["function"]["name"])
            messages += [message, {"role": "tool", "tool_call_id": call["id"], "content": "ok"}]
        assert called == ["a", "b"]
        assert message["content"] == "The tool returned: ok"

        flat = [{"type": "function", **tool["function"]} for tool in tools]
        body: dict[str, Any] = {"model": "m", "input": "go", "tools": flat}
        names = []
        for _ in range(3):
            response = client.post("/responses", json=body).json()
            calls = [item for item in response["output"] if item["type"] == "function_call"]
            if not calls:
                break
            names.append(calls[0]["name"])
            body = {
                "model": "m",
                "tools": flat,
                "previous_response_id": response["id"],
                "input": [
                    {"type": "function_call_output", "call_id": calls[0]["call_id"], "output": "ok"}
                ],
            }
        assert names == ["a", "b"]
