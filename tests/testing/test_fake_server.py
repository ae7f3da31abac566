"""Tests of the fake OpenAI server itself, driven with plain httpx."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from oai.testing import FakeOpenAI, RecordedRequest, Reply, SSEEvent, example_for

MODEL = "gpt-4.1-mini"
HELLO = [{"role": "user", "content": "Hello there"}]


def chat(**extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": HELLO, **extra}


def sse_data(lines: Iterator[str]) -> list[str]:
    """The ``data:`` payloads of an event stream, in order."""
    return [line.removeprefix("data: ") for line in lines if line.startswith("data: ")]


def stream_chunks(client: httpx.Client, body: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    """POST a streaming chat request; return the JSON chunks and the last data payload."""
    with client.stream("POST", "/chat/completions", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream"
        assert response.headers["transfer-encoding"] == "chunked"
        payloads = sse_data(response.iter_lines())
    return [json.loads(p) for p in payloads[:-1]], payloads[-1]


def content_by_choice(chunks: list[dict[str, Any]]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for chunk in chunks:
        for choice in chunk["choices"]:
            index = choice["index"]
            texts[index] = texts.get(index, "") + (choice["delta"].get("content") or "")
    return texts


# -- default chat completions ----------------------------------------------------------------


def test_default_chat_completion_shape(client: httpx.Client) -> None:
    response = client.post("/chat/completions", json=chat())

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-request-id"] == "req_1"
    assert response.json() == {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": MODEL,
        "system_fingerprint": "fp_fake",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "You said: Hello there",
                    "refusal": None,
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 2, "completion_tokens": 4, "total_tokens": 6},
    }


def test_reply_text_rules() -> None:
    reply_text_for = FakeOpenAI.reply_text_for
    assert reply_text_for([{"role": "user", "content": "Hi"}]) == "You said: Hi"
    assert reply_text_for([{"role": "system", "content": "Be brief"}]) == (
        "Hello! How can I help you today?"
    )
    parts = [
        {"type": "text", "text": "look at"},
        {"type": "image_url"},
        {"type": "text", "text": "this"},
    ]
    assert reply_text_for([{"role": "user", "content": parts}]) == "You said: look at this"
    conversation = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": "second"},
        {"role": "assistant", "content": "ok"},
    ]
    assert reply_text_for(conversation) == "You said: second"
    with_tool = [*conversation, {"role": "tool", "tool_call_id": "c", "content": '{"t": 21}'}]
    assert reply_text_for(with_tool) == 'The tool returned: {"t": 21}'
    assert reply_text_for(HELLO, index=2) == "You said: Hello there (choice 2)"


def test_default_reply_depends_on_input(client: httpx.Client) -> None:
    messages = [{"role": "user", "content": "What is 2 + 2?"}]
    body = client.post("/chat/completions", json={"model": MODEL, "messages": messages}).json()
    assert body["choices"][0]["message"]["content"] == FakeOpenAI.reply_text_for(messages)
    assert body["choices"][0]["message"]["content"] == "You said: What is 2 + 2?"


def test_n_choices(client: httpx.Client) -> None:
    body = client.post("/chat/completions", json=chat(n=3)).json()
    assert [c["index"] for c in body["choices"]] == [0, 1, 2]
    assert [c["message"]["content"] for c in body["choices"]] == [
        FakeOpenAI.reply_text_for(HELLO, i) for i in range(3)
    ]


def test_ids_count_requests_and_restart_after_reset(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    client.get("/models")
    assert client.post("/chat/completions", json=chat()).json()["id"] == "chatcmpl-2"
    server.reset()
    assert client.post("/chat/completions", json=chat()).json()["id"] == "chatcmpl-1"


@pytest.mark.parametrize(
    ("body", "param", "code"),
    [
        ({"messages": HELLO}, "model", None),
        ({"model": MODEL}, "messages", "missing_required_parameter"),
        ({"model": MODEL, "messages": "hi"}, "messages", "invalid_type"),
        ({"model": MODEL, "messages": []}, "messages", "empty_array"),
        ({"model": MODEL, "messages": HELLO, "n": 0}, "n", "invalid_value"),
    ],
)
def test_chat_validation_errors(
    client: httpx.Client, body: dict[str, Any], param: str, code: str | None
) -> None:
    response = client.post("/chat/completions", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert (error["param"], error["code"]) == (param, code)
    assert error["message"]


def test_chat_rejects_invalid_json(client: httpx.Client) -> None:
    response = client.post("/chat/completions", content=b"{not json")
    assert response.status_code == 400
    assert "parse the JSON body" in response.json()["error"]["message"]


WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer"},
            },
            "required": ["city", "unit", "days"],
        },
    },
}
OTHER_TOOL = {"type": "function", "function": {"name": "get_time"}}
WEATHER_ARGS = {"city": "example", "unit": "celsius", "days": 1}


def test_required_tool_choice_calls_first_function(client: httpx.Client) -> None:
    body = chat(tools=[WEATHER_TOOL, OTHER_TOOL], tool_choice="required")
    choice = client.post("/chat/completions", json=body).json()["choices"][0]

    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    (call,) = choice["message"]["tool_calls"]
    assert call["id"] == "call_1_0"
    assert call["type"] == "function"
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == WEATHER_ARGS


def test_named_tool_choice_calls_that_function(client: httpx.Client) -> None:
    choice_spec = {"type": "function", "function": {"name": "get_time"}}
    body = chat(tools=[WEATHER_TOOL, OTHER_TOOL], tool_choice=choice_spec)
    call = client.post("/chat/completions", json=body).json()["choices"][0]["message"]
    assert call["tool_calls"][0]["function"] == {"name": "get_time", "arguments": "{}"}


def test_auto_tool_choice_answers_with_text(client: httpx.Client) -> None:
    body = chat(tools=[WEATHER_TOOL], tool_choice="auto")
    message = client.post("/chat/completions", json=body).json()["choices"][0]["message"]
    assert message["content"] == "You said: Hello there"
    assert "tool_calls" not in message


def test_json_schema_response_format(client: httpx.Client) -> None:
    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "address": {"$ref": "#/$defs/Address"},
            "nickname": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "$defs": {"Address": {"type": "object", "properties": {"zip": {"type": "integer"}}}},
    }
    response_format = {"type": "json_schema", "json_schema": {"name": "P", "schema": schema}}
    body = client.post("/chat/completions", json=chat(response_format=response_format)).json()
    content = json.loads(body["choices"][0]["message"]["content"])
    assert content == {
        "name": "example",
        "tags": ["example"],
        "address": {"zip": 1},
        "nickname": "example",
    }
    assert content == example_for(schema)


# -- default streaming -----------------------------------------------------------------------


def test_default_stream_reassembles_to_the_same_text(client: httpx.Client) -> None:
    chunks, last = stream_chunks(client, chat(stream=True))

    assert last == "[DONE]"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert {c["id"] for c in chunks} == {"chatcmpl-1"}
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": "", "refusal": None}
    content_chunks = [c for c in chunks if c["choices"][0]["delta"].get("content")]
    assert len(content_chunks) == 4  # one per word
    assert chunks[-1]["choices"][0] == {
        "index": 0,
        "delta": {},
        "logprobs": None,
        "finish_reason": "stop",
    }
    assert content_by_choice(chunks) == {0: FakeOpenAI.reply_text_for(HELLO)}
    assert all("usage" not in c for c in chunks)


def test_stream_include_usage_adds_a_usage_only_chunk(client: httpx.Client) -> None:
    chunks, last = stream_chunks(client, chat(stream=True, stream_options={"include_usage": True}))

    assert last == "[DONE]"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == {"prompt_tokens": 2, "completion_tokens": 4, "total_tokens": 6}
    assert all(c["usage"] is None for c in chunks[:-1])


def test_stream_interleaves_n_choices(client: httpx.Client) -> None:
    chunks, _ = stream_chunks(client, chat(stream=True, n=2))

    indices = [c["choices"][0]["index"] for c in chunks]
    assert indices[:4] == [0, 1, 0, 1]
    assert content_by_choice(chunks) == {
        0: FakeOpenAI.reply_text_for(HELLO, 0),
        1: FakeOpenAI.reply_text_for(HELLO, 1),
    }
    finishes = [c["choices"][0] for c in chunks if c["choices"][0]["finish_reason"]]
    assert sorted(f["index"] for f in finishes) == [0, 1]


def test_streamed_tool_call_splits_arguments(client: httpx.Client) -> None:
    body = chat(stream=True, tools=[WEATHER_TOOL], tool_choice="required")
    chunks, last = stream_chunks(client, body)

    assert last == "[DONE]"
    first = chunks[0]["choices"][0]["delta"]["tool_calls"][0]
    assert first["id"] == "call_1_0"
    assert first["function"] == {"name": "get_weather", "arguments": ""}
    fragments = [
        c["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"] for c in chunks[1:-1]
    ]
    assert len(fragments) > 2
    assert json.loads("".join(fragments)) == WEATHER_ARGS
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


# -- models and unknown paths ----------------------------------------------------------------


def test_models(client: httpx.Client) -> None:
    listing = client.get("/models").json()
    assert listing["object"] == "list"
    ids = [m["id"] for m in listing["data"]]
    assert {"gpt-4.1", "gpt-4.1-mini", "gpt-4o"} <= set(ids)
    assert all(m["object"] == "model" and m["owned_by"] for m in listing["data"])

    model = client.get("/models/gpt-4o").json()
    assert model["id"] == "gpt-4o"
    assert model["object"] == "model"

    missing = client.get("/models/gpt-9")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "model_not_found"

    deleted = client.delete("/models/gpt-4o")
    assert deleted.json() == {"id": "gpt-4o", "object": "model", "deleted": True}
    assert client.delete("/models/gpt-9").status_code == 404


def test_unknown_path_is_an_openai_404(server: FakeOpenAI, client: httpx.Client) -> None:
    response = client.post("/no/such/endpoint", json={})
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "Invalid URL (POST /v1/no/such/endpoint)"

    outside = httpx.get(server.url + "/health")
    assert outside.status_code == 404
    assert "GET /health" in outside.json()["error"]["message"]


# -- queued replies --------------------------------------------------------------------------


def test_queued_replies_are_served_fifo_then_defaults_resume(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    server.enqueue(Reply.json({"first": True}, status=201, headers={"x-custom": "yes"}))
    server.enqueue(
        Reply.error(
            429,
            "Rate limit reached",
            type="requests",
            code="rate_limit_exceeded",
            headers={"retry-after": "1"},
        ),
        Reply.raw(b"<html>Bad gateway</html>", status=502, content_type="text/html"),
    )
    assert server.queued == 3

    first = client.post("/chat/completions", json=chat())
    assert (first.status_code, first.json(), first.headers["x-custom"]) == (
        201,
        {"first": True},
        "yes",
    )

    second = client.get("/anything/at/all")  # queued replies ignore the path
    assert second.status_code == 429
    assert second.headers["retry-after"] == "1"
    assert second.json() == {
        "error": {
            "message": "Rate limit reached",
            "type": "requests",
            "param": None,
            "code": "rate_limit_exceeded",
        }
    }

    third = client.post("/chat/completions", json=chat())
    assert third.status_code == 502
    assert third.headers["content-type"] == "text/html"
    assert third.content == b"<html>Bad gateway</html>"

    assert server.queued == 0
    fourth = client.post("/chat/completions", json=chat())
    assert fourth.json()["choices"][0]["message"]["content"] == "You said: Hello there"


def test_reply_headers_override_defaults_case_insensitively(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    server.enqueue(Reply.json({}, headers={"content-type": "application/x-custom"}))
    response = client.get("/models")
    assert response.headers.get_list("content-type") == ["application/x-custom"]


def test_sse_events_are_sent_verbatim(server: FakeOpenAI, client: httpx.Client) -> None:
    events: list[SSEEvent] = [
        ": ping\n\n",
        {"a": 1},
        "event: custom\ndata: line one\ndata: line two\r\n\r\n",
        "data: {not json\n\n",
        b"data: bytes\n\n",
    ]
    server.enqueue(Reply.sse(events))
    response = client.get("/stream")
    assert response.content == (
        b': ping\n\ndata: {"a":1}\n\n'
        b"event: custom\ndata: line one\ndata: line two\r\n\r\n"
        b"data: {not json\n\ndata: bytes\n\ndata: [DONE]\n\n"
    )


def test_sse_done_false_omits_done(server: FakeOpenAI, client: httpx.Client) -> None:
    server.enqueue(Reply.sse([{"a": 1}], done=False))
    assert client.get("/stream").content == b'data: {"a":1}\n\n'


# -- routes ----------------------------------------------------------------------------------


def test_route_replaces_the_default(server: FakeOpenAI, client: httpx.Client) -> None:
    seen: list[RecordedRequest] = []

    def handler(request: RecordedRequest) -> Reply:
        seen.append(request)
        return Reply.json({"echo": request.json()["messages"][0]["content"]})

    server.route("POST", "/chat/completions", handler)
    assert client.post("/chat/completions", json=chat()).json() == {"echo": "Hello there"}
    assert [r.route_path for r in seen] == ["/chat/completions"]

    # Other methods and paths keep their defaults; a queued reply still wins over the route.
    assert client.get("/models").json()["object"] == "list"
    server.enqueue(Reply.json({"queued": True}))
    assert client.post("/chat/completions", json=chat()).json() == {"queued": True}

    server.reset()
    assert client.post("/chat/completions", json=chat()).json()["object"] == "chat.completion"


def test_route_can_add_new_endpoints(server: FakeOpenAI, client: httpx.Client) -> None:
    server.route("post", "/embeddings", lambda request: Reply.json({"object": "list"}))
    assert client.post("/embeddings", json={}).json() == {"object": "list"}


def test_route_handler_errors_become_500(server: FakeOpenAI, client: httpx.Client) -> None:
    def broken(request: RecordedRequest) -> Reply:
        raise KeyError("oops")

    server.route("GET", "/models", broken)
    response = client.get("/models")
    assert response.status_code == 500
    assert "KeyError('oops')" in response.json()["error"]["message"]


def test_route_rejects_v1_prefixed_paths(server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match="relative to /v1"):
        server.route("GET", "/v1/models", lambda request: Reply.json({}))


# -- recorded requests -----------------------------------------------------------------------


def test_requests_are_recorded(server: FakeOpenAI, client: httpx.Client) -> None:
    with pytest.raises(LookupError, match="not received any request"):
        _ = server.last_request

    client.post(
        "/chat/completions?x=1&y=2",
        json=chat(),
        headers={"Authorization": "Bearer abc", "X-Trace": "t-1"},
    )
    client.get("/models")

    first, second = server.requests
    assert first.method == "POST"
    assert first.path == "/v1/chat/completions"
    assert first.route_path == "/chat/completions"
    assert first.query == {"x": "1", "y": "2"}
    assert first.headers["authorization"] == "Bearer abc"
    assert first.headers["AUTHORIZATION"] == "Bearer abc"
    assert first.headers["x-trace"] == "t-1"
    assert first.json() == chat()
    assert json.loads(first.text) == chat()
    assert (second.method, second.path, second.body) == ("GET", "/v1/models", b"")
    assert server.last_request == second
    assert first.received_at <= second.received_at


def test_chunked_request_body_is_read(server: FakeOpenAI, client: httpx.Client) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"model": "gpt-4o", '
        yield b'"messages": [{"role": "user", "content": "chunked"}]}'

    response = client.post("/chat/completions", content=body())
    assert server.last_request.headers["transfer-encoding"] == "chunked"
    assert server.last_request.json()["messages"][0]["content"] == "chunked"
    assert response.json()["choices"][0]["message"]["content"] == "You said: chunked"


# -- misbehaviour ----------------------------------------------------------------------------


def test_drop_closes_the_connection_without_a_response(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    server.enqueue(Reply.drop())
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/chat/completions", json=chat())
    assert len(server.requests) == 1  # the request was read before dropping
    assert client.post("/chat/completions", json=chat()).status_code == 200


def test_drop_after_cuts_the_stream_mid_body(server: FakeOpenAI, client: httpx.Client) -> None:
    server.enqueue(Reply.sse([{"n": i} for i in range(5)], drop_after=2))
    received: list[str] = []
    with (
        pytest.raises(httpx.TransportError),
        client.stream("POST", "/chat/completions", json=chat(stream=True)) as response,
    ):
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: "):
                received.append(line)
    assert received == ['data: {"n":0}', 'data: {"n":1}']
    assert client.get("/models").status_code == 200


def test_write_size_splits_the_body(server: FakeOpenAI, client: httpx.Client) -> None:
    events = [{"text": "a fairly long event that spans several writes"}, {"text": "ü"}]
    expected = b"".join(
        f"data: {json.dumps(e, separators=(',', ':'))}\n\n".encode() for e in events
    )
    server.enqueue(Reply.sse(events, write_size=5))
    with client.stream("GET", "/stream") as response:
        pieces = list(response.iter_raw())
    assert max(len(p) for p in pieces) <= 5
    assert len(pieces) > len(events)
    assert b"".join(pieces) == expected + b"data: [DONE]\n\n"


def test_write_size_applies_to_json_bodies(server: FakeOpenAI, client: httpx.Client) -> None:
    server.enqueue(Reply.json({"key": "value" * 20}, write_size=7))
    assert client.get("/models").json() == {"key": "value" * 20}


def test_delay_postpones_the_reply(server: FakeOpenAI, client: httpx.Client) -> None:
    server.enqueue(Reply.json({"late": True}, delay=0.2))
    started = time.monotonic()
    response = client.get("/models")
    assert time.monotonic() - started >= 0.2
    assert response.json() == {"late": True}


def test_delay_can_trigger_a_client_timeout(server: FakeOpenAI, client: httpx.Client) -> None:
    server.enqueue(Reply.json({}, delay=0.5))
    with pytest.raises(httpx.ReadTimeout):
        client.get("/models", timeout=0.1)


def test_chunk_delay_spaces_out_events(server: FakeOpenAI, client: httpx.Client) -> None:
    server.enqueue(Reply.sse([{"i": 1}, {"i": 2}, {"i": 3}], chunk_delay=0.1, done=False))
    started = time.monotonic()
    with client.stream("GET", "/stream") as response:
        arrivals = [time.monotonic() - started for _ in response.iter_raw()]
    assert len(arrivals) == 3
    assert arrivals[-1] >= 0.2


def test_reply_validates_its_arguments() -> None:
    with pytest.raises(ValueError, match="status"):
        Reply.json({}, status=42)
    with pytest.raises(ValueError, match="drop_after"):
        Reply.sse([], drop_after=-1)
    with pytest.raises(ValueError, match="write_size"):
        Reply.raw(b"", write_size=0)


# -- auth, lifecycle, concurrency, async -----------------------------------------------------


def test_api_key_is_enforced_when_configured() -> None:
    with FakeOpenAI(api_key="sk-test") as server, httpx.Client(base_url=server.base_url) as client:
        server.enqueue(Reply.json({"queued": True}))

        missing = client.get("/models")
        assert missing.status_code == 401
        assert missing.json()["error"]["code"] == "invalid_api_key"
        assert "didn't provide an API key" in missing.json()["error"]["message"]

        wrong = client.get("/models", headers={"Authorization": "Bearer sk-wrong"})
        assert wrong.status_code == 401
        assert wrong.json()["error"]["message"].startswith("Incorrect API key")

        assert server.queued == 1  # rejected requests do not consume queued replies
        ok = client.get("/models", headers={"Authorization": "Bearer sk-test"})
        assert ok.json() == {"queued": True}
        assert len(server.requests) == 3


def test_lifecycle() -> None:
    server = FakeOpenAI()
    assert repr(server) == "<FakeOpenAI stopped>"
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.base_url

    server.start()
    try:
        base_url = server.base_url
        assert base_url == f"http://127.0.0.1:{server.port}/v1"
        with pytest.raises(RuntimeError, match="already running"):
            server.start()
        client = httpx.Client(base_url=base_url)
        assert client.get("/models").status_code == 200  # leaves a keep-alive connection open
    finally:
        server.stop()
    server.stop()  # idempotent

    with pytest.raises(httpx.TransportError):
        client.get("/models")
    client.close()


def test_concurrent_clients(server: FakeOpenAI) -> None:
    request_ids: list[str] = []
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            with httpx.Client(base_url=server.base_url) as client:
                for _ in range(10):
                    response = client.post("/chat/completions", json=chat())
                    assert response.status_code == 200
                    request_ids.append(response.headers["x-request-id"])
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(server.requests) == 100
    assert sorted(request_ids) == sorted(f"req_{n}" for n in range(1, 101))


async def test_async_client(server: FakeOpenAI) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        response = await client.post("/chat/completions", json=chat())
        assert response.json()["choices"][0]["message"]["content"] == "You said: Hello there"

        server.enqueue(Reply.error(503, "Overloaded", type="server_error"))
        failed = await client.post("/chat/completions", json=chat())
        assert failed.status_code == 503

        async with client.stream("POST", "/chat/completions", json=chat(stream=True)) as stream:
            payloads = [line async for line in stream.aiter_lines() if line.startswith("data: ")]
        assert payloads[-1] == "data: [DONE]"
        chunks = [json.loads(p.removeprefix("data: ")) for p in payloads[:-1]]
        assert content_by_choice(chunks) == {0: "You said: Hello there"}


# -- state per server --------------------------------------------------------------------------


def test_each_server_keeps_its_own_files_and_responses(server: FakeOpenAI) -> None:
    with FakeOpenAI() as other, httpx.Client(timeout=5) as http:
        upload = http.post(
            server.base_url + "/files",
            data={"purpose": "user_data"},
            files={"file": ("a.txt", b"hello")},
        )
        created = http.post(server.base_url + "/responses", json={"model": MODEL, "input": "Hi"})
        file_id, response_id = upload.json()["id"], created.json()["id"]
        assert http.get(f"{server.base_url}/files/{file_id}").status_code == 200
        assert http.get(f"{server.base_url}/responses/{response_id}").status_code == 200
        assert http.get(f"{other.base_url}/files/{file_id}").status_code == 404
        assert http.get(f"{other.base_url}/responses/{response_id}").status_code == 404
        assert http.get(other.base_url + "/files").json()["data"] == []


def test_reset_forgets_stored_objects(server: FakeOpenAI, client: httpx.Client) -> None:
    client.post("/files", data={"purpose": "batch"}, files={"file": ("b.jsonl", b"{}\n")})
    created = client.post("/responses", json={"model": MODEL, "input": "Hi"}).json()
    server.reset()
    assert client.get("/files").json()["data"] == []
    assert client.get(f"/responses/{created['id']}").status_code == 404
    again = client.post("/responses", json={"model": MODEL, "input": "Hi"}).json()
    assert again["id"] == created["id"]  # numbering restarts too


def test_default_reply_lets_a_route_wrap_the_built_in_answer(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    def tagged(request: RecordedRequest) -> Reply:
        reply = server.default_reply(request)
        return Reply.json(json.loads(reply.body), headers={"x-tagged": "yes"})

    server.route("GET", "/files", tagged)
    client.post("/files", data={"purpose": "user_data"}, files={"file": ("a.txt", b"x")})
    listed = client.get("/files")
    assert listed.headers["x-tagged"] == "yes"
    assert [item["filename"] for item in listed.json()["data"]] == ["a.txt"]


def test_shutdown_wakes_the_serving_loop_instead_of_waiting_for_its_poll() -> None:
    """Without the wake-up, a loop polling once a minute would hold `shutdown` for a minute."""
    from oai.testing._http import HTTPServer

    httpd = HTTPServer(("127.0.0.1", 0), lambda request: (Reply.json({}), "req"))
    serving = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 60})
    serving.start()
    url = f"http://127.0.0.1:{httpd.server_port}/v1/models"
    assert httpx.get(url).status_code == 200  # serving, and past its first select
    started = time.perf_counter()
    httpd.shutdown()
    serving.join(timeout=30)
    httpd.server_close()
    assert not serving.is_alive()
    assert time.perf_counter() - started < 30
