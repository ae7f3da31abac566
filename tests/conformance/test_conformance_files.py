"""POST /files: `upload_file` sends a multipart body the public spec accepts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
from conformance_support import AUTH, Exchange, assert_accepted, assert_refused, resolve

PATH = "/files"
LINES = b'{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'


async def test_upload_a_path(anyclient: Any, sent: list[Exchange], tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(LINES)
    result = await resolve(anyclient.upload_file(path, "batch"))
    assert_accepted(result, sent, PATH)
    assert sent[0].content_type.startswith("multipart/form-data")
    assert b'filename="batch.jsonl"' in sent[0].body


async def test_upload_bytes(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.upload_file(LINES, "fine-tune"))
    assert_accepted(result, sent, PATH)
    assert b'name="purpose"' in sent[0].body and b"fine-tune" in sent[0].body


async def test_upload_a_binary_file_object(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.upload_file(io.BytesIO(LINES), "user_data"))
    assert_accepted(result, sent, PATH)


def test_control_missing_purpose_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, files={"file": ("a.jsonl", LINES)})
    assert_refused(response, "must have required property 'purpose'")


def test_control_unknown_purpose_is_refused(raw: httpx.Client) -> None:
    files = {"file": ("a.jsonl", LINES)}
    response = raw.post(PATH, headers=AUTH, files=files, data={"purpose": "nonsense"})
    assert_refused(response, "purpose must be equal to one of the allowed values")
