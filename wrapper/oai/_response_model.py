"""`oai.Response`: the generated Responses API model, with the helpers lua-openai adds.

It sits in a module of its own, needing only the generated package, so that the operation
table (`_operations`) can name it as the model the Responses operations parse into.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from oai_api.models.function_tool_call import FunctionToolCall
from oai_api.models.image_gen_tool_call import ImageGenToolCall
from oai_api.models.output_message import OutputMessage
from oai_api.models.output_text_content import OutputTextContent
from oai_api.models.response import Response as GeneratedResponse


class Response(GeneratedResponse):
    """The generated `Response` model, plus the helpers lua-openai adds to a response.

    It parses with the generated `from_dict` and is in every way that model; only `output_text`,
    `images()` and `function_calls()` are added, each read off `output`.
    """

    __slots__ = ("_sent_output_text",)

    @property
    def output_text(self) -> str:
        """The text of every `output_text` part of every output message, joined."""
        return "".join(part.text for part in self._text_parts() if isinstance(part.text, str))

    @output_text.setter
    def output_text(self, value: object) -> None:
        # The spec lists `output_text` as a field of its own (one servers leave out); whatever
        # the generated constructor is given for it, the text above is computed from `output`.
        # What was sent is kept, so that `to_dict()` gives the answer back as it came.
        self._sent_output_text = value

    def to_dict(self) -> dict[str, Any]:
        """The response as the server sent it: with `output_text` only if it was sent."""
        data = super().to_dict()
        sent = getattr(self, "_sent_output_text", None)
        if sent is None:
            data.pop("output_text", None)
        else:
            data["output_text"] = sent
        return data

    def __getstate__(self) -> dict[str, Any]:
        # A copy (or a pickle) carries what was sent, not the text computed from `output`.
        state: dict[str, Any] = dict(super().__getstate__())  # type: ignore[call-overload]
        state["output_text"] = getattr(self, "_sent_output_text", None)
        return state

    def images(self) -> list[str]:
        """The base64 image of each finished `image_generation_call` item, in output order."""
        return [
            item.result
            for item in self._output()
            if isinstance(item, ImageGenToolCall) and isinstance(item.result, str)
        ]

    def function_calls(self) -> list[FunctionToolCall]:
        """The `function_call` items, to answer each with a `function_call_output` item."""
        return [item for item in self._output() if isinstance(item, FunctionToolCall)]

    def _output(self) -> Sequence[Any]:
        output = self.output
        return output if isinstance(output, list) else ()

    def _text_parts(self) -> Iterator[OutputTextContent]:
        for item in self._output():
            if isinstance(item, OutputMessage) and isinstance(item.content, list):
                for part in item.content:
                    if isinstance(part, OutputTextContent):
                        yield part


def parse_response(data: Mapping[str, Any]) -> Response:
    return Response.from_dict(data)


__all__ = ["Response", "parse_response"]
