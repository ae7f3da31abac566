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
from ..models.realtime_session_create_response_ga_include_item import (
    RealtimeSessionCreateResponseGAIncludeItem,
    check_realtime_session_create_response_ga_include_item,
)
from ..models.realtime_session_create_response_ga_max_output_tokens_type_1 import (
    RealtimeSessionCreateResponseGAMaxOutputTokensType1,
    check_realtime_session_create_response_ga_max_output_tokens_type_1,
)
from ..models.realtime_session_create_response_ga_model_type_1 import (
    RealtimeSessionCreateResponseGAModelType1,
    check_realtime_session_create_response_ga_model_type_1,
)
from ..models.realtime_session_create_response_ga_object import (
    RealtimeSessionCreateResponseGAObject,
    check_realtime_session_create_response_ga_object,
)
from ..models.realtime_session_create_response_ga_output_modalities_item import (
    RealtimeSessionCreateResponseGAOutputModalitiesItem,
    check_realtime_session_create_response_ga_output_modalities_item,
)
from ..models.realtime_session_create_response_ga_tracing_type_0_type_0 import (
    RealtimeSessionCreateResponseGATracingType0Type0,
    check_realtime_session_create_response_ga_tracing_type_0_type_0,
)
from ..models.realtime_session_create_response_ga_type import (
    RealtimeSessionCreateResponseGAType,
    check_realtime_session_create_response_ga_type,
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
    from ..models.realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,
    )
    from ..models.realtime_session_create_response_ga_tracing_type_0_type_1 import (
        RealtimeSessionCreateResponseGATracingType0Type1,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseGA(_OpenModel):
    """A GA Realtime session as the server holds it: ID, expiry, model and every effective setting."""

    type_: RealtimeSessionCreateResponseGAType

    id: str

    object_: RealtimeSessionCreateResponseGAObject

    expires_at: int | None = None

    output_modalities: (
        list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | None
    ) = None

    model: RealtimeSessionCreateResponseGAModelType1 | str | None = None

    instructions: str | None = None

    audio: RealtimeSessionCreateResponseGAAudio | None = None

    include: list[RealtimeSessionCreateResponseGAIncludeItem] | None = None

    tracing: (
        None
        | RealtimeSessionCreateResponseGATracingType0Type0
        | RealtimeSessionCreateResponseGATracingType0Type1
    ) = None

    tools: list[MCPTool | RealtimeFunctionTool] | None = None

    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | None = None

    reasoning: RealtimeReasoning | None = None
    """ Reasoning settings for Realtime models that can reason, e.g. `gpt-realtime-2`. """
    max_output_tokens: (
        int | RealtimeSessionCreateResponseGAMaxOutputTokensType1 | None
    ) = None

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
        "expires_at",
        "id",
        "include",
        "instructions",
        "max_output_tokens",
        "model",
        "object",
        "output_modalities",
        "prompt",
        "reasoning",
        "tool_choice",
        "tools",
        "tracing",
        "truncation",
        "type",
    )
    _tags = {"type": ("realtime",), "object": ("realtime.session",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_reasoning import RealtimeReasoning
        from ..models.realtime_session_create_response_ga_audio import (
            RealtimeSessionCreateResponseGAAudio,
        )

        return fields(
            ("type_", "type", REQUIRED, check_realtime_session_create_response_ga_type),
            ("id", "id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_realtime_session_create_response_ga_object,
            ),
            ("expires_at", "expires_at", OPTIONAL, None),
            (
                "output_modalities",
                "output_modalities",
                OPTIONAL,
                list_of(
                    check_realtime_session_create_response_ga_output_modalities_item
                ),
            ),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_realtime_session_create_response_ga_model_type_1),
            ),
            ("instructions", "instructions", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, RealtimeSessionCreateResponseGAAudio),
            (
                "include",
                "include",
                OPTIONAL,
                list_of(check_realtime_session_create_response_ga_include_item),
            ),
            (
                "tracing",
                "tracing",
                OPTIONAL_OR_NULL,
                one_of(
                    check_realtime_session_create_response_ga_tracing_type_0_type_0,
                    member(
                        "realtime_session_create_response_ga_tracing_type_0_type_1",
                        "RealtimeSessionCreateResponseGATracingType0Type1",
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
            ("reasoning", "reasoning", OPTIONAL, RealtimeReasoning),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(
                    int,
                    check_realtime_session_create_response_ga_max_output_tokens_type_1,
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
        )
