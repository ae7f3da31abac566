"""`oai.webhooks`: signatures checked with vectors made here, from the scheme's definition
(HMAC-SHA256 of "id.timestamp.body", base64), not with the code under test."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import oai
import pytest
import yaml
from oai import webhooks
from oai_api.models.webhook_batch_completed import WebhookBatchCompleted
from oai_api.models.webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
from oai_api.models.webhook_response_completed import WebhookResponseCompleted

KEY = b"a key of thirty-two bytes, exactly"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def event(kind: str, object_id: str = "batch_1") -> bytes:
    return json.dumps(
        {"id": "evt_1", "object": "event", "type": kind, "created_at": 1, "data": {"id": object_id}}
    ).encode()


def signed(
    body: bytes, key: bytes = KEY, *, at: int | None = None, extra: str = ""
) -> dict[str, str]:
    stamp = str(int(time.time()) if at is None else at)
    mac = hmac.new(key, b"msg_1." + stamp.encode() + b"." + body, hashlib.sha256).digest()
    signature = "v1," + base64.b64encode(mac).decode()
    return {
        "webhook-id": "msg_1",
        "webhook-timestamp": stamp,
        "webhook-signature": f"{extra} {signature}".strip(),
    }


def test_a_signed_event_unwraps_to_its_model() -> None:
    body = event("batch.completed")
    got = webhooks.unwrap(body, signed(body), SECRET)
    assert isinstance(got, WebhookBatchCompleted) and got.data.id == "batch_1"
    body = event("response.completed", "resp_1")
    got = webhooks.unwrap(body.decode(), signed(body), SECRET)  # a str body reads the same
    assert isinstance(got, WebhookResponseCompleted) and got.data.id == "resp_1"
    body = event("fine_tuning.job.failed", "ftjob-1")
    assert isinstance(webhooks.unwrap(body, signed(body), SECRET), WebhookFineTuningJobFailed)


def test_headers_are_read_in_any_case() -> None:
    body = event("batch.completed")
    headers = {name.upper(): value for name, value in signed(body).items()}
    webhooks.verify(body, headers, SECRET)


def test_one_good_signature_among_several_is_enough() -> None:
    body = event("batch.completed")
    other = "v1," + base64.b64encode(b"x" * 32).decode()
    webhooks.verify(body, signed(body, extra=f"v2,abc {other}"), SECRET)


def test_a_raw_secret_is_its_bytes() -> None:
    body = event("batch.completed")
    webhooks.verify(body, signed(body, b"plain secret"), "plain secret")


def test_the_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    body = event("batch.completed")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    assert isinstance(webhooks.unwrap(body, signed(body)), WebhookBatchCompleted)
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET")
    with pytest.raises(oai.WebhookVerificationError, match="set OPENAI_WEBHOOK_SECRET"):
        webhooks.verify(body, signed(body))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b, h: (b, h, "whsec_" + base64.b64encode(b"wrong").decode()), "does not match"),
        (lambda b, h: (b + b" ", h, SECRET), "does not match"),
        (lambda b, h: (b, {**h, "webhook-id": "msg_2"}, SECRET), "does not match"),
        (lambda b, h: (b, {**h, "webhook-signature": "v2,abc"}, SECRET), "no v1 signature"),
        (lambda b, h: (b, {**h, "webhook-timestamp": "soon"}, SECRET), "not a number"),
        (lambda b, h: (b, h, "whsec_!!!"), "not base64"),
    ],
)
def test_what_is_refused(change: Any, message: str) -> None:
    body = event("batch.completed")
    body, headers, secret = change(body, signed(body))
    with pytest.raises(oai.WebhookVerificationError, match=message) as caught:
        webhooks.unwrap(body, headers, secret)
    assert SECRET[6:] not in str(caught.value) and KEY.decode() not in str(caught.value)


@pytest.mark.parametrize("header", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_each_header_is_needed(header: str) -> None:
    body = event("batch.completed")
    headers = signed(body)
    del headers[header]
    with pytest.raises(oai.WebhookVerificationError, match=f"no {header} header"):
        webhooks.verify(body, headers, SECRET)


def test_the_timestamp_tolerance_both_ways() -> None:
    body = event("batch.completed")
    now = int(time.time())
    webhooks.verify(body, signed(body, at=now - 290), SECRET)
    webhooks.verify(body, signed(body, at=now + 290), SECRET)
    with pytest.raises(oai.WebhookVerificationError, match="too old"):
        webhooks.verify(body, signed(body, at=now - 400), SECRET)
    with pytest.raises(oai.WebhookVerificationError, match="in the future"):
        webhooks.verify(body, signed(body, at=now + 400), SECRET)
    webhooks.verify(body, signed(body, at=now - 400), SECRET, tolerance=600)


def test_a_body_that_is_no_known_event() -> None:
    body = event("batch.exploded")
    with pytest.raises(oai.WebhookVerificationError, match=r"type 'batch\.exploded'"):
        webhooks.unwrap(body, signed(body), SECRET)
    body = b"not json"
    with pytest.raises(oai.WebhookVerificationError, match="not JSON"):
        webhooks.unwrap(body, signed(body), SECRET)
    body = json.dumps({"type": "batch.completed"}).encode()  # no id, data, created_at
    with pytest.raises(
        oai.WebhookVerificationError,
        match="does not fit WebhookBatchCompleted: no created_at, id, data",
    ):
        webhooks.unwrap(body, signed(body), SECRET)


def test_every_webhook_of_the_spec_has_its_model() -> None:
    spec = yaml.load(SPEC.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    kinds = set()
    for hook in spec["webhooks"].values():
        ref = hook["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
        kinds.update(schema["properties"]["type"]["enum"])
    assert len(kinds) == len(spec["webhooks"]) > 10
    assert set(webhooks.event_models()) == kinds
