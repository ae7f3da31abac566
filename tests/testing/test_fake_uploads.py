"""The Uploads API: parts joined in the order named into a File, and every refusal on the way."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest
from oai.testing import FakeOpenAI
from oai_api.models.error_response import ErrorResponse
from oai_api.models.upload import Upload
from oai_api.models.upload_part import UploadPart

MIB = 1024 * 1024


def create(client: httpx.Client, size: int, **extra: Any) -> dict[str, Any]:
    body = {"filename": "data.jsonl", "purpose": "batch", "bytes": size, "mime_type": "text/jsonl"}
    answer = client.post("/uploads", json={**body, **extra})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def add_part(client: httpx.Client, upload_id: str, data: bytes) -> httpx.Response:
    return client.post(f"/uploads/{upload_id}/parts", files={"data": ("blob", data)})


def part_id(client: httpx.Client, upload_id: str, data: bytes) -> str:
    answer = add_part(client, upload_id, data)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def test_create_answers_a_pending_upload(client: httpx.Client) -> None:
    upload = Upload.from_dict(create(client, 11))
    assert upload.id == "upload_0001"
    assert str(upload.status) == "pending"
    assert (upload.bytes_, upload.filename, upload.purpose) == (11, "data.jsonl", "batch")
    assert upload.expires_at == upload.created_at + 3600
    assert upload.file is None
    assert str(upload.object_) == "upload"


def test_parts_are_joined_in_the_order_named(client: httpx.Client) -> None:
    upload_id = create(client, 11)["id"]
    first = add_part(client, upload_id, b"hello ")
    part = UploadPart.from_dict(first.json())
    assert part.id.startswith("part_")
    assert (part.upload_id, str(part.object_)) == (upload_id, "upload.part")
    second = part_id(client, upload_id, b"world")
    # Named out of arrival order: the file holds them in the order named.
    done = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": [second, part.id]})
    assert done.status_code == 200, done.text
    completed = Upload.from_dict(done.json())
    assert str(completed.status) == "completed"
    assert completed.file is not None
    file_id = completed.file.id
    assert (completed.file.bytes_, completed.file.filename) == (11, "data.jsonl")
    assert client.get(f"/files/{file_id}/content").content == b"worldhello "
    assert client.get(f"/files/{file_id}").json()["purpose"] == "batch"


def test_the_sizes_must_add_up(client: httpx.Client) -> None:
    upload_id = create(client, 10)["id"]
    one = part_id(client, upload_id, b"12345")
    short = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": [one]})
    assert short.status_code == 400
    error = ErrorResponse.from_dict(short.json())
    assert error.error.param == "bytes"
    assert "5 bytes" in error.error.message
    # Still pending: the client can send the rest and try again.
    two = part_id(client, upload_id, b"67890")
    done = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": [one, two]})
    assert done.json()["status"] == "completed"


def test_md5_is_checked(client: httpx.Client) -> None:
    upload_id = create(client, 3)["id"]
    one = part_id(client, upload_id, b"abc")
    wrong = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": [one], "md5": "0" * 32})
    assert wrong.status_code == 400
    assert wrong.json()["error"]["param"] == "md5"
    right = hashlib.md5(b"abc").hexdigest()
    done = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": [one], "md5": right})
    assert done.json()["status"] == "completed"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"purpose": "batch", "bytes": 1, "mime_type": "text/plain"}, "filename"),
        ({"filename": "a", "purpose": "nope", "bytes": 1, "mime_type": "text/plain"}, "purpose"),
        ({"filename": "a", "purpose": "batch", "bytes": -1, "mime_type": "text/plain"}, "bytes"),
        ({"filename": "a", "purpose": "batch", "bytes": "1", "mime_type": "text/plain"}, "bytes"),
        ({"filename": "a", "purpose": "batch", "bytes": 1}, "mime_type"),
        (
            {
                "filename": "a",
                "purpose": "batch",
                "bytes": 1,
                "mime_type": "text/plain",
                "expires_after": {"anchor": "created_at", "seconds": 5},
            },
            "expires_after",
        ),
    ],
)
def test_invalid_creates_name_the_param(
    client: httpx.Client, body: dict[str, Any], param: str
) -> None:
    answer = client.post("/uploads", json=body)
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == param


def test_invalid_completes_name_the_param(client: httpx.Client) -> None:
    upload_id = create(client, 2)["id"]
    one = part_id(client, upload_id, b"ab")
    other_upload = create(client, 2)["id"]
    foreign = part_id(client, other_upload, b"cd")
    for body in ({}, {"part_ids": "x"}, {"part_ids": [foreign]}, {"part_ids": [one, one]}):
        answer = client.post(f"/uploads/{upload_id}/complete", json=body)
        assert answer.status_code == 400, body
        assert answer.json()["error"]["param"] == "part_ids", body
    missing = client.post(f"/uploads/{upload_id}/parts", files={"other": ("x", b"x")})
    assert missing.status_code == 400
    assert missing.json()["error"]["param"] == "data"


def test_a_finished_upload_refuses_parts_and_completion(client: httpx.Client) -> None:
    cancelled = create(client, 1)["id"]
    one = part_id(client, cancelled, b"x")
    answer = client.post(f"/uploads/{cancelled}/cancel")
    assert str(Upload.from_dict(answer.json()).status) == "cancelled"
    assert add_part(client, cancelled, b"y").status_code == 400
    again = client.post(f"/uploads/{cancelled}/complete", json={"part_ids": [one]})
    assert again.status_code == 400
    assert "cancelled" in again.json()["error"]["message"]

    completed = create(client, 1)["id"]
    two = part_id(client, completed, b"z")
    client.post(f"/uploads/{completed}/complete", json={"part_ids": [two]})
    assert add_part(client, completed, b"z").status_code == 400
    assert client.post(f"/uploads/{completed}/cancel").status_code == 409


def test_unknown_uploads_are_404s(client: httpx.Client) -> None:
    for answer in (
        add_part(client, "upload_nope", b"x"),
        client.post("/uploads/upload_nope/complete", json={"part_ids": []}),
        client.post("/uploads/upload_nope/cancel"),
    ):
        assert answer.status_code == 404
        assert answer.json()["error"]["message"] == "No such Upload object: upload_nope"


def test_received_shows_what_the_client_sent(server: FakeOpenAI, client: httpx.Client) -> None:
    upload_id = create(client, 6)["id"]
    ids = [part_id(client, upload_id, data) for data in (b"ab", b"cdef")]
    received = server._state.uploads.received(upload_id)
    assert received.part_ids == tuple(ids)
    assert received.part_sizes == (2, 4)
    assert received.total == 6
    assert received.sha256 == hashlib.sha256(b"abcdef").hexdigest()
    assert received.status == "pending"
    with pytest.raises(KeyError):
        server._state.uploads.received("upload_nope")


def test_a_large_upload_keeps_sizes_and_digests_only(
    server: FakeOpenAI, client: httpx.Client
) -> None:
    # Declared above 64 MiB: the parts' bytes are not kept, only their sizes and digests.
    chunk = b"x" * (33 * MIB)
    upload_id = create(client, 2 * len(chunk) + 1)["id"]
    ids = [part_id(client, upload_id, data) for data in (chunk, chunk, b"y")]
    whole = chunk + chunk + b"y"
    md5 = hashlib.md5(whole).hexdigest()
    done = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": ids, "md5": md5})
    assert done.status_code == 200, done.text
    file = done.json()["file"]
    assert file["bytes"] == len(whole)
    received = server._state.uploads.received(upload_id)
    assert received.part_sizes == (len(chunk), len(chunk), 1)
    assert received.sha256 == hashlib.sha256(whole).hexdigest()
    content = client.get(f"/files/{file['id']}/content")
    assert content.status_code == 404
    assert "64 MiB" in content.json()["error"]["message"]
    assert client.get(f"/files/{file['id']}").status_code == 200


def test_a_large_upload_still_checks_the_md5(client: httpx.Client) -> None:
    upload_id = create(client, 65 * MIB)["id"]
    ids = [
        part_id(client, upload_id, b"a" * (40 * MIB)),
        part_id(client, upload_id, b"b" * (25 * MIB)),
    ]
    wrong = client.post(f"/uploads/{upload_id}/complete", json={"part_ids": ids, "md5": "0" * 32})
    assert wrong.status_code == 400
    assert wrong.json()["error"]["param"] == "md5"


def test_a_part_above_64_mib_is_refused(client: httpx.Client) -> None:
    upload_id = create(client, 65 * MIB)["id"]
    answer = add_part(client, upload_id, b"z" * (64 * MIB + 1))
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == "data"


def test_reset_forgets_uploads(server: FakeOpenAI, client: httpx.Client) -> None:
    upload_id = create(client, 1)["id"]
    server.reset()
    assert client.post(f"/uploads/{upload_id}/cancel").status_code == 404
    assert create(client, 1)["id"] == upload_id  # numbering starts again
