"""`FakeOpenAI(without=...)`: a compatible server that lacks some endpoints."""

from __future__ import annotations

import httpx
import pytest
from oai.testing import FakeOpenAI, Reply


def test_a_path_it_goes_without_is_an_unknown_endpoint_for_every_method() -> None:
    with (
        FakeOpenAI(without=["/audio/speech", "/files"]) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        speech = client.post("/audio/speech", json={"input": "hi"})
        listing = client.get("/files")
        one = client.delete("/files/file-1")
        models = client.get("/models")
    assert speech.status_code == 404
    assert speech.json()["error"]["message"] == "Invalid URL (POST /v1/audio/speech)"
    assert (listing.status_code, one.status_code) == (404, 404)  # what is under it goes too
    assert models.status_code == 200


def test_it_wins_over_queued_replies_and_routes_and_survives_reset() -> None:
    with FakeOpenAI(without=["/images"]) as server:
        server.route("POST", "/images/generations", lambda request: Reply.json({}))
        server.enqueue(Reply.json({"queued": True}))
        with httpx.Client(base_url=server.base_url, timeout=5) as client:
            assert client.post("/images/generations", json={}).status_code == 404
            assert client.get("/models").json() == {"queued": True}  # the queue is intact
            server.reset()
            assert client.post("/images/generations", json={}).status_code == 404


@pytest.mark.parametrize("path", ["audio/speech", "/v1/audio/speech"])
def test_paths_are_relative_to_the_api_root(path: str) -> None:
    with pytest.raises(ValueError, match="relative to /v1"):
        FakeOpenAI(without=[path])
