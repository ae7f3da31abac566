from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


@_attrs_define(repr=False)
class CreateEvalCompletionsRunDataSourceSamplingParams(_OpenModel):
    """Sampling settings used when generating the model's outputs."""

    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    temperature: float | None = None
    """ Sampling temperature; higher values give more varied output (default 1). """
    max_completion_tokens: int | None = None
    """ Upper bound on tokens the model may generate per sample. """
    top_p: float | None = None
    """ Nucleus sampling cutoff as probability mass (default 1, meaning every token is considered). """
    seed: int | None = None
    """ Seed for the sampler, so repeated runs can match (default 42). """
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | None
    ) = None
    """ Output format to force: plain text, a JSON object, or JSON matching a given schema (Structured Outputs,
    preferred over JSON mode). """
    tools: list[ChatCompletionTool] | None = None
    """ Function tools the model may call while sampling; at most 128 functions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "max_completion_tokens",
        "reasoning_effort",
        "response_format",
        "seed",
        "temperature",
        "tools",
        "top_p",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_tool import ChatCompletionTool

        return fields(
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            ("temperature", "temperature", OPTIONAL, None),
            ("max_completion_tokens", "max_completion_tokens", OPTIONAL, None),
            ("top_p", "top_p", OPTIONAL, None),
            ("seed", "seed", OPTIONAL, None),
            (
                "response_format",
                "response_format",
                OPTIONAL,
                one_of(
                    member(
                        "response_format_text", "ResponseFormatText", ("type", "text")
                    ),
                    member(
                        "response_format_json_schema",
                        "ResponseFormatJsonSchema",
                        ("type", "json_schema"),
                    ),
                    member(
                        "response_format_json_object",
                        "ResponseFormatJsonObject",
                        ("type", "json_object"),
                    ),
                ),
            ),
            ("tools", "tools", OPTIONAL, list_of(ChatCompletionTool)),
        )
