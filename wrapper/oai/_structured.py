"""Structured answers: the caller's own type as the shape of the reply, and the reply read into it.

`response_format=T` (chat) or `text_format=T` (Responses) asks for a reply that fits `T`, a
dataclass, attrs class, TypedDict or pydantic model. The request then carries `T`'s strict JSON
schema (`_schema`), and the answer is the generated model with the reply read into a `T`
(`_convert`, `_parsed_models`); while a reply streams, each text chunk carries the object
parsed so far (`_partial_json`). No I/O here, and nothing heavy on import: `prepare_body` runs
for every chat and Responses body, so what it needs only for a type or a function is imported
when one is met.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._chat import ContentChunk
from ._exceptions import OutputParseError
from ._responses import ResponseTextChunk

if TYPE_CHECKING:
    from ._parsed_models import ParsedChatCompletion, ParsedResponse
    from ._partial_json import PartialJSON

__all__ = ["AnswerType", "PartialAnswers", "answer_type", "prepare_body"]

T = TypeVar("T")
Api = Literal["chat", "responses"]
Selector = Callable[[Mapping[str, Any], Any], Any]

# Why a reply was cut short, by chat's `finish_reason` or Responses' `incomplete_details`.
_CUT_SHORT = {
    "length": "length",
    "max_output_tokens": "length",
    "content_filter": "content_filter",
}


def prepare_body(body: dict[str, Any], api: Api) -> AnswerType[Any] | None:
    """Swap the Python objects a body may hold for what the API reads, in place.

    Functions and `FunctionTool`s in `tools` become tool definitions; a type given as
    `response_format` (chat) or `text.format` (Responses) becomes its JSON schema, and the
    `AnswerType` that reads the reply is returned (None when the body asks for no type).
    """
    tools = body.get("tools")
    if isinstance(tools, (list, tuple)) and not all(isinstance(tool, Mapping) for tool in tools):
        from ._tools import tool_definitions

        body["tools"] = tool_definitions(tools, api)
    if api == "chat":
        given = body.get("response_format")
        if not isinstance(given, type):
            _check_format(given, "response_format")
            return None
        answer = answer_type(given)
        body["response_format"] = answer.chat_format()
        return answer
    text = body.get("text")
    given = text.get("format") if isinstance(text, Mapping) else None
    if not isinstance(given, type):
        _check_format(given, "text_format")
        return None
    answer = answer_type(given)
    body["text"] = {**text, "format": answer.text_format()}  # type: ignore[dict-item]
    return answer


def _check_format(given: object, name: str) -> None:
    if given is not None and not isinstance(given, Mapping):
        raise TypeError(
            f"{name} must be a class (dataclass, attrs, TypedDict, pydantic) or a dict;"
            f" got {given!r}"
        )


@functools.lru_cache(maxsize=256)
def answer_type(tp: type[T]) -> AnswerType[T]:
    """The schema and reader of a type, worked out once per type."""
    from ._schema import schema_for, schema_name

    return AnswerType(tp, schema_name(tp), schema_for(tp))


class AnswerType(Generic[T]):
    """A type asked for as the reply: its schema for the request, and how to read the reply."""

    __slots__ = ("name", "schema", "type")

    def __init__(self, type: type[T], name: str, schema: dict[str, Any]) -> None:
        self.type = type
        self.name = name
        self.schema = schema

    def chat_format(self) -> dict[str, Any]:
        spec = {"name": self.name, "schema": self.schema, "strict": True}
        return {"type": "json_schema", "json_schema": spec}

    def text_format(self) -> dict[str, Any]:
        return {"type": "json_schema", "name": self.name, "schema": self.schema, "strict": True}

    def read(self, text: str, where: str, response: Any) -> T:
        """The reply's JSON as a `T`; `OutputParseError` names the field that does not fit."""
        from ._convert import ConversionError, from_json

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise OutputParseError(
                f"{where}: the reply is not valid JSON ({exc})",
                reason="invalid_json",
                text=text,
                response=response,
            ) from None
        try:
            value: T = from_json(self.type, data, self.name)
        except ConversionError as exc:
            raise OutputParseError(
                f"{where}: the reply does not fit {self.name}: {exc}",
                reason="mismatch",
                text=text,
                field=exc.path,
                response=response,
            ) from None
        return value

    def parse_completion(self, data: Mapping[str, Any]) -> ParsedChatCompletion[T]:
        """A chat completion with each choice's message read into a `T` (its `parsed`).

        A refusal or a message that only calls tools has `parsed` None; a choice cut short
        (`finish_reason` "length" or "content_filter") raises, as its JSON cannot be whole.
        """
        from ._parsed_models import ParsedChatCompletion, ParsedChatMessage, ParsedChoice

        completion: ParsedChatCompletion[T] = ParsedChatCompletion.from_dict(
            {**data, "choices": []}
        )
        choices = []
        for choice_data in data.get("choices") or ():
            choice: ParsedChoice[T] = ParsedChoice.from_dict(choice_data)
            choice.message = ParsedChatMessage.from_dict(choice_data["message"])
            choices.append(choice)
        completion.choices = choices
        for choice in choices:
            message, where = choice.message, f"choices[{choice.index}]"
            if message.refusal or message.content is None:
                continue
            cut = _CUT_SHORT.get(str(choice.finish_reason))
            if cut is not None:
                raise _cut_short(where, cut, message.content, completion)
            message.parsed = self.read(message.content, where, completion)
        return completion

    def parse_response(self, data: Mapping[str, Any]) -> ParsedResponse[T]:
        """A response with its output text read into a `T` (its `output_parsed`).

        None for a refusal, a response with no text (function calls only) or one that did not
        finish (failed, queued, in progress); an incomplete one raises, as its JSON is cut.
        """
        from ._parsed_models import ParsedResponse

        response: ParsedResponse[T] = ParsedResponse.from_dict(data)
        text = response.output_text
        if response.status == "incomplete":
            details = data.get("incomplete_details")
            reason = details.get("reason") if isinstance(details, Mapping) else None
            raise _cut_short("response", _CUT_SHORT.get(str(reason), "length"), text, response)
        if response.status in ("completed", None) and text and refusal_of(data) is None:
            response.output_parsed = self.read(text, "response", response)
        return response


def _cut_short(where: str, reason: str, text: str, response: Any) -> OutputParseError:
    why = "it reached the token limit" if reason == "length" else "the content filter stopped it"
    return OutputParseError(
        f"{where}: the reply was cut short ({why}), so its JSON is incomplete",
        reason=reason,
        text=text,
        response=response,
    )


def refusal_of(data: Mapping[str, Any]) -> str | None:
    """The refusal text of a Responses answer's output messages, if the model refused."""
    for item in data.get("output") or ():
        if isinstance(item, Mapping) and item.get("type") == "message":
            for part in item.get("content") or ():
                if isinstance(part, Mapping) and part.get("type") == "refusal":
                    return str(part.get("refusal") or "")
    return None


class PartialAnswers:
    """A stream selector that gives each text chunk `partial`: the reply parsed so far.

    Wraps the selector that picks the chunks (`_chat.content_chunks`, `_responses.text_chunks`)
    and keeps one incremental parser per reply (per choice, per output part), so each chunk
    costs its own text, however long the reply has grown. `partial` is the live object being
    built (a dict for an object reply): copy it to keep a snapshot. A reply that stops being
    JSON keeps its last good `partial`; reading the whole reply at the end reports the problem.
    """

    def __init__(self, select: Selector) -> None:
        self._select = select
        self._parsers: dict[Any, PartialJSON] = {}
        self._broken: dict[Any, Any] = {}

    def __call__(self, payload: Mapping[str, Any], event: Any) -> list[Any]:
        return [self._with_partial(item) for item in self._select(payload, event)]

    def _with_partial(self, item: Any) -> Any:
        key: object
        if isinstance(item, ContentChunk):
            key = item.index
        elif isinstance(item, ResponseTextChunk):
            key = (item.output_index, item.content_index)
        else:
            return item  # a raw chunk or event model: `create_*` callbacks get them as they are
        if key in self._broken:
            return item._replace(partial=self._broken[key])
        parser = self._parsers.get(key)
        if parser is None:
            from ._partial_json import PartialJSON

            parser = self._parsers[key] = PartialJSON()
        try:
            parser.feed(item.content)
        except ValueError:
            self._broken[key] = parser.value
        return item._replace(partial=parser.value)
