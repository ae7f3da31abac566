"""The public fake server: queue replies, override routes, inspect what clients sent."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, Self

from ._batches import BATCH_LIMITS, BatchStore
from ._chat import reply_text_for
from ._defaults import default_reply, not_found
from ._http import HTTPServer
from ._rate_limit import RateLimit
from ._replies import Reply
from ._request import API_PREFIX, RecordedRequest
from ._routes import SCRIPTED, ServerState
from ._script import Answer

__all__ = ["FakeOpenAI", "RouteHandler"]

#: A custom endpoint: gets the request, returns the reply to send.
RouteHandler = Callable[[RecordedRequest], Reply]


class FakeOpenAI:
    """A real HTTP server on localhost that impersonates the OpenAI API.

    It speaks actual HTTP/1.1 over a socket, so the client under test runs its real transport,
    connection pooling, streaming and error handling -- the parts a mocked transport skips.

    Each request is answered by the first of:

    1. a ``401`` if the server was given an ``api_key`` and the request does not carry it;
    2. a ``404`` for a path the server was told to go ``without``;
    3. the oldest reply queued with :meth:`enqueue`;
    4. for a chat completion or a Responses create, the oldest answer queued with
       :meth:`script`, played in the shape the request asks for;
    5. a handler registered with :meth:`route` for the method and path;
    6. the built-in endpoint for the method and path (see :meth:`default_reply`): chat,
       models, responses, conversations, completions, embeddings, moderations, images,
       audio, files, uploads, batches, vector stores and fine-tuning jobs, each listed by
       method and path template in the one route table, ``oai.testing._routes.ROUTES``;
       anything else is a ``404``.

    What the server stores (responses, conversations, files, uploads, batches, vector stores,
    fine-tuning jobs) is kept by the server that received it, until :meth:`reset`; nothing is
    shared between two servers. Work the API does in the background moves on when it is read,
    never by the clock, so tests are deterministic: a batch reads validating, in_progress,
    finalizing, completed (each line answered by its endpoint, in output and error files,
    or ending as :meth:`end_next_batch` asks); a background response queued,
    in_progress, completed; a vector store file in_progress, then completed (or failed, for
    an empty or non-UTF-8 file); a fine-tuning job validating_files, queued, running,
    succeeded. Every read of one still working carries ``openai-poll-after-ms``.
    Conversations hold what ``POST /responses`` with ``conversation`` reads and appends;
    ``file_search`` searches the stores and cites what it found; image edits take ``image``,
    ``image[]`` and ``mask``, and a streamed generation or edit sends its partial images.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. A server is cheap to
    keep running across a whole test session: call :meth:`reset` between tests.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        history: int | None = None,
        without: Iterable[str] = (),
        calls_tools: bool = False,
        poll_after_ms: int | None = 10,
        rate_limit: float | None = None,
        token_limit: int | None = None,
        batch_reads: int = 1,
        batch_limits: tuple[int, int] = BATCH_LIMITS,
    ) -> None:
        """``api_key``: if set, require ``Authorization: Bearer <api_key>`` on every request
        (or ``api-key: <api_key>``, as Azure OpenAI clients send it).

        ``port=0`` picks a free port, so parallel test runs never collide. ``history`` keeps
        only that many of the latest requests (all by default), so a long soak run does not
        grow without bound; :attr:`received` still counts them all.

        ``without`` plays a compatible server that lacks some endpoints (most have no audio,
        images or batches): each path, relative to ``/v1``, is answered with the unknown-endpoint
        ``404`` for every method, and so is everything under it (``"/files"`` takes
        ``/files/{id}`` along). It stays so after :meth:`reset`.

        ``calls_tools=True`` plays a model that uses the functions it is offered: with
        ``tool_choice`` auto (or unset), each reply calls the first function the conversation
        has no result from yet, and answers in text once every one has one; a tool loop then
        makes one round per function. ``make demo`` runs the examples against such a server.

        ``poll_after_ms`` is sent as the ``openai-poll-after-ms`` header on every read of an
        object that is still working (a batch, a background response, a fine-tuning job, a
        vector store file): how long a client should wait before it asks again. ``None``
        sends no header, as a server that gives no hint.

        ``rate_limit`` allows that many requests a second (``token_limit``: that many tokens a
        minute, each request counted as its body's bytes / 4 plus its ``max_tokens``), on the
        real clock, as buckets that refill continuously: a request over it gets the API's
        ``429 rate_limit_exceeded`` with ``retry-after-ms`` and ``Retry-After``, and every
        answer carries ``x-ratelimit-limit-*``, ``-remaining-*`` and ``-reset-*`` for
        ``requests`` and ``tokens``. :attr:`rate_limited` counts the 429s sent.

        ``batch_reads``: how many reads an in_progress batch takes to run its requests, an
        equal share each, so a progress display sees its counts rise. ``batch_limits`` is
        ``(lines, bytes)``, the most an input file may hold before the batch fails validation
        (the API's 50,000 requests and 200 MiB by default), so splitting can be tested small.
        """
        if token_limit is not None and rate_limit is None:
            raise ValueError("token_limit needs a rate_limit (requests a second) as well")
        self._rate_limit = None if rate_limit is None else RateLimit(rate_limit, token_limit)
        if poll_after_ms is not None and poll_after_ms < 0:
            raise ValueError(f"poll_after_ms must not be negative, got {poll_after_ms}")
        if history is not None and history < 0:
            raise ValueError(f"history must not be negative, got {history}")
        self.without = tuple(without) if not isinstance(without, str) else (without,)
        for path in self.without:
            if not path.startswith("/") or path.startswith(API_PREFIX + "/"):
                raise ValueError(f"paths in without are relative to {API_PREFIX}, got {path!r}")
        self.api_key = api_key
        self._address = (host, port)
        self._lock = threading.Lock()
        self._queue: deque[Reply] = deque()
        self._script: deque[Answer] = deque()
        self._routes: dict[tuple[str, str], RouteHandler] = {}
        self._requests: deque[RecordedRequest] = deque(maxlen=history)
        self._received = 0
        self._state = ServerState(
            calls_tools=calls_tools,
            poll_after_ms=poll_after_ms,
            batches=BatchStore(reads=batch_reads, limits=batch_limits),
        )
        self._httpd: HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._httpd is not None else "stopped"
        return f"<FakeOpenAI {where}>"

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind the socket and serve from a daemon thread; returns ``self`` for chaining."""
        if self._httpd is not None:
            raise RuntimeError("FakeOpenAI is already running")
        httpd = HTTPServer(self._address, self._respond)
        thread = threading.Thread(
            target=httpd.serve_forever,
            name=f"FakeOpenAI:{httpd.server_port}",
            daemon=True,
        )
        thread.start()
        self._httpd, self._thread = httpd, thread
        return self

    def stop(self) -> None:
        """Stop serving, close open connections and join the thread. Safe to call twice."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._httpd = self._thread = None
        httpd.shutdown()
        httpd.server_close()
        httpd.close_connections()
        thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- addresses ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server root, ``http://127.0.0.1:<port>``, for requests outside the API."""
        httpd = self._running()
        return f"http://{httpd.server_name}:{httpd.server_port}"

    @property
    def base_url(self) -> str:
        """The API root to give the client: ``http://127.0.0.1:<port>/v1``."""
        return self.url + API_PREFIX

    @property
    def port(self) -> int:
        """The port the server listens on, chosen at :meth:`start`."""
        return self._running().server_port

    def _running(self) -> HTTPServer:
        if self._httpd is None:
            raise RuntimeError(
                "FakeOpenAI is not running; use `with FakeOpenAI() as server:` or call start()"
            )
        return self._httpd

    # -- scripting ---------------------------------------------------------------------------

    def enqueue(self, *replies: Reply) -> None:
        """Queue replies for the next requests, one each, first in first out.

        Queued replies take precedence over routes and defaults and ignore the request path,
        which makes "fail twice, then succeed" retry scenarios a one-liner.
        """
        with self._lock:
            self._queue.extend(replies)

    def script(self, *answers: Answer) -> None:
        """Queue the model's next moves (`text`, `refusal`, `tool_calls`), first in first out.

        Each chat completion or Responses create takes the next one and answers with it as
        that endpoint answers anything: same ids, usage and storage, streamed when asked.
        Other requests pass it by. It comes after :meth:`enqueue` and before :meth:`route`.
        """
        for answer in answers:
            if not isinstance(answer, Answer):
                raise TypeError(f"script() takes text(), refusal() or tool_calls(); got {answer!r}")
        with self._lock:
            self._script.extend(answers)

    @property
    def scripted(self) -> int:
        """How many scripted answers are still waiting."""
        with self._lock:
            return len(self._script)

    def route(self, method: str, path: str, handler: RouteHandler) -> None:
        """Answer ``method path`` with ``handler``, replacing the default for that endpoint.

        ``path`` is relative to ``/v1`` and matched exactly (no query string):
        ``route("POST", "/chat/completions", handler)``. If the handler raises, the client
        gets a ``500`` whose message names the exception.
        """
        if not path.startswith("/"):
            raise ValueError(f"route path must start with '/', got {path!r}")
        if path.startswith(API_PREFIX + "/"):
            raise ValueError(
                f"route paths are relative to {API_PREFIX}: use {path[len(API_PREFIX) :]!r}"
            )
        with self._lock:
            self._routes[method.upper(), path] = handler

    def end_next_batch(self, status: str, *, after: int = 0) -> None:
        """Make the next batch created end ``status`` instead of completing; one call per batch,
        in order, until :meth:`reset`.

        ``"failed"`` fails it at validation (no request runs; ``errors`` says why).
        ``"expired"`` and ``"cancelled"`` end it once ``after`` requests have run: those are in
        the output and error files as usual, every other one is in the error file with no
        ``response`` and an ``error`` coded ``batch_expired`` or ``batch_cancelled``.
        """
        self._state.batches.end_next(status, after)

    def reset(self) -> None:
        """Forget queued replies and answers, recorded requests, routes, stored objects
        (responses, files, batches) and batch endings; ids restart from 1."""
        with self._lock:
            self._queue.clear()
            self._script.clear()
            self._routes.clear()
            self._requests.clear()
            self._received = 0
            self._state.clear()
        if self._rate_limit is not None:
            self._rate_limit.reset()

    # -- inspection --------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since start or :meth:`reset`, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def received(self) -> int:
        """How many requests arrived since start or :meth:`reset`, kept or not."""
        with self._lock:
            return self._received

    @property
    def last_request(self) -> RecordedRequest:
        """The most recent request; raises :class:`LookupError` if there has been none."""
        with self._lock:
            if not self._requests:
                raise LookupError("FakeOpenAI has not received any request yet")
            return self._requests[-1]

    @property
    def rate_limited(self) -> int:
        """How many requests got a 429 from ``rate_limit`` since start or :meth:`reset`."""
        return 0 if self._rate_limit is None else self._rate_limit.limited

    @property
    def queued(self) -> int:
        """How many enqueued replies are still waiting, to check a scenario was used up."""
        with self._lock:
            return len(self._queue)

    @staticmethod
    def reply_text_for(messages: Sequence[Any], index: int = 0) -> str:
        """The content the default chat completion replies with, so tests can predict it.

        * If the last message is a tool result: ``"The tool returned: <content>"``.
        * Otherwise, for the last ``user`` message: ``"You said: <content>"``.
        * With no user message at all: ``"Hello! How can I help you today?"``.

        List content contributes its ``text`` parts joined by spaces. Choice ``index`` > 0
        (with ``n`` > 1) gets ``" (choice <index>)"`` appended.

        Two request options change the shape instead: ``tool_choice="required"`` (first
        function) or naming a function yields a call to it, with arguments built by
        :func:`example_for` from its parameter schema; ``response_format`` ``json_schema``
        yields ``example_for(schema)`` as JSON content, ``json_object`` yields
        ``{"reply": <this text>}``.
        """
        return reply_text_for(messages, index)

    def default_reply(self, request: RecordedRequest, seq: int | None = None) -> Reply:
        """The reply the built-in endpoints give ``request``, against this server's stored objects.

        For a :meth:`route` handler that alters or wraps the normal answer (cut a stream short,
        add a header). ``seq`` numbers the reply's ids; by default, the requests received so far.
        """
        return default_reply(request, self.received if seq is None else seq, self._state)

    # -- serving -----------------------------------------------------------------------------

    def _respond(self, request: RecordedRequest) -> tuple[Reply, str]:
        """Record ``request`` and pick its reply; runs on the connection's thread."""
        with self._lock:
            self._requests.append(request)
            self._received += 1
            seq = self._received
            limits: list[tuple[str, str]] = []
            if not self._authorized(request):
                reply: Reply | None = _unauthorized(request)
            elif self._lacks(request.route_path):
                reply = not_found(request)
            else:
                if self._rate_limit is not None:
                    reply, limits = self._rate_limit.admit(request.body)
                else:
                    reply = None
                if reply is None and self._queue:
                    reply = self._queue.popleft()
            scripted = None
            if reply is None and self._script and (request.method, request.route_path) in SCRIPTED:
                scripted = self._script.popleft()
            handler = self._routes.get((request.method, request.route_path))
        if reply is None and scripted is not None:
            reply = default_reply(request, seq, self._state, scripted)
        elif reply is None:
            reply = _call(handler, request) if handler else default_reply(request, seq, self._state)
        if limits:
            given = {name.lower() for name, _ in reply.headers}
            extra = tuple(item for item in limits if item[0] not in given)
            reply = replace(reply, headers=reply.headers + extra)
        return reply, f"req_{seq}"

    def _lacks(self, path: str) -> bool:
        return any(path == gone or path.startswith(gone.rstrip("/") + "/") for gone in self.without)

    def _authorized(self, request: RecordedRequest) -> bool:
        if self.api_key is None:
            return True
        if request.headers.get("api-key") == self.api_key:  # how Azure OpenAI sends a key
            return True
        return request.headers.get("authorization") == f"Bearer {self.api_key}"


def _unauthorized(request: RecordedRequest) -> Reply:
    if "authorization" in request.headers:
        message = "Incorrect API key provided."
    else:
        message = (
            "You didn't provide an API key. You need to provide your API key in an "
            "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
        )
    return Reply.error(401, message, type="invalid_request_error", code="invalid_api_key")


def _call(handler: RouteHandler, request: RecordedRequest) -> Reply:
    try:
        reply = handler(request)
    except Exception as exc:
        return Reply.error(500, f"FakeOpenAI route handler raised {exc!r}", type="server_error")
    if not isinstance(reply, Reply):
        return Reply.error(
            500, f"FakeOpenAI route handler returned {reply!r}, not a Reply", type="server_error"
        )
    return reply
