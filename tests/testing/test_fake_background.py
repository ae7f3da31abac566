"""Background responses in the fake: they progress one step per read, with the poll hint.

A client's polling loop (read, sleep for ``openai-poll-after-ms``, read again) is only tested if
the object it polls is still working on the first reads; so the fake answers ``queued`` at
creation, ``in_progress`` on the first read and ``completed`` on the second.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fake_shapes import read_exactly
from oai.testing import FakeOpenAI
from oai_api.models.response import Response

MODEL = "gpt-4o"
POLL = "openai-poll-after-ms"


def start(client: httpx.Client, text: str = "Slow") -> httpx.Response:
    created = client.post("/responses", json={"model": MODEL, "input": text, "background": True})
    assert created.status_code == 200, created.text
    return created


def read(client: httpx.Client, response_id: str) -> tuple[Response, str | None]:
    got = client.get(f"/responses/{response_id}")
    assert got.status_code == 200, got.text
    return read_exactly(Response, got.json()), got.headers.get(POLL)


def test_a_background_response_is_queued_then_in_progress_then_completed(
    client: httpx.Client,
) -> None:
    created = start(client)
    queued = read_exactly(Response, created.json())
    assert (queued.status, queued.output, queued.usage, queued.background) == (
        "queued",
        [],
        None,
        True,
    )
    assert created.headers[POLL] == "10"  # the server's default hint

    working, hint = read(client, queued.id)
    assert (working.status, working.output, working.completed_at, hint) == (
        "in_progress",
        [],
        None,
        "10",
    )

    done, hint = read(client, queued.id)
    assert (done.status, hint) == ("completed", None)  # finished: no hint to poll again
    assert done.output[0].to_dict()["content"][0]["text"] == "You said: Slow"
    assert done.usage is not None and done.usage.output_tokens == 3
    assert done.completed_at is not None

    again, hint = read(client, queued.id)  # final: it stays so
    assert (again.to_dict(), hint) == (done.to_dict(), None)


def test_two_background_responses_progress_independently(client: httpx.Client) -> None:
    first, second = start(client, "One").json()["id"], start(client, "Two").json()["id"]
    assert read(client, first)[0].status == "in_progress"
    assert read(client, first)[0].status == "completed"
    assert read(client, second)[0].status == "in_progress"


def test_a_response_not_in_the_background_never_sends_the_hint(client: httpx.Client) -> None:
    created = client.post("/responses", json={"model": MODEL, "input": "Quick"})
    assert (created.json()["status"], created.headers.get(POLL)) == ("completed", None)
    assert read(client, created.json()["id"]) == (read_exactly(Response, created.json()), None)


@pytest.fixture
def quiet() -> Iterator[httpx.Client]:
    with FakeOpenAI(poll_after_ms=None) as server, httpx.Client(base_url=server.base_url) as c:
        yield c


def test_without_a_poll_setting_no_hint_is_sent(quiet: httpx.Client) -> None:
    created = start(quiet)
    assert POLL not in created.headers
    working, hint = read(quiet, created.json()["id"])
    assert (working.status, hint) == ("in_progress", None)


def test_the_hint_is_the_servers_setting() -> None:
    with FakeOpenAI(poll_after_ms=250) as server, httpx.Client(base_url=server.base_url) as c:
        created = start(c)
        assert created.headers[POLL] == "250"
        assert read(c, created.json()["id"])[1] == "250"


@pytest.mark.parametrize("reads", [0, 1])
def test_cancelling_a_working_response_cancels_it(client: httpx.Client, reads: int) -> None:
    response_id = start(client).json()["id"]
    for _ in range(reads):  # queued (no read yet) or in progress (one read)
        read(client, response_id)
    cancelled = client.post(f"/responses/{response_id}/cancel")
    assert cancelled.status_code == 200
    assert read_exactly(Response, cancelled.json()).status == "cancelled"
    assert POLL not in cancelled.headers

    for _ in range(2):  # it does not complete later on
        later, hint = read(client, response_id)
        assert (later.status, later.output, hint) == ("cancelled", [], None)
    again = client.post(f"/responses/{response_id}/cancel")  # cancelling twice is no error
    assert again.json()["status"] == "cancelled"


def test_a_completed_response_cannot_be_cancelled(client: httpx.Client) -> None:
    response_id = start(client).json()["id"]
    read(client, response_id)
    read(client, response_id)
    refused = client.post(f"/responses/{response_id}/cancel")
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == "Cannot cancel a response with status 'completed'."
    assert read(client, response_id)[0].status == "completed"


def test_a_deleted_working_response_is_gone(client: httpx.Client) -> None:
    response_id = start(client).json()["id"]
    read(client, response_id)
    assert client.delete(f"/responses/{response_id}").status_code == 200
    missing = client.get(f"/responses/{response_id}")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == f"Response with id '{response_id}' not found."
