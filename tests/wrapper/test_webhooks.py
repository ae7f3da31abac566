"""`oai.webhooks`: signatures checked against vectors made here from the scheme's definition
(base64 of HMAC-SHA256 over "id.timestamp.body"), never with the code under test; events
checked against the spec's `webhooks:` section, read here from `openapi.yaml`."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import oai
import pytest
from oai import webhooks
from oai_api.models.webhook_batch_completed import WebhookBatchCompleted
from oai_api.models.webhook_batch_completed_data import WebhookBatchCompletedData
from oai_api.models.webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
from oai_api.models.webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
from oai_api.models.webhook_realtime_call_incoming_data_sip_headers_item import (
    WebhookRealtimeCallIncomingDataSipHeadersItem,
)
from oai_api.models.webhook_response_completed import WebhookResponseCompleted
from spec_support import DOC, resolve

KEY = b"\x00\x01 thirty-two bytes of key \xfe\xff!!"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
RAW_SECRET = "a-raw-secret-Qz81"
NOW = 1_760_000_000  # a fixed clock, for the tests of the tolerance's edges
MESSAGE_ID = "msg_2Lh9KRb0pzN4pOh0fwh2ik"


@pytest.fixture(autouse=True)
def _no_secret_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)


def signature(body: bytes, key: bytes = KEY, *, stamp: str, msg_id: str = MESSAGE_ID) -> str:
    """One `v1,` entry of `webhook-signature`, as Standard Webhooks defines it."""
    content = msg_id.encode() + b"." + stamp.encode() + b"." + body
    return "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()


def signed(
    body: bytes, key: bytes = KEY, *, at: int | None = None, others: tuple[str, ...] = ()
) -> dict[str, str]:
    """The three headers of a request signed with `key` at `at` (default: now)."""
    stamp = str(int(time.time()) if at is None else at)
    entries = [*others, signature(body, key, stamp=stamp)]
    return {
        "webhook-id": MESSAGE_ID,
        "webhook-timestamp": stamp,
        "webhook-signature": " ".join(entries),
    }


def event(kind: str, data: dict[str, Any] | None = None, **extra: Any) -> bytes:
    document = {
        "id": "evt_685343a1381c819085d44c354e1b330e",
        "object": "event",
        "created_at": 1719168000,
        "type": kind,
        "data": {"id": "batch_abc123"} if data is None else data,
        **extra,
    }
    return json.dumps(document).encode()


def refusal(body: bytes | str, headers: Any, secret: str | None = SECRET, **options: Any) -> str:
    """The message `unwrap` refuses with (the test fails if it accepts)."""
    with pytest.raises(oai.WebhookVerificationError) as caught:
        webhooks.unwrap(body, headers, secret, **options)
    return str(caught.value)


# -- accepted requests, typed events ------------------------------------------------------------


def test_oai_webhooks_is_this_module() -> None:
    assert oai.webhooks is webhooks
    assert issubclass(oai.WebhookVerificationError, oai.OpenAIError)


def test_a_good_signature_verifies() -> None:
    body = event("batch.completed")
    assert webhooks.verify(body, signed(body), SECRET) is None


def test_a_batch_event_unwraps_to_its_typed_model() -> None:
    body = event("batch.completed")
    got = webhooks.unwrap(body, signed(body), SECRET)
    assert type(got) is WebhookBatchCompleted
    assert got.type_ == "batch.completed" and got.object_ == "event"
    assert got.id == "evt_685343a1381c819085d44c354e1b330e" and got.created_at == 1719168000
    assert isinstance(got.data, WebhookBatchCompletedData) and got.data.id == "batch_abc123"


def test_a_response_event_unwraps_from_a_str_body() -> None:
    body = event("response.completed", {"id": "resp_é1"})  # not ASCII: signed as UTF-8
    got = webhooks.unwrap(body.decode(), signed(body), SECRET)
    assert type(got) is WebhookResponseCompleted
    assert got.type_ == "response.completed" and got.data.id == "resp_é1"


def test_fine_tuning_and_realtime_events_unwrap_to_their_models() -> None:
    body = event("fine_tuning.job.failed", {"id": "ftjob-abc"})
    got = webhooks.unwrap(body, signed(body), SECRET)
    assert type(got) is WebhookFineTuningJobFailed and got.data.id == "ftjob-abc"
    call = {"call_id": "rtc_1", "sip_headers": [{"name": "From", "value": "sip:+1@example.com"}]}
    body = event("realtime.call.incoming", call)
    got = webhooks.unwrap(body, signed(body), SECRET)
    assert type(got) is WebhookRealtimeCallIncoming and got.data.call_id == "rtc_1"
    (header,) = got.data.sip_headers
    assert isinstance(header, WebhookRealtimeCallIncomingDataSipHeadersItem)
    assert (header.name, header.value) == ("From", "sip:+1@example.com")


def test_unknown_keys_are_kept() -> None:
    body = event("batch.failed", {"id": "batch_1", "new_field": 1}, also_new=True)
    got = webhooks.unwrap(body, signed(body), SECRET)
    assert got["also_new"] is True and got.data["new_field"] == 1


# -- which events there are: the spec's `webhooks:` section --------------------------------------


def spec_events() -> dict[str, str]:
    """Each webhook event type of the spec, and the name of its payload schema."""
    found = {}
    for hook in DOC["webhooks"].values():
        schema = hook["post"]["requestBody"]["content"]["application/json"]["schema"]
        name = schema["$ref"].rsplit("/", 1)[1]
        (kind,) = resolve(schema)["properties"]["type"]["enum"]
        found[kind] = name
    return found


def test_discovery_finds_every_event_of_the_spec() -> None:
    expected = spec_events()
    assert len(expected) == len(DOC["webhooks"]) >= 16
    found = webhooks.event_models()
    assert len(found) == len(expected)
    assert {kind: model.__name__ for kind, model in found.items()} == expected


def test_the_found_models_cannot_be_changed() -> None:
    found: Any = webhooks.event_models()
    with pytest.raises(TypeError):
        found["batch.completed"] = dict
    assert webhooks.event_models()["batch.completed"] is WebhookBatchCompleted


def example(schema: dict[str, Any]) -> Any:
    """A value that fits `schema` (the first of an enum, every property of an object)."""
    schema = resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema or "oneOf" in schema:
        return example((schema.get("anyOf") or schema["oneOf"])[0])
    kind = schema.get("type")
    if kind == "object":
        return {key: example(value) for key, value in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema["items"])]
    return {"string": "x_1", "integer": 1719168000, "number": 0.5, "boolean": True}[kind]


@pytest.mark.parametrize("kind", sorted(spec_events()))
def test_every_spec_event_unwraps_to_the_model_the_spec_names(kind: str) -> None:
    name = spec_events()[kind]
    payload = example(DOC["components"]["schemas"][name])
    assert payload["type"] == kind
    body = json.dumps(payload).encode()
    got = webhooks.unwrap(body, signed(body), SECRET)
    assert type(got).__name__ == name
    assert got.to_dict() == payload  # every field read, none lost


# -- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("spell", [str.upper, str.title, str.lower])
def test_headers_are_found_in_any_case(spell: Callable[[str], str]) -> None:
    body = event("batch.completed")
    headers = {spell(name): value for name, value in signed(body).items()}
    assert webhooks.unwrap(body, headers, SECRET).data.id == "batch_abc123"


def test_httpx_headers_are_read() -> None:
    body = event("batch.completed")
    headers = httpx.Headers({"Webhook-Id": "x"})
    headers.update({name.title(): value for name, value in signed(body).items()})
    assert type(webhooks.unwrap(body, headers, SECRET)) is WebhookBatchCompleted


@pytest.mark.parametrize("header", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_each_header_is_needed(header: str) -> None:
    body = event("batch.completed")
    headers = signed(body)
    del headers[header]
    assert refusal(body, headers).startswith(f"missing header {header}")
    assert refusal(body, {**headers, header: ""}).startswith(f"missing header {header}")


# -- signatures ---------------------------------------------------------------------------------


def test_one_good_signature_among_several_is_enough() -> None:
    body = event("batch.completed")
    wrong = "v1," + base64.b64encode(b"\x00" * 32).decode()
    old_key = signature(body, b"the secret before rotation", stamp=str(int(time.time())))
    headers = signed(body, others=(wrong, "v1a,c2lnbmVk", old_key, "v2,abc"))
    assert type(webhooks.unwrap(body, headers, SECRET)) is WebhookBatchCompleted
    # and first of several, with the others after it
    good = headers["webhook-signature"].split()[-1]
    webhooks.verify(body, {**headers, "webhook-signature": f"{good} {wrong}"}, SECRET)
    assert "none of its 2 v1 signature(s)" in refusal(
        body, {**headers, "webhook-signature": f"{wrong} {old_key}"}
    )


def test_signatures_of_other_versions_are_not_checked() -> None:
    body = event("batch.completed")
    headers = signed(body)
    good = headers["webhook-signature"]
    other = "v1a," + good[3:]  # the right bytes, under another scheme's name
    message = refusal(body, {**headers, "webhook-signature": f"{other} v2,{good[3:]}"})
    assert message == "no valid webhook signature: webhook-signature holds no v1 signature"


def test_a_wrong_secret_is_refused() -> None:
    body = event("batch.completed")
    other = "whsec_" + base64.b64encode(b"another key entirely").decode()
    assert refusal(body, signed(body), other).startswith("no valid webhook signature")
    assert refusal(body, signed(body), RAW_SECRET).startswith("no valid webhook signature")


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda b, h: (b.replace(b"batch_abc123", b"batch_abc124"), h), id="body"),
        pytest.param(lambda b, h: (b + b"\n", h), id="body-whitespace"),
        pytest.param(lambda b, h: (b, {**h, "webhook-id": "msg_other"}), id="id"),
        pytest.param(
            lambda b, h: (b, {**h, "webhook-timestamp": str(int(h["webhook-timestamp"]) - 1)}),
            id="timestamp",
        ),
    ],
)
def test_a_tampered_request_is_refused(tamper: Any) -> None:
    body = event("batch.completed")
    changed_body, headers = tamper(body, signed(body))
    message = refusal(changed_body, headers)
    assert message.startswith("no valid webhook signature: none of its 1 v1 signature(s)")


# -- secrets ------------------------------------------------------------------------------------


def test_a_whsec_secret_is_the_base64_decoded_key() -> None:
    body = event("batch.completed")
    assert type(webhooks.unwrap(body, signed(body, KEY), SECRET)) is WebhookBatchCompleted
    # signed with the text of the secret instead of its key: refused
    assert refusal(body, signed(body, SECRET.encode()), SECRET).startswith("no valid")


def test_a_raw_secret_is_its_utf8_bytes() -> None:
    body = event("batch.completed")
    secret = "raw secret, not base64: ünïcode"
    assert webhooks.verify(body, signed(body, secret.encode("utf-8")), secret) is None
    assert refusal(body, signed(body, secret.encode("latin-1")), secret).startswith("no valid")


def test_the_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    body = event("batch.completed")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    assert type(webhooks.unwrap(body, signed(body))) is WebhookBatchCompleted
    # a secret passed in wins over the environment's
    assert refusal(body, signed(body), RAW_SECRET).startswith("no valid")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", RAW_SECRET)
    assert webhooks.verify(body, signed(body, RAW_SECRET.encode())) is None


@pytest.mark.parametrize("secret", [None, ""])
def test_no_secret_at_all(secret: str | None) -> None:
    body = event("batch.completed")
    message = refusal(body, signed(body), secret)
    assert message == "no webhook secret was given: pass secret= or set OPENAI_WEBHOOK_SECRET"


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not*base64", "whsec_ab=c", "whsec_ünï"])
def test_a_whsec_secret_must_hold_base64(secret: str) -> None:
    body = event("batch.completed")
    message = refusal(body, signed(body), secret)
    assert message == "the webhook secret starts with whsec_ but no base64 key follows"


def failing_requests(key: bytes) -> Iterator[tuple[str, bytes, dict[str, str]]]:
    """One request refused by each check, the signed ones signed with `key`."""
    good = event("batch.completed")
    now = int(time.time())
    yield "no signature", good, signed(good, b"wrong")
    yield "stale", good, signed(good, key, at=now - 3600)
    yield "future", good, signed(good, key, at=now + 3600)
    yield "missing header", good, {"webhook-id": MESSAGE_ID}
    yield "bad timestamp", good, {**signed(good, key), "webhook-timestamp": "later"}
    for name, body in [
        ("not JSON", b"{"),
        ("not an object", b"[]"),
        ("unknown type", event("batch.exploded")),
        ("misfit", event("batch.completed", {})),
    ]:
        yield name, body, signed(body, key)


@pytest.mark.parametrize(
    ("secret", "key"),
    [
        pytest.param(SECRET, KEY, id="whsec"),
        pytest.param(RAW_SECRET, RAW_SECRET.encode(), id="raw"),
        pytest.param("whsec_" + base64.b64encode(b"k").decode() + "!", None, id="bad-base64"),
        # the encoder's error keeps the whole string: it must not be chained to the refusal
        pytest.param("raw-\udcff-surrogate", None, id="not-utf8"),
    ],
)
def test_the_secret_is_in_no_error(secret: str, key: bytes | None) -> None:
    messages = set()
    parts = [secret, secret[6:], repr(secret)[1:-1], (key or b"").decode("latin-1")]
    for name, body, headers in failing_requests(key or b"unused"):
        with pytest.raises(oai.WebhookVerificationError) as caught:
            webhooks.unwrap(body, headers, secret)
        error: BaseException | None = caught.value
        while error is not None:  # the refusal and whatever is chained to it
            shown = f"{error} {error!r} {error.args!r} {getattr(error, 'object', '')!r}"
            shown += str(getattr(error, "object", ""))
            for part in parts:
                assert len(part) < 3 or part not in shown, name
            error = error.__cause__ or error.__context__
        messages.add(str(caught.value))
    # each check failed for its own reason (for a usable secret)
    assert len(messages) == (len(list(failing_requests(b""))) if key else 1)


# -- timestamps ---------------------------------------------------------------------------------


def test_stale_and_future_timestamps_are_refused() -> None:
    body = event("batch.completed")
    now = int(time.time())
    assert "too old: " in refusal(body, signed(body, at=now - 600))
    assert "in the future: " in refusal(body, signed(body, at=now + 600))
    assert webhooks.verify(body, signed(body, at=now - 290), SECRET) is None
    assert webhooks.verify(body, signed(body, at=now + 290), SECRET) is None


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: NOW + 0.75)


@pytest.mark.usefixtures("fixed_clock")
def test_the_tolerance_edges_are_inside() -> None:
    body = event("batch.completed")
    for at in (NOW - 300, NOW, NOW + 300):
        assert webhooks.verify(body, signed(body, at=at), SECRET) is None
    message = refusal(body, signed(body, at=NOW - 301))
    assert message == "the webhook-timestamp is too old: 301 s ago, more than the 300 s allowed"
    message = refusal(body, signed(body, at=NOW + 301))
    assert message.startswith("the webhook-timestamp is in the future: 301 s ahead")


@pytest.mark.usefixtures("fixed_clock")
def test_the_tolerance_can_be_set() -> None:
    body = event("batch.completed")
    assert webhooks.verify(body, signed(body, at=NOW - 900), SECRET, tolerance=1000) is None
    assert "too old: 61 s" in refusal(body, signed(body, at=NOW - 61), tolerance=60)
    assert "in the future: 61 s" in refusal(body, signed(body, at=NOW + 61), tolerance=60)


@pytest.mark.parametrize(
    "stamp",
    [
        "1.5",
        "17e8",
        "soon",
        "-1",
        "+1760000000",
        "1_760_000_000",
        " 1760000000",
        "\u0661\u0667",
        "9" * 5000,
    ],
)
def test_a_timestamp_that_is_not_whole_seconds_is_refused(stamp: str) -> None:
    body = event("batch.completed")
    # signed with that very stamp: only the stamp's form is wrong
    headers = {**signed(body), "webhook-timestamp": stamp}
    headers["webhook-signature"] = signature(body, stamp=stamp)
    assert refusal(body, headers).startswith(f"bad webhook-timestamp header: {stamp[:40]!r} ")


# -- bodies -------------------------------------------------------------------------------------


def test_an_unknown_event_type_is_refused() -> None:
    body = event("batch.exploded")
    message = refusal(body, signed(body))
    assert message.startswith("unknown event type 'batch.exploded' in the webhook's body; known:")
    assert "batch.completed" in message and "response.incomplete" in message
    body = json.dumps({"id": "evt_1", "data": {}}).encode()
    assert refusal(body, signed(body)).startswith("unknown event type None")


@pytest.mark.parametrize("body", [b"not json", b"", b'{"type": "batch.completed"', b"\xff{}"])
def test_a_body_that_is_not_json_is_refused(body: bytes) -> None:
    headers = signed(body)
    assert refusal(body, headers).startswith("the webhook's body is not JSON: ")


def test_a_body_that_is_not_an_object_is_refused() -> None:
    body = b'["batch.completed"]'
    assert refusal(body, signed(body)) == "the webhook's body is not a JSON object but list"


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"type": "batch.completed"}, "created_at is missing; id is missing; data is missing"),
        ({"created_at": "yesterday"}, "created_at is str, not int"),
        ({"created_at": True}, "created_at is bool, not int"),
        ({"id": None}, "id is null"),
        ({"data": {}}, "data.id is missing"),
        ({"data": {"id": 7}}, "data.id is int, not str"),
        ({"data": "batch_1"}, "data is not an object"),
        ({"object": "thing"}, "object: Unexpected value 'thing'"),
    ],
)
def test_a_body_that_does_not_fit_its_model_is_refused(
    document: dict[str, Any], problem: str
) -> None:
    payload = {**json.loads(event("batch.completed")), **document}
    if document.get("type"):
        payload = document
    body = json.dumps(payload).encode()
    message = refusal(body, signed(body))
    assert message.startswith(
        f"the webhook's body does not fit the event model WebhookBatchCompleted: {problem}"
    )


def test_a_misfit_inside_a_list_names_its_place() -> None:
    call = {"call_id": "rtc_1", "sip_headers": [{"name": "From", "value": "a"}, {"name": "To"}]}
    body = event("realtime.call.incoming", call)
    assert refusal(body, signed(body)).endswith(": data.sip_headers[1].value is missing")
    body = event("realtime.call.incoming", {**call, "sip_headers": "From: a"})
    assert refusal(body, signed(body)).endswith(": data.sip_headers is not an array")
