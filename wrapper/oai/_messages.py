"""Checks on chat messages, made before anything is sent.

A message that the API would reject costs a round trip and, in a session, would poison the
history for every later call; so the shape of each message is checked here, once, with an error
that names the message's index and the field at fault. Only what the API's schema states is
checked: unknown extra keys pass through, since compatible servers accept their own.

A message the API returned (a `ChatCompletionResponseMessage`) is taken as history too, written
the way a request message declares it (see `_input_items`), and then checked like any other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from oai_api._model import Model

from ._arguments import kind_of
from ._input_items import is_model, message_as_input

Message = dict[str, Any]
MessageInput = Union[Mapping[str, Any], "Model"]
"""A message as callers give it: a dict, or a message model the API returned (`to_dict()`)."""

# Content part types each role may send, as the API's schema lists them.
_PART_TYPES: dict[str, frozenset[str]] = {
    "developer": frozenset({"text"}),
    "system": frozenset({"text"}),
    "user": frozenset({"text", "image_url", "input_audio", "file"}),
    "assistant": frozenset({"text", "refusal"}),
    "tool": frozenset({"text"}),
}
ROLES = (*_PART_TYPES, "function")


def validate_messages(messages: object) -> list[Message]:
    """Return `messages` as a new list of validated dicts, or raise naming the first problem.

    Dicts and returned message models may be mixed: each model becomes a dict first.
    """
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise TypeError(f"messages must be a list of message dicts, got {type(messages).__name__}")
    return [validate_message(message, f"messages[{i}]") for i, message in enumerate(messages)]


def validate_message(message: object, where: str = "message") -> Message:
    """Return a validated copy of one message; `where` names it in errors (e.g. `messages[2]`).

    A returned message model is checked as the dict it goes back as, so one that has neither
    content nor tool calls is refused as such a dict would be.
    """
    if is_model(message):
        message = message_as_input(message)
    if not isinstance(message, Mapping):
        raise TypeError(
            f"{where} must be a dict with 'role' and 'content' (or a message model the API"
            f" returned), got {kind_of(message)}"
        )
    role = message.get("role")
    if role not in ROLES:
        raise ValueError(f"{where}.role must be one of {', '.join(ROLES)}; got {role!r}")
    content = message.get("content")
    if role == "assistant":
        has_call = bool(message.get("tool_calls")) or message.get("function_call") is not None
        # An audio reply goes back as `{"audio": {"id": ...}}` alone: its words are the audio.
        spoken = isinstance(message.get("audio"), Mapping)
        if content is None and not has_call and not spoken and message.get("refusal") is None:
            raise ValueError(
                f"{where}.content is required unless the message has tool_calls (or audio)"
            )
        _check_tool_calls(message.get("tool_calls"), f"{where}.tool_calls")
    elif content is None:
        raise ValueError(f"{where}.content is required for a {role!r} message")
    if content is not None:
        _check_content(content, _PART_TYPES.get(str(role), frozenset()), f"{where}.content")
    if role == "tool" and not isinstance(message.get("tool_call_id"), str):
        raise ValueError(f"{where}.tool_call_id is required (the id of the call it answers)")
    if role == "function" and not isinstance(message.get("name"), str):
        raise ValueError(f"{where}.name is required for a 'function' message")
    name = message.get("name")
    if name is not None and not isinstance(name, str):
        raise TypeError(f"{where}.name must be a string, got {kind_of(name)}")
    return dict(message)


def _check_content(content: object, part_types: frozenset[str], where: str) -> None:
    if isinstance(content, str):
        return
    if isinstance(content, bytes) or not isinstance(content, Sequence):
        raise TypeError(
            f"{where} must be a string or a list of content parts, got {kind_of(content)}"
        )
    for i, part in enumerate(content):
        at = f"{where}[{i}]"
        if not isinstance(part, Mapping):
            raise TypeError(f"{at} must be a dict with a 'type', got {kind_of(part)}")
        kind = part.get("type")
        if kind not in part_types:
            allowed = ", ".join(sorted(part_types))
            raise ValueError(f"{at}.type must be one of {allowed} here; got {kind!r}")
        field = str(kind)
        if field in ("text", "refusal") and not isinstance(part.get(field), str):
            raise ValueError(f"{at}.{field} must be a string")
        if field in ("image_url", "input_audio", "file") and not isinstance(
            part.get(field), Mapping
        ):
            raise ValueError(f"{at}.{field} must be an object")


def _check_tool_calls(tool_calls: object, where: str) -> None:
    if tool_calls is None:
        return
    if isinstance(tool_calls, (str, bytes)) or not isinstance(tool_calls, Sequence):
        raise TypeError(f"{where} must be a list, got {kind_of(tool_calls)}")
    for i, call in enumerate(tool_calls):
        at = f"{where}[{i}]"
        if not isinstance(call, Mapping) or not isinstance(call.get("id"), str):
            raise ValueError(f"{at} must be a dict with a string 'id'")
        if call.get("type", "function") == "function":
            function = call.get("function")
            if not isinstance(function, Mapping) or not isinstance(function.get("name"), str):
                raise ValueError(f"{at}.function must be a dict with a string 'name'")
            if not isinstance(function.get("arguments", ""), str):
                raise TypeError(f"{at}.function.arguments must be a JSON string")


__all__ = [
    "ROLES",
    "Message",
    "MessageInput",
    "validate_message",
    "validate_messages",
]
