"""POST /moderations: `moderation` requests pass the public spec's validation."""

from __future__ import annotations

from typing import Any

import httpx
from conformance_support import AUTH, Exchange, assert_accepted, assert_refused, resolve

PATH = "/moderations"


async def test_moderation_of_one_text(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.moderation("a harmless sentence"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["input"] == "a harmless sentence"


async def test_moderation_of_texts_with_a_model(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(
        anyclient.moderation(["one", "two"], {"model": "omni-moderation-latest"})
    )
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["model"] == "omni-moderation-latest"


async def test_moderation_of_text_and_image(anyclient: Any, sent: list[Exchange]) -> None:
    parts = [
        {"type": "text", "text": "a caption"},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
    ]
    result = await resolve(anyclient.moderation(parts, model="omni-moderation-latest"))
    assert_accepted(result, sent, PATH)


def test_control_missing_input_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, json={"model": "omni-moderation-latest"})
    assert_refused(response, "must have required property 'input'")


def test_control_unknown_part_type_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, json={"input": [{"type": "video"}]})
    assert_refused(response, "input must be string")
