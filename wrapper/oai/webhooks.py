"""Webhooks from OpenAI: proof that a request came from OpenAI, and the event it carries.

An endpoint that takes webhooks is a public URL: anyone can post to it. OpenAI therefore signs
each request the Standard Webhooks way, and a handler should act only on what `verify` or
`unwrap` accepts. The request carries `webhook-id`, `webhook-timestamp` (Unix seconds) and
`webhook-signature`, a space-separated list of `v1,<base64 HMAC-SHA256>` of
`"{id}.{timestamp}.{body}"` under the endpoint's secret (`whsec_` and base64, as the dashboard
shows it). Several signatures come at once while a secret is being rotated, so one match is
enough; entries of other versions are another scheme's and are skipped.

Why each check: the signature, so that nobody without the secret can post events; the id and
the timestamp inside what is signed, and the timestamp within five minutes of now either way,
so that a request recorded once cannot be sent again later (a receiver that also remembers the
ids it has seen refuses repeats inside the window too); the comparison in constant time
(`hmac.compare_digest`), so that how long a wrong guess takes to be refused says nothing about
the right one. The body is checked as the bytes that arrived: JSON parsed and written again
would differ from what was signed (spacing, key order, escapes), so pass the raw body.

    import oai

    event = oai.webhooks.unwrap(request.body, request.headers)   # OPENAI_WEBHOOK_SECRET
    if event.type_ == "response.completed":
        print("done:", event.data.id)

Every failure raises `oai.WebhookVerificationError` saying which check failed. No message
includes the secret, and none is raised while an exception that holds it is being handled, so
it is not in a traceback's chained exceptions either.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import hashlib
import hmac
import importlib
import json
import os
import pkgutil
import time
from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import Any, Literal, TypeAlias, get_args, get_origin

import attrs

from ._exceptions import WebhookVerificationError

__all__ = ["SECRET_VARIABLE", "TOLERANCE", "WebhookEvent", "event_models", "unwrap", "verify"]

SECRET_VARIABLE = "OPENAI_WEBHOOK_SECRET"
TOLERANCE = 300
"""Seconds a webhook's timestamp may be from now, either way (the Standard Webhooks default)."""

WebhookEvent: TypeAlias = Any
"""One of the spec's webhook event models (`WebhookBatchCompleted`, `WebhookResponseFailed`,
...). Which one is known only from the body, so the type says no more than that; narrow it
with `isinstance` or by `event.type_`. `event_models()` lists them."""

_SECRET_PREFIX = "whsec_"
_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")


def verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | None = None,
    *,
    tolerance: int = TOLERANCE,
) -> None:
    """Raise `WebhookVerificationError` unless OpenAI signed this request, recently.

    `secret` defaults to `OPENAI_WEBHOOK_SECRET`, so that it need not be in the code.
    """
    key = _key(secret)
    found = {str(name).lower(): value for name, value in headers.items()}
    webhook_id, stamp, signatures = (_header(found, name) for name in _HEADERS)
    # Digits only: `int()` would also take "+1_700_000_000" or other scripts' digits, which
    # no sender writes, and a check should not be looser than the scheme. A few digits
    # only, too: `int()` refuses a string of thousands, with an error of its own.
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 20):
        raise WebhookVerificationError(
            f"bad webhook-timestamp header: {stamp[:40]!r} is not a whole number of Unix seconds"
        )
    age = int(time.time()) - int(stamp)
    if age > tolerance:
        raise WebhookVerificationError(
            f"the webhook-timestamp is too old: {age} s ago, more than the {tolerance} s allowed"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"the webhook-timestamp is in the future: {-age} s ahead, more than the"
            f" {tolerance} s allowed"
        )
    signed = b".".join((webhook_id.encode(), stamp.encode(), _raw(body)))
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    offered = [
        entry[3:].encode()
        for entry in signatures.split()
        if entry.startswith("v1,")  # other versions are not this scheme's to check
    ]
    # Every offered signature is compared, so the time taken does not say which one matched.
    matches = [hmac.compare_digest(expected, candidate) for candidate in offered]
    if not any(matches):
        what = (
            f"none of its {len(offered)} v1 signature(s) is the body's under this secret"
            if offered
            else "webhook-signature holds no v1 signature"
        )
        raise WebhookVerificationError(f"no valid webhook signature: {what}")


def unwrap(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str | None = None,
    *,
    tolerance: int = TOLERANCE,
) -> WebhookEvent:
    """`verify`, then the event as the spec's model for its `type`.

    A signed body is still checked against its model: the generated models read tolerantly
    (what is missing reads as None), and a handler should not meet a `None` where the spec
    promises a value.
    """
    verify(body, headers, secret, tolerance=tolerance)
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:  # a UnicodeDecodeError is a ValueError
        raise WebhookVerificationError(f"the webhook's body is not JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise WebhookVerificationError(
            f"the webhook's body is not a JSON object but {type(payload).__name__}"
        )
    kind = payload.get("type")
    model = event_models().get(kind) if isinstance(kind, str) else None
    if model is None:
        raise WebhookVerificationError(
            f"unknown event type {kind!r} in the webhook's body; known:"
            f" {', '.join(sorted(event_models()))}"
        )
    problems = _misfits(model, payload, "")
    if problems:
        raise WebhookVerificationError(
            f"the webhook's body does not fit the event model {model.__name__}:"
            f" {'; '.join(problems)}"
        )
    try:
        return model.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookVerificationError(
            f"the webhook's body does not fit the event model {model.__name__}: {exc}"
        ) from None


def event_models() -> Mapping[str, type[Any]]:
    """Each event `type` and its generated model (read-only).

    Found in the generated package rather than listed here, so that a client generated from
    a newer spec knows its new events with no change to this module: the `Webhook*` models
    whose `type` field is an enum of one value. Only the `webhook_*` modules are imported
    (the generator names a model's module after it), since importing every model would
    take seconds. Done once, on first use.
    """
    return _discovered()


@functools.cache
def _discovered() -> Mapping[str, type[Any]]:
    import oai_api.models as models  # the package only: it imports its modules on demand

    found: dict[str, type[Any]] = {}
    names = sorted(m.name for m in pkgutil.iter_modules(models.__path__))
    for name in names:
        if name.startswith("webhook_"):
            module = importlib.import_module(f"{models.__name__}.{name}")
            for value in vars(module).values():
                kind = _event_type(value, module)
                if kind is not None:
                    found.setdefault(kind, value)
    return MappingProxyType(found)


def _event_type(value: Any, module: ModuleType) -> str | None:
    """The one value of a `Webhook*` model's `type` enum, for a model `module` defines."""
    if not (
        isinstance(value, type)
        and value.__module__ == module.__name__  # not a model it imports
        and value.__name__.startswith("Webhook")
        and attrs.has(value)
    ):
        return None
    field = attrs.fields_dict(value).get("type_")
    # Annotations are strings here (`from __future__ import annotations`); the enum is the
    # `Literal` alias of that name the module imports.
    enum = getattr(module, str(field.type), None) if field is not None else None
    if get_origin(enum) is not Literal or len(get_args(enum)) != 1:
        return None
    return str(get_args(enum)[0])


def _key(secret: str | None) -> bytes:
    """The HMAC key. Each refusal is raised outside any `except`, so that no exception holding
    the secret (a `UnicodeEncodeError` keeps the whole string) is chained to it."""
    given = secret if secret is not None else os.environ.get(SECRET_VARIABLE)
    if not given:
        raise WebhookVerificationError(
            f"no webhook secret was given: pass secret= or set {SECRET_VARIABLE}"
        )
    key: bytes | None = None
    if given.startswith(_SECRET_PREFIX):
        with contextlib.suppress(binascii.Error, ValueError):
            key = base64.b64decode(given[len(_SECRET_PREFIX) :], validate=True)
        if not key:
            raise WebhookVerificationError(
                "the webhook secret starts with whsec_ but no base64 key follows"
            )
        return key
    with contextlib.suppress(UnicodeEncodeError):
        key = given.encode()
    if key is None:
        raise WebhookVerificationError("the webhook secret is not text that UTF-8 can encode")
    return key


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if not value:
        raise WebhookVerificationError(f"missing header {name}: the request is not a webhook")
    return value


def _raw(body: bytes | str) -> bytes:
    """The body's bytes. A `str` is taken as UTF-8 text, the bytes of a JSON body; one that a
    framework decoded with `surrogateescape` gets its undecodable bytes back."""
    if not isinstance(body, str):
        return bytes(body)
    try:
        return body.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        pass
    raise WebhookVerificationError("the webhook's body is a str that UTF-8 cannot encode")


# A field's JSON type, by its annotation, for the fields no parser checks.
_SCALARS: dict[str, Any] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
}


def _misfits(model: type[Any], data: Mapping[str, Any], path: str) -> list[str]:
    """What in `data` breaks `model`'s schema, each problem with its path (`data.id`).

    Read off the model's table, as the generated reader reads it, and its annotations.
    """
    from oai_api._model import _MISFITS, _table, list_of

    annotations = {field.name: str(field.type) for field in attrs.fields(model)}
    problems: list[str] = []
    for name, key, required, nullable, parse, _ in _table(model).fields:
        where = path + key
        if key not in data:
            if required:
                problems.append(f"{where} is missing")
            continue
        value = data[key]
        if value is None:
            if required and not nullable:
                problems.append(f"{where} is null")
            continue
        inner = _model_of(parse)
        if isinstance(parse, list_of):
            if not isinstance(value, list):
                problems.append(f"{where} is not an array")
                continue
            item = _model_of(parse.item)
            for i, element in enumerate(value):
                if item is None:
                    break  # items of a JSON type: the reader keeps them as they are
                if isinstance(element, dict):
                    problems += _misfits(item, element, f"{where}[{i}].")
                else:
                    problems.append(f"{where}[{i}] is not an object")
        elif inner is not None:
            if isinstance(value, dict):
                problems += _misfits(inner, value, where + ".")
            else:
                problems.append(f"{where} is not an object")
        elif parse is not None:
            try:
                parse(value)
            except _MISFITS as exc:
                problems.append(f"{where}: {exc}")
        else:
            fits = _SCALARS.get(annotations.get(name, "").removesuffix(" | None"))
            if fits is not None and not fits(value):
                expected = annotations[name].removesuffix(" | None")
                problems.append(f"{where} is {type(value).__name__}, not {expected}")
    return problems


def _model_of(parse: Any) -> type[Any] | None:
    """The model a table's parser reads (it holds the model's `from_dict`), if any."""
    from oai_api._model import Model

    owner = getattr(parse, "__self__", None)
    return owner if isinstance(owner, type) and issubclass(owner, Model) else None
