from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_session_create_request_ga_include_item import (
    RealtimeSessionCreateRequestGAIncludeItem,
    check_realtime_session_create_request_ga_include_item,
)
from ..models.realtime_session_create_request_ga_max_output_tokens_type_1 import (
    RealtimeSessionCreateRequestGAMaxOutputTokensType1,
    check_realtime_session_create_request_ga_max_output_tokens_type_1,
)
from ..models.realtime_session_create_request_ga_model_type_1 import (
    RealtimeSessionCreateRequestGAModelType1,
    check_realtime_session_create_request_ga_model_type_1,
)
from ..models.realtime_session_create_request_ga_output_modalities_item import (
    RealtimeSessionCreateRequestGAOutputModalitiesItem,
    check_realtime_session_create_request_ga_output_modalities_item,
)
from ..models.realtime_session_create_request_ga_tracing_type_0 import (
    RealtimeSessionCreateRequestGATracingType0,
    check_realtime_session_create_request_ga_tracing_type_0,
)
from ..models.realtime_session_create_request_ga_type import (
    RealtimeSessionCreateRequestGAType,
    check_realtime_session_create_request_ga_type,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from ..models.realtime_session_create_request_ga_tracing_type_1 import (
        RealtimeSessionCreateRequestGATracingType1,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestGA(_OpenModel):
    """Settings for a new Realtime (speech-to-speech) session: model, instructions, audio, tools, reasoning and limits."""

    type_: RealtimeSessionCreateRequestGAType
    """ Session kind; always `realtime` here. """
    output_modalities: (
        list[RealtimeSessionCreateRequestGAOutputModalitiesItem] | None
    ) = None
    """ Reply modality: `["audio"]` (default, audio with transcript) or `["text"]`; both at once is not allowed. """
    model: RealtimeSessionCreateRequestGAModelType1 | str | None = None
    """ Model ID, such as `gpt-realtime`, answering in this session. """
    instructions: str | None = None
    """ System instructions for the model's answers and voice (tone, pace, format); when unset, server defaults
    shown in `session.created` apply. """
    audio: RealtimeSessionCreateRequestGAAudio | None = None
    """ Settings for audio going in and coming out. """
    include: list[RealtimeSessionCreateRequestGAIncludeItem] | None = None
    """ Extra data in server events, e.g. `item.input_audio_transcription.logprobs` for transcription log
    probabilities. """
    tracing: (
        None
        | RealtimeSessionCreateRequestGATracingType0
        | RealtimeSessionCreateRequestGATracingType1
    ) = None
    """ Trace recording in the Traces Dashboard: `auto` for defaults, an object for custom names, or null (default)
    for none; fixed once on. """
    tools: list[MCPTool | RealtimeFunctionTool] | None = None
    """ Functions and MCP servers the model may use. """
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | None = None
    """ Tool selection: a mode such as `auto` (default), `none` or `required`, or a specific function or MCP tool to
    force. """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls at once; only reasoning Realtime models like `gpt-realtime-2` support it. """
    reasoning: RealtimeReasoning | None = None
    """ Reasoning settings for Realtime models that can reason, e.g. `gpt-realtime-2`. """
    max_output_tokens: (
        int | RealtimeSessionCreateRequestGAMaxOutputTokensType1 | None
    ) = None
    """ Cap on output tokens per response, tool calls included: 1 to 4096, or `inf` (default) for the model's
    maximum. """
    truncation: RealtimeTruncationType0 | RealtimeTruncationType1 | None = None
    """ What to do when the conversation outgrows the input token limit: `auto` drops oldest messages, `disabled`
    errors instead, or keep a set fraction. """
    prompt: None | PromptType0 = None
    """ A stored prompt template to use, with its version and variable values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "audio",
        "include",
        "instructions",
        "max_output_tokens",
        "model",
        "output_modalities",
        "parallel_tool_calls",
        "prompt",
        "reasoning",
        "tool_choice",
        "tools",
        "tracing",
        "truncation",
        "type",
    )
    _tags = {"type": ("realtime",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_reasoning import RealtimeReasoning
        from ..models.realtime_session_create_request_ga_audio import (
            RealtimeSessionCreateRequestGAAudio,
        )

        return fields(
            ("type_", "type", REQUIRED, check_realtime_session_create_request_ga_type),
            (
                "output_modalities",
                "output_modalities",
                OPTIONAL,
                list_of(
                    check_realtime_session_create_request_ga_output_modalities_item
                ),
            ),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_realtime_session_create_request_ga_model_type_1),
            ),
            ("instructions", "instructions", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, RealtimeSessionCreateRequestGAAudio),
            (
                "include",
                "include",
                OPTIONAL,
                list_of(check_realtime_session_create_request_ga_include_item),
            ),
            (
                "tracing",
                "tracing",
                OPTIONAL_OR_NULL,
                one_of(
                    check_realtime_session_create_request_ga_tracing_type_0,
                    member(
                        "realtime_session_create_request_ga_tracing_type_1",
                        "RealtimeSessionCreateRequestGATracingType1",
                    ),
                    None,
                ),
            ),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "realtime_function_tool",
                            "RealtimeFunctionTool",
                            ("type", "function"),
                        ),
                        member("mcp_tool", "MCPTool", ("type", "mcp")),
                    )
                ),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL,
                one_of(
                    check_tool_choice_options,
                    member(
                        "tool_choice_function",
                        "ToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member("tool_choice_mcp", "ToolChoiceMCP", ("type", "mcp")),
                ),
            ),
            ("parallel_tool_calls", "parallel_tool_calls", OPTIONAL, None),
            ("reasoning", "reasoning", OPTIONAL, RealtimeReasoning),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(
                    int,
                    check_realtime_session_create_request_ga_max_output_tokens_type_1,
                ),
            ),
            (
                "truncation",
                "truncation",
                OPTIONAL,
                one_of(
                    check_realtime_truncation_type_0,
                    member(
                        "realtime_truncation_type_1",
                        "RealtimeTruncationType1",
                        ("type", "retention_ratio"),
                    ),
                ),
            ),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("prompt_type_0", "PromptType0"), None),
            ),
            strict=True,
        )
