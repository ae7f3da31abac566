"""Files: `upload_file`, `files`, `file`, `file_content`, `delete_file` (and the upload rules).

The fake server keeps what is uploaded, so each test starts from an empty store.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import oai
import pytest
from endpoints_support import sent_form
from oai import APIConnectionError
from oai._uploads import check_upload, form_fields
from oai.testing import FakeOpenAI, Reply
from oai_api.models.delete_file_response import DeleteFileResponse
from oai_api.models.error_response import ErrorResponse
from oai_api.models.list_files_response import ListFilesResponse
from oai_api.models.open_ai_file import OpenAIFile
from wrapper_support import API_KEY, resolve

JSONL = b'{"custom_id": "1"}\n{"custom_id": "2"}\n'
# Bytes a fixed multipart boundary of "+++" would be cut at, and every byte value besides.
AWKWARD = b"--+++\r\n--+++--\r\n" + bytes(range(256))


async def test_upload_path(anyclient: Any, server: FakeOpenAI, tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_bytes(JSONL)
    status, uploaded = await resolve(anyclient.upload_file(path, "batch"))
    assert status == 200
    assert isinstance(uploaded, OpenAIFile)
    assert uploaded.id == "file-0001"
    assert uploaded.filename == "requests.jsonl"
    assert uploaded.bytes_ == len(JSONL)
    assert uploaded.purpose == "batch"
    assert uploaded.status == "processed"
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/files")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "+++" not in content_type  # the generated builder's fixed boundary is not used
    form = sent_form(request)
    assert form.fields == {"purpose": ["batch"]}
    assert form.files["file"].filename == "requests.jsonl"
    assert form.files["file"].content == JSONL


async def test_upload_bytes_arrive_byte_for_byte(anyclient: Any, server: FakeOpenAI) -> None:
    status, uploaded = await resolve(anyclient.upload_file(AWKWARD, "user_data"))
    assert status == 200
    assert uploaded.filename == "file"
    assert sent_form(server.last_request).files["file"].content == AWKWARD
    status, content = await resolve(anyclient.file_content(uploaded.id))
    assert (status, content) == (200, AWKWARD)


async def test_upload_named_content(anyclient: Any, server: FakeOpenAI) -> None:
    status, uploaded = await resolve(anyclient.upload_file(("notes é.txt", b"hi"), "user_data"))
    assert status == 200
    assert uploaded.filename == "notes é.txt"
    assert sent_form(server.last_request).files["file"].content_type == "text/plain"


async def test_upload_open_file_stays_open(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(JSONL)
    with path.open("rb") as handle:
        status, uploaded = await resolve(anyclient.upload_file(handle, "batch"))
        assert not handle.closed  # the caller's to close
    assert status == 200
    assert uploaded.filename == "data.jsonl"
    assert sent_form(server.last_request).files["file"].content == JSONL


async def test_upload_in_memory_file(anyclient: Any, server: FakeOpenAI) -> None:
    status, uploaded = await resolve(anyclient.upload_file(io.BytesIO(JSONL), "batch"))
    assert status == 200
    assert uploaded.bytes_ == len(JSONL)


async def test_upload_with_expiry_sends_bracketed_fields(
    anyclient: Any, server: FakeOpenAI
) -> None:
    expiry = {"anchor": "created_at", "seconds": 3600}
    status, uploaded = await resolve(anyclient.upload_file(JSONL, "batch", expires_after=expiry))
    assert status == 200
    assert uploaded.expires_at == uploaded.created_at + 3600
    assert sent_form(server.last_request).fields == {
        "purpose": ["batch"],
        "expires_after[anchor]": ["created_at"],
        "expires_after[seconds]": ["3600"],
    }


async def test_upload_extra_body_becomes_form_fields(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.upload_file(JSONL, "batch", extra_body={"tags": ["a", "b"]}))
    assert sent_form(server.last_request).fields["tags[]"] == ["a", "b"]


async def test_missing_path_refused_before_sending(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"file '.*missing.jsonl' does not exist"):
        await resolve(anyclient.upload_file(tmp_path / "missing.jsonl", "batch"))
    with pytest.raises(ValueError, match="is a directory"):
        await resolve(anyclient.upload_file(str(tmp_path), "batch"))
    assert server.requests == []


async def test_text_mode_file_refused_before_sending(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with path.open() as handle, pytest.raises(TypeError, match=r"file must be .*binary mode"):
        await resolve(anyclient.upload_file(handle, "user_data"))
    with pytest.raises(TypeError, match="binary mode"):
        await resolve(anyclient.upload_file(io.StringIO("hello"), "user_data"))
    assert server.requests == []


@pytest.mark.parametrize(
    ("file", "purpose", "error", "match"),
    [
        (123, "batch", TypeError, "file must be a path, bytes, a binary file object"),
        (("", b"x"), "batch", TypeError, r"file as a tuple must be \(filename"),
        (("a.txt", "a.txt"), "batch", TypeError, "not a path"),
        (b"x", None, ValueError, "purpose must be a non-empty string"),
    ],
)
async def test_bad_arguments_refused_before_sending(
    anyclient: Any,
    server: FakeOpenAI,
    file: Any,
    purpose: Any,
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await resolve(anyclient.upload_file(file, purpose))
    assert server.requests == []


async def test_unknown_purpose_is_the_servers_to_refuse(anyclient: Any, server: FakeOpenAI) -> None:
    # Values are not checked before sending (a compatible server may accept others).
    status, error = await resolve(anyclient.upload_file(b"x", "training"))
    assert status == 400
    assert isinstance(error, ErrorResponse)
    assert error.error.param == "purpose"
    assert sent_form(server.last_request).fields == {"purpose": ["training"]}


async def test_unknown_upload_field_refused(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match=r"unknown upload_file field\(s\): expires"):
        await resolve(anyclient.upload_file(b"x", "batch", expires=60))
    assert server.requests == []


async def test_list_retrieve_delete(anyclient: Any, server: FakeOpenAI) -> None:
    _, first = await resolve(anyclient.upload_file(("a.jsonl", JSONL), "batch"))
    _, second = await resolve(anyclient.upload_file(("b.txt", b"b"), "user_data"))

    status, listing = await resolve(anyclient.files())
    assert status == 200
    assert isinstance(listing, ListFilesResponse)
    assert [f.id for f in listing.data] == [second.id, first.id]  # newest first
    assert (listing.first_id, listing.last_id, listing.has_more) == (second.id, first.id, False)
    assert (server.last_request.method, server.last_request.path) == ("GET", "/v1/files")
    assert server.last_request.query == {}
    assert server.last_request.headers["Accept"] == "application/json"

    _, batch_files = await resolve(anyclient.files("batch", order="asc", limit=5))
    assert [f.id for f in batch_files.data] == [first.id]
    assert server.last_request.query == {"purpose": "batch", "order": "asc", "limit": "5"}

    status, fetched = await resolve(anyclient.file(first.id))
    assert status == 200
    assert fetched == first
    assert server.last_request.path == f"/v1/files/{first.id}"

    status, deleted = await resolve(anyclient.delete_file(first.id))
    assert status == 200
    assert isinstance(deleted, DeleteFileResponse)
    assert (deleted.id, deleted.deleted) == (first.id, True)
    assert (server.last_request.method, server.last_request.path) == (
        "DELETE",
        f"/v1/files/{first.id}",
    )
    status, gone = await resolve(anyclient.file(first.id))
    assert status == 404
    assert isinstance(gone, ErrorResponse)
    assert gone.error.message == f"No such File object: {first.id}"


async def test_file_content_as_bytes(anyclient: Any, server: FakeOpenAI) -> None:
    _, uploaded = await resolve(anyclient.upload_file(JSONL, "batch"))
    status, content = await resolve(anyclient.file_content(uploaded.id))
    assert status == 200
    assert content == JSONL
    assert (server.last_request.method, server.last_request.path) == (
        "GET",
        f"/v1/files/{uploaded.id}/content",
    )
    assert server.last_request.headers["Accept"] == "*/*"


async def test_file_content_to_a_path(anyclient: Any, tmp_path: Path) -> None:
    _, uploaded = await resolve(anyclient.upload_file(AWKWARD, "user_data"))
    target = tmp_path / "copy.bin"
    status, written = await resolve(anyclient.file_content(uploaded.id, to=target))
    assert (status, written) == (200, len(AWKWARD))
    assert target.read_bytes() == AWKWARD


async def test_file_content_to_a_file_object(anyclient: Any) -> None:
    _, uploaded = await resolve(anyclient.upload_file(JSONL, "batch"))
    buffer = io.BytesIO()
    status, written = await resolve(anyclient.file_content(uploaded.id, to=buffer))
    assert (status, written) == (200, len(JSONL))
    assert buffer.getvalue() == JSONL


async def test_file_content_error_writes_nothing(anyclient: Any, tmp_path: Path) -> None:
    target = tmp_path / "never.bin"
    status, error = await resolve(anyclient.file_content("file-nope", to=target))
    assert status == 404
    assert isinstance(error, ErrorResponse)
    assert not target.exists()
    status, error = await resolve(anyclient.file_content("file-nope"))
    assert status == 404
    assert error.error.message == "No such File object: file-nope"


@pytest.mark.parametrize("to_path", [False, True], ids=["bytes", "to-path"])
async def test_file_content_429_carries_the_wait_it_asked_for(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path, to_path: bool
) -> None:
    server.enqueue(Reply.error(429, "Slow down", code="rate_limit", headers={"Retry-After": "7"}))
    target = tmp_path / "never.bin"
    status, error = await resolve(
        anyclient.file_content("file-0001", to=target)
        if to_path
        else anyclient.file_content("file-0001")
    )
    assert status == 429
    assert isinstance(error, oai.RateLimitResponse)
    assert (error.retry_after, error.error.code) == (7.0, "rate_limit")
    assert not target.exists()


async def test_speech_429_carries_the_wait_it_asked_for(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(429, "Slow down", headers={"retry-after-ms": "1500"}))
    status, error = await resolve(anyclient.speech("Hello", voice="alloy"))
    assert status == 429
    assert isinstance(error, oai.RateLimitResponse)
    assert error.retry_after == 1.5


async def test_broken_download_removes_the_partial_file(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    server.enqueue(Reply.sse([b"x" * 100, b"y" * 100], done=False, drop_after=1))
    target = tmp_path / "partial.bin"
    with pytest.raises(APIConnectionError) as info:
        await resolve(anyclient.file_content("file-1", to=target))
    assert not target.exists()
    assert info.value.request_id == "req_1"  # the download's x-request-id


@pytest.mark.parametrize(
    ("to", "error", "match"),
    [
        ("/no/such/folder/out.bin", ValueError, "does not exist"),
        (".", ValueError, "is a directory"),
        (io.StringIO(), TypeError, "binary mode"),
        (42, TypeError, "to must be a path or a file object"),
    ],
)
async def test_bad_target_refused_before_sending(
    anyclient: Any, server: FakeOpenAI, to: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        await resolve(anyclient.file_content("file-1", to=to))
    assert server.requests == []


@pytest.mark.parametrize("method", ["file", "delete_file", "file_content"])
async def test_empty_id_refused(anyclient: Any, server: FakeOpenAI, method: str) -> None:
    with pytest.raises(ValueError, match="file_id must be a non-empty string"):
        await resolve(getattr(anyclient, method)(""))
    assert server.requests == []


# -- the upload rules without a server ---------------------------------------------------------


def test_form_fields_follow_the_api_conventions() -> None:
    assert form_fields(
        {
            "model": "whisper-1",
            "temperature": 0.5,
            "flag": True,
            "off": False,
            "skip": None,
            "granularities": ["word", "segment"],
            "strategy": {"type": "server_vad", "threshold": 0.5},
        }
    ) == {
        "model": "whisper-1",
        "temperature": "0.5",
        "flag": "true",
        "off": "false",
        "granularities[]": ["word", "segment"],
        "strategy[type]": "server_vad",
        "strategy[threshold]": "0.5",
    }


def test_form_fields_refuse_what_a_form_cannot_hold() -> None:
    with pytest.raises(TypeError, match="form field 'data' must be text"):
        form_fields({"data": b"raw"})
    with pytest.raises(TypeError, match="form field 'rows' cannot hold nested"):
        form_fields({"rows": [[1, 2]]})


def test_check_upload_names_the_argument(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^audio "):
        check_upload(tmp_path / "nope.mp3", "audio")
    closed = io.BytesIO(b"x")
    closed.close()
    with pytest.raises(ValueError, match="audio is a closed file"):
        check_upload(closed, "audio")


def test_check_upload_opens_paths_only_while_sending(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"abc")
    upload = check_upload(path, "file")
    with upload.open() as part:
        assert part.file_name == "a.bin"
        assert part.payload.read() == b"abc"
    assert part.payload.closed


# -- the fake server's own checks (what a client meets when it sends a malformed upload) -------


def test_fake_refuses_uploads_that_are_not_forms(server: FakeOpenAI) -> None:
    with httpx.Client(base_url=server.base_url) as http:
        not_a_form = http.post("/files", json={"purpose": "batch"})
        no_file = http.post("/files", data={"purpose": "batch"}, files={"other": ("a", b"x")})
        no_boundary = http.post(
            "/files", content=b"x", headers={"Content-Type": "multipart/form-data"}
        )
        cut_short = http.post(
            "/files",
            content=b'--b\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch',
            headers={"Content-Type": "multipart/form-data; boundary=b"},
        )
    assert not_a_form.status_code == 400
    assert "expects multipart/form-data" in not_a_form.json()["error"]["message"]
    assert (no_file.status_code, no_file.json()["error"]["param"]) == (400, "file")
    assert "no boundary" in no_boundary.json()["error"]["message"]
    assert "closing boundary" in cut_short.json()["error"]["message"]
