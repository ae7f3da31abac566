"""Bad input is a ValueError or TypeError naming the argument, raised before anything is sent."""

from __future__ import annotations

import math
from typing import Any

import httpx
import oai
import pytest
from faults_support import API_KEY, HELLO, resolve
from oai.testing import FakeOpenAI

USER = {"role": "user", "content": "Hi"}

CALLS: dict[str, tuple[Any, type[Exception], str]] = {
    "messages not a list": (lambda c: c.chat("Hi"), TypeError, "messages must be a list"),
    "a message not a dict": (lambda c: c.chat(["Hi"]), TypeError, r"messages\[0\]"),
    "a message without a role": (
        lambda c: c.chat([{"content": "Hi"}]),
        ValueError,
        r"messages\[0\]\.role",
    ),
    "an unknown role": (
        lambda c: c.chat([{"role": "wizard", "content": "Hi"}]),
        ValueError,
        r"messages\[0\]\.role .* got 'wizard'",
    ),
    "content of the wrong type": (
        lambda c: c.chat([{"role": "user", "content": 5}]),
        TypeError,
        r"messages\[0\]\.content",
    ),
    "a value JSON cannot hold": (
        lambda c: c.chat([USER], metadata={"when": object()}),
        TypeError,
        "request field 'metadata' cannot be sent as JSON",
    ),
    "a NaN": (
        lambda c: c.chat([USER], temperature=math.nan),
        ValueError,
        "request field 'temperature' cannot be sent as JSON",
    ),
    "an unknown field": (lambda c: c.chat([USER], temprature=1), ValueError, "temprature"),
    "options not a dict": (lambda c: c.chat([USER], ["stream"]), TypeError, "options"),
    "a callback that is not callable": (lambda c: c.chat([USER], None, 5), TypeError, "callback"),
    "a file that does not exist": (
        lambda c: c.upload_file("/nonexistent/data.jsonl", "batch"),
        ValueError,
        "file '/nonexistent/data.jsonl' does not exist",
    ),
    "an empty id": (lambda c: c.model(""), ValueError, "model_id"),
    "a session message of the wrong type": (
        lambda c: c.new_chat_session().send(5),
        TypeError,
        "message must be",
    ),
}


@pytest.mark.parametrize("case", list(CALLS))
async def test_bad_input_is_refused_before_anything_is_sent(
    anyclient: Any, server: FakeOpenAI, case: str
) -> None:
    call, kind, pattern = CALLS[case]
    with pytest.raises(kind, match=pattern):
        await resolve(call(anyclient))
    assert server.received == 0


SETTINGS: dict[str, tuple[dict[str, Any], type[Exception], str]] = {
    "a zero timeout": ({"timeout": 0}, ValueError, "timeout must be positive"),
    "a negative timeout": ({"timeout": -5}, ValueError, "timeout must be positive"),
    "a zero read timeout": (
        {"timeout": httpx.Timeout(5.0, read=0.0)},
        ValueError,
        "timeout must be positive",
    ),
    "a timeout in words": ({"timeout": "soon"}, TypeError, "timeout"),
    "negative retries": ({"max_retries": -1}, ValueError, "max_retries"),
    "retries as text": ({"max_retries": "2"}, TypeError, "max_retries"),
    "a retry policy of the wrong type": ({"retry_policy": 3}, TypeError, "retry_policy"),
    "headers not a dict": ({"default_headers": "X-A: 1"}, TypeError, "default_headers"),
    "an empty default model": ({"default_model": ""}, ValueError, "default_model"),
}


@pytest.mark.parametrize("case", list(SETTINGS))
@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
def test_bad_client_settings_are_refused_naming_the_argument(
    cls: Any, server: FakeOpenAI, case: str
) -> None:
    settings, kind, pattern = SETTINGS[case]
    with pytest.raises(kind, match=pattern):
        cls(API_KEY, base_url=server.base_url, **settings)
    assert server.received == 0


async def test_the_client_works_after_refusing_bad_input(
    anyclient: Any, server: FakeOpenAI
) -> None:
    with pytest.raises(TypeError):
        await resolve(anyclient.chat([{"role": "user", "content": 5}]))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert server.received == 1
