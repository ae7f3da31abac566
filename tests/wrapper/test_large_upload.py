"""`client.upload_large_file`: a file sent through the Uploads API in parts, against the fake
server's uploads (which join the parts in the order asked and check the declared size)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from wrapper_support import resolve

CONTENT = b"".join(b"line %05d of a file sent in parts\n" % n for n in range(9000))


def posts(server: FakeOpenAI) -> list[str]:
    return [r.path for r in server.requests if r.method == "POST"]


async def test_parts_in_order_make_the_file(make_client: Any, server: FakeOpenAI) -> None:
    seen: list[tuple[int, int, int]] = []
    client = make_client()
    made = await resolve(
        client.upload_large_file(
            ("notes.txt", CONTENT),
            "assistants",
            part_size=100_000,
            on_progress=lambda p: seen.append((p.sent, p.total, p.parts)),
        )
    )
    total = len(CONTENT)
    assert made.bytes_ == total and made.filename == "notes.txt" and made.purpose == "assistants"
    assert total == 315_000
    assert seen == [
        (100_000, total, 1),
        (200_000, total, 2),
        (300_000, total, 3),
        (total, total, 4),
    ]
    status, content = await resolve(client.file_content(made.id))
    assert status == 200 and content == CONTENT
    created = server.requests[0]
    assert created.path == "/v1/uploads"
    assert created.json() == {
        "filename": "notes.txt",
        "purpose": "assistants",
        "bytes": total,
        "mime_type": "text/plain",
    }
    completed = next(r for r in server.requests if r.path.endswith("/complete")).json()
    assert completed["md5"] == hashlib.md5(CONTENT).hexdigest()
    assert len(completed["part_ids"]) == 4 and len(set(completed["part_ids"])) == 4
    parts = [r for r in server.requests if r.path.endswith("/parts")]
    assert all(b'name="data"' in r.body for r in parts)
    assert max(len(r.body) for r in parts) < 100_000 + 1_000  # one part per request


async def test_a_path_and_a_file_object_part_way(
    make_client: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(CONTENT)
    client = make_client()
    made = await resolve(client.upload_large_file(path, "fine-tune", part_size=2**18))
    assert made.filename == "train.jsonl" and made.bytes_ == len(CONTENT)
    handle = io.BytesIO(CONTENT)
    handle.seek(1000)  # sent from where it stands, as upload_file() sends it
    made = await resolve(client.upload_large_file(handle, "batch", mime_type="text/plain"))
    assert made.bytes_ == len(CONTENT) - 1000
    assert (await resolve(client.file_content(made.id)))[1] == CONTENT[1000:]
    created = [r.json() for r in server.requests if r.path == "/v1/uploads"]
    assert [c["mime_type"] for c in created] == ["application/jsonl", "text/plain"]


@pytest.mark.parametrize(
    ("file", "kwargs", "error", "message"),
    [
        (b"abc", {"part_size": 0}, ValueError, "part_size must be between 1 and 67108864"),
        (b"abc", {"part_size": 64 * 2**20 + 1}, ValueError, "part_size must be between"),
        (b"abc", {"part_size": True}, TypeError, "part_size must be a number of bytes"),
        (b"", {}, ValueError, "file has no bytes to upload"),
        (b"abc", {"purpose": ""}, ValueError, "purpose must be a non-empty string"),
        ("no/such/file.bin", {}, ValueError, "does not exist"),
        (42, {}, TypeError, "file must be a path, bytes"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    make_client: Any,
    server: FakeOpenAI,
    file: Any,
    kwargs: dict[str, Any],
    error: type,
    message: str,
) -> None:
    kwargs.setdefault("purpose", "assistants")
    client = make_client()
    with pytest.raises(error, match=message):
        await resolve(client.upload_large_file(file, **kwargs))
    assert server.received == 0


async def test_a_stream_of_unknown_size_is_refused(make_client: Any, server: FakeOpenAI) -> None:
    read, write = os.pipe()
    os.write(write, b"data")
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        client = make_client()
        with pytest.raises(TypeError, match="seekable binary file: its size is sent"):
            await resolve(client.upload_large_file(pipe, "assistants"))
    assert server.received == 0


async def test_a_part_that_fails_cancels_the_upload(make_client: Any, server: FakeOpenAI) -> None:
    refused = Reply.error(400, "part refused", type="invalid_request_error")
    calls = {"n": 0}

    def second_part_fails(request: Any) -> Reply:
        calls["n"] += 1
        return refused if calls["n"] == 2 else server.default_reply(request)

    server.route("POST", "/uploads/upload_0001/parts", second_part_fails)
    client = make_client()
    with pytest.raises(oai.BadRequestError, match="part refused"):
        await resolve(client.upload_large_file(CONTENT, "assistants", part_size=100_000))
    assert posts(server)[-1] == "/v1/uploads/upload_0001/cancel"
    assert calls["n"] == 2  # no part after the one refused
    assert not any(r.path.endswith("/complete") for r in server.requests)


async def test_a_failing_progress_callback_cancels_too(
    make_client: Any, server: FakeOpenAI
) -> None:
    def boom(progress: Any) -> None:
        raise RuntimeError("display broke")

    client = make_client()
    with pytest.raises(RuntimeError, match="display broke"):
        await resolve(client.upload_large_file(CONTENT, "assistants", on_progress=boom))
    assert posts(server) == [
        "/v1/uploads",
        "/v1/uploads/upload_0001/parts",
        "/v1/uploads/upload_0001/cancel",
    ]


async def test_a_part_that_fails_once_is_retried(make_client: Any, server: FakeOpenAI) -> None:
    calls = {"n": 0}

    def first_try_fails(request: Any) -> Reply:
        calls["n"] += 1
        return Reply.error(500, "try again") if calls["n"] == 1 else server.default_reply(request)

    server.route("POST", "/uploads/upload_0001/parts", first_try_fails)
    policy = oai.RetryPolicy(max_retries=2, initial_delay=0.01)
    client = make_client(retry_policy=policy, max_retries=None)
    made = await resolve(client.upload_large_file(CONTENT, "assistants", part_size=100_000))
    assert (await resolve(client.file_content(made.id)))[1] == CONTENT
    assert calls["n"] == 5  # four parts, the first sent twice
