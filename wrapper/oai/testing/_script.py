"""Scripted answers: what the fake model says next, in whatever shape the request asks for.

A queued `Reply` is fixed bytes, blind to the request; a tool loop or a structured answer needs
the model's next move (call these tools, answer this text, refuse) played back as a chat
completion or a Responses response, streamed or not, whichever the client's request was.
`FakeOpenAI.script(*answers)` queues them; the chat and Responses endpoints take the next one
and build their usual reply around it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

__all__ = ["Answer", "refusal", "text", "tool_calls"]

_CUT_SHORT = ("length", "content_filter")


@dataclass(frozen=True)
class Answer:
    """One scripted move of the model: text, a refusal, or calls ``(name, arguments JSON)``.

    ``finish_reason`` "length" or "content_filter" plays a reply cut short: chat sends that
    reason, Responses answers ``incomplete`` with the matching ``incomplete_details``.
    """

    text: str | None = None
    refusal: str | None = None
    calls: tuple[tuple[str, str], ...] = ()
    finish_reason: str = "stop"

    @property
    def incomplete_reason(self) -> str | None:
        """Responses' ``incomplete_details.reason`` for a reply cut short, else None."""
        if self.finish_reason == "length":
            return "max_output_tokens"
        return "content_filter" if self.finish_reason == "content_filter" else None


def text(content: str, *, finish_reason: str = "stop") -> Answer:
    """The model answers ``content`` (JSON for a structured answer is text too)."""
    if finish_reason not in ("stop", *_CUT_SHORT):
        raise ValueError(f"finish_reason must be stop, length or content_filter: {finish_reason!r}")
    return Answer(text=content, finish_reason=finish_reason)


def refusal(message: str) -> Answer:
    """The model refuses, with ``message`` as its reason."""
    return Answer(refusal=message)


def tool_calls(*calls: tuple[str, Any]) -> Answer:
    """The model calls tools, all in one reply: ``(name, arguments)``, the arguments a dict
    (sent as JSON) or a string (sent as it is, to play arguments that are not valid JSON)."""
    if not calls:
        raise ValueError("tool_calls() needs at least one (name, arguments) call")
    encoded = tuple(
        (name, arguments if isinstance(arguments, str) else json.dumps(arguments))
        for name, arguments in calls
    )
    return Answer(calls=encoded, finish_reason="tool_calls")
