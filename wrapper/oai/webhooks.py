"""Webhooks from OpenAI: proof that a request came from OpenAI, and the event it carries.

OpenAI signs its webhook requests the Standard Webhooks way: `webhook-id`, `webhook-timestamp`
(Unix seconds) and `webhook-signature`, a space-separated list of `v1,<base64 HMAC-SHA256>` of
`"{id}.{timestamp}.{body}"` under the endpoint's secret (`whsec_` and base64, as the dashboard
shows it). Several signatures may come at once while a secret is being rotated; one match is
enough.

Why each check: the signature, so that nobody else can post events to your endpoint; the
timestamp (within five minutes either way), so that a request recorded once cannot be sent
again later; the comparison in constant time (`hmac.compare_digest`), so that how long a wrong
guess takes to refuse says nothing about the right one. The body is checked as the bytes that
arrived: JSON parsed and written again would not be what was signed, so pass the raw body.

    import oai

    event = oai.webhooks.unwrap(request.body, request.headers)   # OPENAI_WEBHOOK_SECRET
    if event.type_ == "response.completed":
        print("done:", event.data.id)

Every failure raises `oai.WebhookVerificationError` saying which check failed; the secret is
in no message.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import importlib
import json
import os
import pkgutil
import time
from collections.abc import Mapping
from typing import Any

from ._exceptions import WebhookVerificationError

__all__ = ["SECRET_VARIABLE", "TOLERANCE", "WebhookEvent", "event_models", "unwrap", "verify"]

SECRET_VARIABLE = "OPENAI_WEBHOOK_SECRET"
TOLERANCE = 300
"""Seconds a webhook's timestamp may be from now, either way."""

WebhookEvent = Any
"""One of the spec's webhook event models (`WebhookBatchCompleted`, `WebhookResponseFailed`,
...): which one is known only from the body, see `event_models()`."""

_SECRET_PREFIX = "whsec_"


def verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | None = None,
    *,
    tolerance: int = TOLERANCE,
) -> None:
    """Check that `body` and `headers` are a webhook request OpenAI signed; raise if not."""
    key = _key(secret)
    found = {name.lower(): value for name, value in headers.items()}
    webhook_id, stamp, signatures = (
        _header(found, name) for name in ("webhook-id", "webhook-timestamp", "webhook-signature")
    )
    try:
        sent_at = int(stamp)
    except ValueError:
        raise WebhookVerificationError(
            f"webhook-timestamp is not a number of seconds: {stamp[:40]!r}"
        ) from None
    now = int(time.time())
    if sent_at < now - tolerance:
        raise WebhookVerificationError(
            f"the webhook's timestamp is too old: {now - sent_at} s ago, more than {tolerance}"
        )
    if sent_at > now + tolerance:
        raise WebhookVerificationError(
            f"the webhook's timestamp is in the future: {sent_at - now} s ahead, more than"
            f" {tolerance}"
        )
    raw = body.encode() if isinstance(body, str) else bytes(body)
    signed = b"%s.%s.%s" % (webhook_id.encode(), stamp.encode(), raw)
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    offered = [
        entry.partition(",")[2].encode()
        for entry in signatures.split()
        if entry.startswith("v1,")  # other versions are not ours to check
    ]
    # Every offered signature is compared, matching or not, so the time taken does not
    # depend on which one matched.
    matches = [hmac.compare_digest(expected, candidate) for candidate in offered]
    if not any(matches):
        what = "no v1 signature" if not offered else f"none of its {len(offered)} v1 signature(s)"
        raise WebhookVerificationError(
            f"the webhook's signature does not match: {what} is the body's under this secret"
        )


def unwrap(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | None = None,
    *,
    tolerance: int = TOLERANCE,
) -> WebhookEvent:
    """`verify`, then the event as the spec's model for its `type`."""
    verify(body, headers, secret, tolerance=tolerance)
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookVerificationError(f"the webhook's body is not JSON: {exc}") from None
    kind = payload.get("type") if isinstance(payload, dict) else None
    model = event_models().get(kind) if isinstance(kind, str) else None
    if model is None:
        raise WebhookVerificationError(
            f"the webhook's body is not a known event: type {kind!r}; known:"
            f" {', '.join(sorted(event_models()))}"
        )
    # Generated models read what they are given and leave out what is missing (a server may
    # omit a field); an event is only one with every field the spec requires of it.
    missing = [
        key for _, key, required, *_ in model._fields().fields if required and key not in payload
    ]
    if missing:
        raise WebhookVerificationError(
            f"the webhook's body does not fit {model.__name__}: no {', '.join(missing)}"
        )
    try:
        return model.from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise WebhookVerificationError(
            f"the webhook's body does not fit {model.__name__}: {exc}"
        ) from None


@functools.cache
def event_models() -> Mapping[str, type[Any]]:
    """Each event `type` and its generated model, found in the generated package: the
    `Webhook*` models whose `type` takes one value. Found once, on the first unwrap, so a
    client generated from a newer spec knows its new events with no change here."""
    import oai_api.models as models

    found: dict[str, type[Any]] = {}
    for module in pkgutil.iter_modules(models.__path__):
        if not module.name.startswith("webhook_"):
            continue
        loaded = importlib.import_module(f"{models.__name__}.{module.name}")
        for name, value in vars(loaded).items():
            kinds = getattr(value, "_tags", {}).get("type") if name.startswith("Webhook") else None
            if isinstance(value, type) and kinds and len(kinds) == 1:
                found[kinds[0]] = value
    return found


def _key(secret: str | None) -> bytes:
    given = secret if secret is not None else os.environ.get(SECRET_VARIABLE)
    if not given:
        raise WebhookVerificationError(f"no webhook secret: pass secret= or set {SECRET_VARIABLE}")
    if not given.startswith(_SECRET_PREFIX):
        return given.encode()
    try:
        return base64.b64decode(given[len(_SECRET_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(
            "the webhook secret starts with whsec_ but the rest is not base64"
        ) from None


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if not value:
        raise WebhookVerificationError(f"the request has no {name} header: not a webhook")
    return value
