"""The contenders: the same five jobs done by raw httpx, by oai and by the official `openai` client.

Each contender is written the way its users would write it, with clients made once and reused.
Raw httpx with `json.loads` is the floor: the least work any client must do to send the request
and read the answer. Every job returns the contender's natural result (a dict, an attrs model, a
pydantic model); `check()` turns those back into plain JSON so that the runner can compare them
with what the server sent.

A contender's library is imported only in the process that runs it (see `worker.py`), so import
cost and memory stay attributed to the right contender.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable
from typing import Any

from . import payloads
from .payloads import (
    CHAT_MESSAGES,
    CHAT_MODEL,
    EMBEDDING_INPUT,
    EMBEDDING_MODEL,
    RESPONSE_INPUT,
    SESSION_HISTORY,
    USER_MESSAGE,
)

API_KEY = "sk-bench-not-a-real-key"
ROWS = ("chat", "session", "stream", "embed", "response", "response_stream", "responses_session")
STREAM_ROWS = {"stream": "STREAM_EVENTS", "response_stream": "RESPONSE_STREAM_EVENTS"}
"""The rows measured per event, with the payload constant that counts their events."""


class Contender:
    """One client library; `name` is also its key in the results."""

    name = ""
    label = ""
    module = ""
    import_statement = ""
    stream_delivers = "all"
    """Which chunks a stream callback receives: `all`, or `content` (only chunks with text)."""
    embed_encoding = "float"
    embed_note = ""

    @classmethod
    def available(cls) -> bool:
        return importlib.util.find_spec(cls.module) is not None

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.history = list(SESSION_HISTORY)

    # Each job, as its users would write it.
    def chat(self) -> Any:
        raise NotImplementedError

    def session(self) -> str:
        raise NotImplementedError

    def stream(self, callback: Callable[[Any], object]) -> Any:
        raise NotImplementedError

    def embed(self) -> Any:
        """The embeddings response; `vector()` gets the floats out of it."""
        raise NotImplementedError

    def response(self) -> Any:
        """A Responses API answer, typed as the contender types it."""
        raise NotImplementedError

    def response_stream(self, callback: Callable[[Any], object]) -> Any:
        """A streamed response: every event to `callback`; returns the whole response."""
        raise NotImplementedError

    def responses_session(self) -> str:
        """One turn of a conversation chained by `previous_response_id`; its text."""
        raise NotImplementedError

    def new_async(
        self,
        limits: dict[str, int] | None = None,
        pool: str = "default",
        timeout: float | None = None,
    ) -> Any:
        """An async client; `limits` and `pool` (`default`, `httpcore` or `oai`) for
        `--pools`; `timeout` (seconds, every phase) in place of the library's own, for runs
        under valgrind, where 100 connections opening at once outlast a 5 s connect timeout."""
        raise NotImplementedError

    async def achat(self, client: Any) -> Any:
        raise NotImplementedError

    async def aclose(self, client: Any) -> None:
        await client.aclose()

    # Back to plain JSON, for the correctness check.
    def as_json(self, value: Any) -> Any:
        raise NotImplementedError

    def vector(self, response: Any) -> list[float]:
        raise NotImplementedError

    def versions(self) -> dict[str, str]:
        raise NotImplementedError

    def check(self) -> dict[str, Any]:
        """Run every job once and report what came back, as JSON."""
        received: list[Any] = []
        streamed = self.stream(received.append)
        found = {
            "chat": self.as_json(self.chat()),
            "session": self.session(),
            "session_history": len(self.history_now()),
            "stream_chunks": [self.as_json(chunk) for chunk in received],
            "stream_text": self.streamed_text(streamed, received),
            "embedding_encoding": self.embed_encoding,
        }
        events: list[Any] = []
        streamed_response = self.response_stream(events.append)
        found["response"] = self.as_json(self.response())
        found["response_events"] = [self.as_json(event) for event in events]
        found["response_streamed"] = self.as_json(streamed_response)
        found["responses_session"] = [self.responses_session(), self.responses_session()]
        try:
            vector = self.vector(self.embed())
        except Unavailable:
            return found
        found["embedding_sha256"] = hashlib.sha256(payloads.float32_bytes(vector)).hexdigest()
        found["embedding_length"] = len(vector)
        return found

    def history_now(self) -> list[Any]:
        return self.history

    def streamed_text(self, result: Any, received: list[Any]) -> str:
        raise NotImplementedError


# -- raw httpx + json.loads: the floor --------------------------------------------------------


class RawHttpx(Contender):
    name = "raw"
    label = "raw httpx + json.loads"
    module = "httpx"
    import_statement = "import httpx, json"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.httpx: Any = importlib.import_module(self.module)
        self.headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
        self.http = self.httpx.Client(base_url=base_url + "/v1", headers=self.headers)
        self.previous_response: str | None = None

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        response = self.http.post(path, content=json.dumps(body).encode())
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return json.loads(response.content)

    def chat(self) -> Any:
        return self._post("/chat/completions", {"model": CHAT_MODEL, "messages": CHAT_MESSAGES})

    def session(self) -> str:
        history = self.history
        history.append({"role": "user", "content": USER_MESSAGE})
        data = self._post("/chat/completions", {"model": CHAT_MODEL, "messages": history})
        reply = data["choices"][0]["message"]["content"]
        history.append({"role": "assistant", "content": reply})
        del history[20:]  # keep every request at 21 messages
        return str(reply)

    def stream(self, callback: Callable[[Any], object]) -> Any:
        body = {
            "model": CHAT_MODEL,
            "messages": CHAT_MESSAGES,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        with self.http.stream("POST", "/chat/completions", content=json.dumps(body).encode()) as r:
            if r.status_code != 200:
                raise RuntimeError(f"HTTP {r.status_code}")
            for line in r.iter_lines():
                if line.startswith("data: "):
                    data = line[6:]
                    if data == "[DONE]":
                        break
                    callback(json.loads(data))
        return None

    def embed(self) -> Any:
        return self._post("/embeddings", {"model": EMBEDDING_MODEL, "input": EMBEDDING_INPUT})

    def response(self) -> Any:
        return self._post("/responses", {"model": CHAT_MODEL, "input": RESPONSE_INPUT})

    def response_stream(self, callback: Callable[[Any], object]) -> Any:
        body = {"model": CHAT_MODEL, "input": RESPONSE_INPUT, "stream": True}
        final = None
        with self.http.stream("POST", "/responses", content=json.dumps(body).encode()) as r:
            if r.status_code != 200:
                raise RuntimeError(f"HTTP {r.status_code}")
            for line in r.iter_lines():
                if line.startswith("data: "):
                    event = json.loads(line[6:])
                    callback(event)
                    if event["type"] == "response.completed":
                        final = event["response"]
        return final

    def responses_session(self) -> str:
        body: dict[str, Any] = {"model": CHAT_MODEL, "input": USER_MESSAGE}
        if self.previous_response is not None:
            body["previous_response_id"] = self.previous_response
        data = self._post("/responses", body)
        self.previous_response = data["id"]
        return "".join(
            part["text"]
            for item in data["output"]
            if item["type"] == "message"
            for part in item["content"]
            if part["type"] == "output_text"
        )

    def new_async(
        self,
        limits: dict[str, int] | None = None,
        pool: str = "default",
        timeout: float | None = None,
    ) -> Any:
        transport = _async_transport(limits, pool)
        extra: dict[str, Any] = {} if transport is None else {"transport": transport}
        if timeout is not None:
            extra["timeout"] = timeout
        return self.httpx.AsyncClient(base_url=self.base_url + "/v1", headers=self.headers, **extra)

    async def achat(self, client: Any) -> Any:
        body = json.dumps({"model": CHAT_MODEL, "messages": CHAT_MESSAGES}).encode()
        response = await client.post("/chat/completions", content=body)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return json.loads(response.content)

    def as_json(self, value: Any) -> Any:
        return value

    def vector(self, response: Any) -> list[float]:
        return list(response["data"][0]["embedding"])

    def streamed_text(self, result: Any, received: list[Any]) -> str:
        return "".join(
            (chunk["choices"][0]["delta"].get("content") or "")
            for chunk in received
            if chunk["choices"]
        )

    def versions(self) -> dict[str, str]:
        return {self.module: self.httpx.__version__}


class RawHttpx2(RawHttpx):
    """The same floor on httpx2, the fork of httpx the official client runs on: what the
    official client could reach with its own transport and no more work."""

    name = "httpx2"
    label = "raw httpx2 + json.loads"
    module = "httpx2"
    import_statement = "import httpx2, json"

    def new_async(
        self,
        limits: dict[str, int] | None = None,
        pool: str = "default",
        timeout: float | None = None,
    ) -> Any:
        if pool != "default":
            raise Unavailable("the pool experiments are httpx's transports")
        return super().new_async(limits, pool, timeout)


# -- oai -------------------------------------------------------------------------------------


class Oai(Contender):
    name = "oai"
    label = "oai"
    module = "oai"
    import_statement = "import oai"
    stream_delivers = "content"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import oai

        self.oai: Any = oai
        self.client = oai.new(API_KEY, base_url=base_url + "/v1")
        self.chat_session = self.client.new_chat_session(SESSION_HISTORY)
        self._embed, self.embed_note = _oai_embedder(self.client)
        self.embed_encoding = "float"
        self.responses_chat = self.client.new_responses_chat_session(CHAT_MODEL)

    def chat(self) -> Any:
        status, response = self.client.chat(CHAT_MESSAGES)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {response!r}")
        return response

    def session(self) -> str:
        reply = self.chat_session.send(USER_MESSAGE)
        del self.chat_session.messages[20:]  # keep every request at 21 messages
        return str(reply)

    def history_now(self) -> list[Any]:
        return self.chat_session.messages

    def stream(self, callback: Callable[[Any], object]) -> Any:
        status, response = self.client.chat(CHAT_MESSAGES, callback=callback)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {response!r}")
        return response

    def embed(self) -> Any:
        if self._embed is None:
            raise Unavailable(self.embed_note)
        return self._embed()

    def response(self) -> Any:
        status, response = self.client.create_response(RESPONSE_INPUT, model=CHAT_MODEL)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {response!r}")
        return response

    def response_stream(self, callback: Callable[[Any], object]) -> Any:
        status, response = self.client.create_response(
            RESPONSE_INPUT, callback=callback, model=CHAT_MODEL
        )
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {response!r}")
        return response

    def responses_session(self) -> str:
        reply = self.responses_chat.send(USER_MESSAGE)
        del self.responses_chat.response_history[:]  # a long run keeps no growing history
        return str(reply.output_text)

    def new_async(
        self,
        limits: dict[str, int] | None = None,
        pool: str = "default",
        timeout: float | None = None,
    ) -> Any:
        transport = _async_transport(limits, pool)  # None: oai's own pool, its defaults
        extra: dict[str, Any] = {} if transport is None else {"transport": transport}
        if timeout is not None:
            extra["timeout"] = timeout
        return self.oai.new_async(API_KEY, base_url=self.base_url + "/v1", **extra)

    async def achat(self, client: Any) -> Any:
        status, response = await client.chat(CHAT_MESSAGES)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {response!r}")
        return response

    async def aclose(self, client: Any) -> None:
        await client.close()

    def as_json(self, value: Any) -> Any:
        if hasattr(value, "raw") and hasattr(value, "content"):  # a ContentChunk
            value = value.raw
        return value.to_dict()

    def vector(self, response: Any) -> list[float]:
        return list(response.data[0].embedding)

    def streamed_text(self, result: Any, received: list[Any]) -> str:
        return str(result.choices[0].message.content)

    def versions(self) -> dict[str, str]:
        import httpx

        return {"oai": self.oai.__version__, "httpx": httpx.__version__}


def _oai_embedder(client: Any) -> tuple[Callable[[], Any] | None, str]:
    """oai's embeddings call: the wrapper's `embedding()`, else the generated client directly."""
    method = getattr(client, "embedding", None)
    if method is not None:

        def via_wrapper() -> Any:
            status, response = method(EMBEDDING_INPUT, model=EMBEDDING_MODEL)
            if status != 200:
                raise RuntimeError(f"HTTP {status}: {response!r}")
            return response

        return via_wrapper, "client.embedding()"
    try:
        from oai_api.api.embeddings import create_embedding
        from oai_api.models.create_embedding_request import CreateEmbeddingRequest
    except ImportError:
        return None, "no embeddings operation in the generated client yet"

    def via_generated() -> Any:
        request = CreateEmbeddingRequest.from_dict(
            {"model": EMBEDDING_MODEL, "input": EMBEDDING_INPUT}
        )
        response = create_embedding.sync_detailed(client=client.api, body=request)
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        return response.parsed

    return via_generated, "generated client (client.api), wrapper has no embedding() yet"


# -- the official openai package -----------------------------------------------------------


class Official(Contender):
    name = "openai"
    label = "openai (official)"
    module = "openai"
    import_statement = "import openai"
    embed_encoding = "base64"
    embed_note = "asks for base64 by default and decodes it with array('f')"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import openai

        self.openai: Any = openai
        self.client: Any = openai.OpenAI(api_key=API_KEY, base_url=base_url + "/v1")
        self.previous_response: str | None = None

    def chat(self) -> Any:
        return self.client.chat.completions.create(model=CHAT_MODEL, messages=CHAT_MESSAGES)

    def session(self) -> str:
        history = self.history
        history.append({"role": "user", "content": USER_MESSAGE})
        response = self.client.chat.completions.create(model=CHAT_MODEL, messages=history)
        reply = response.choices[0].message.content
        history.append({"role": "assistant", "content": reply})
        del history[20:]  # keep every request at 21 messages
        return str(reply)

    def stream(self, callback: Callable[[Any], object]) -> Any:
        stream = self.client.chat.completions.create(
            model=CHAT_MODEL,
            messages=CHAT_MESSAGES,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            callback(chunk)
        return None

    def embed(self) -> Any:
        return self.client.embeddings.create(model=EMBEDDING_MODEL, input=EMBEDDING_INPUT)

    def response(self) -> Any:
        return self.client.responses.create(model=CHAT_MODEL, input=RESPONSE_INPUT)

    def response_stream(self, callback: Callable[[Any], object]) -> Any:
        final = None
        for event in self.client.responses.create(
            model=CHAT_MODEL, input=RESPONSE_INPUT, stream=True
        ):
            callback(event)
            if event.type == "response.completed":
                final = event.response
        return final

    def responses_session(self) -> str:
        extra = (
            {}
            if self.previous_response is None
            else {"previous_response_id": self.previous_response}
        )
        response = self.client.responses.create(model=CHAT_MODEL, input=USER_MESSAGE, **extra)
        self.previous_response = response.id
        return str(response.output_text)

    def new_async(
        self,
        limits: dict[str, int] | None = None,
        pool: str = "default",
        timeout: float | None = None,
    ) -> Any:
        if pool == "oai":
            raise Unavailable("the official client's pool is httpx2's own")
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        if limits:
            import httpx2

            extra["http_client"] = self.openai.DefaultAsyncHttpxClient(
                limits=httpx2.Limits(**limits)
            )
        return self.openai.AsyncOpenAI(api_key=API_KEY, base_url=self.base_url + "/v1", **extra)

    async def achat(self, client: Any) -> Any:
        return await client.chat.completions.create(model=CHAT_MODEL, messages=CHAT_MESSAGES)

    async def aclose(self, client: Any) -> None:
        await client.close()

    def as_json(self, value: Any) -> Any:
        return value.model_dump(mode="json", exclude_unset=True)

    def vector(self, response: Any) -> list[float]:
        return list(response.data[0].embedding)

    def streamed_text(self, result: Any, received: list[Any]) -> str:
        return "".join(
            (chunk.choices[0].delta.content or "") for chunk in received if chunk.choices
        )

    def versions(self) -> dict[str, str]:
        versions = {"openai": self.openai.__version__}
        try:
            import httpx2

            versions["httpx2"] = httpx2.__version__
        except ImportError:
            import httpx

            versions["httpx"] = httpx.__version__
        return versions


def _async_transport(limits: dict[str, int] | None, pool: str) -> Any:
    """The transport for a pool experiment: `httpcore` (httpx's own transport) or `oai` (the
    wrapper's pool), with `limits` or that transport's defaults; None for `default`, the
    library's own choice."""
    if pool == "default":
        return None
    import httpx

    chosen = httpx.Limits(**limits) if limits else None
    if pool == "oai":
        from oai._transports._async_pool import DEFAULT_LIMITS, AsyncPoolTransport

        return AsyncPoolTransport(limits=chosen or DEFAULT_LIMITS)
    if pool == "httpcore":
        return httpx.AsyncHTTPTransport(limits=chosen) if chosen else httpx.AsyncHTTPTransport()
    raise ValueError(f"unknown pool {pool!r}")


class Unavailable(Exception):
    """A job this contender cannot do (yet); the row reports it instead of a number."""


CONTENDERS: dict[str, type[Contender]] = {c.name: c for c in (RawHttpx, Oai, Official, RawHttpx2)}
