from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model
from ..models.assistant_supported_models import (
    AssistantSupportedModels,
    check_assistant_supported_models,
)
from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_message_request import CreateMessageRequest
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.truncation_object import TruncationObject


@_attrs_define(repr=False)
class CreateRunRequest(_Model):
    """Body for starting a run: which assistant to use, plus optional per-run overrides."""

    assistant_id: str
    """ ID of the assistant that executes the run. """
    model: AssistantSupportedModels | None | str = None
    """ Model for this run only; when omitted the assistant's own model is used. """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    instructions: None | str = None
    """ Replaces the assistant's instructions for this run only. """
    additional_instructions: None | str = None
    """ Text appended after the instructions for this run, leaving the rest unchanged. """
    additional_messages: list[CreateMessageRequest] | None = None
    """ Messages added to the thread just before the run starts. """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = None
    """ Replaces the assistant's tools for this run only; at most 20. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 2 (default 1); higher is more varied, lower more deterministic. """
    top_p: float | None = None
    """ Nucleus sampling cutoff, 0 to 1 (default 1); tune this or `temperature`, not both. """
    stream: bool | None = None
    """ When true, the run's events arrive as server-sent events, closing with `data: [DONE]` once the run finishes.
    """
    max_prompt_tokens: int | None = None
    """ Best-effort cap on prompt tokens across all turns of the run (at least 256); going over ends it as
    `incomplete`. """
    max_completion_tokens: int | None = None
    """ Best-effort cap on completion tokens across all turns of the run (at least 256); going over ends it as
    `incomplete`. """
    truncation_strategy: None | TruncationObject = None
    """ How the thread is trimmed to fit the context window before the run. """
    tool_choice: (
        AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None
    ) = None
    """ Whether and which tool the model must call during this run. """
    parallel_tool_calls: bool | None = None
    """ Allow the model to call several tools in one turn. """
    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    ) = None
    """ Format the run's replies must follow; see `AssistantsApiResponseFormatOption`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "additional_instructions",
        "additional_messages",
        "assistant_id",
        "instructions",
        "max_completion_tokens",
        "max_prompt_tokens",
        "metadata",
        "model",
        "parallel_tool_calls",
        "reasoning_effort",
        "response_format",
        "stream",
        "temperature",
        "tool_choice",
        "tools",
        "top_p",
        "truncation_strategy",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.create_message_request import CreateMessageRequest

        return fields(
            ("assistant_id", "assistant_id", REQUIRED, None),
            (
                "model",
                "model",
                OPTIONAL_OR_NULL,
                one_of(str, check_assistant_supported_models, None),
            ),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "additional_instructions",
                "additional_instructions",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "additional_messages",
                "additional_messages",
                OPTIONAL_OR_NULL,
                one_of(list_of(CreateMessageRequest), None),
            ),
            (
                "tools",
                "tools",
                OPTIONAL_OR_NULL,
                one_of(
                    list_of(
                        one_of(
                            member(
                                "assistant_tools_code",
                                "AssistantToolsCode",
                                ("type", "code_interpreter"),
                            ),
                            member(
                                "assistant_tools_file_search",
                                "AssistantToolsFileSearch",
                                ("type", "file_search"),
                            ),
                            member(
                                "assistant_tools_function",
                                "AssistantToolsFunction",
                                ("type", "function"),
                            ),
                        )
                    ),
                    None,
                ),
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "max_prompt_tokens",
                "max_prompt_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            (
                "max_completion_tokens",
                "max_completion_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            (
                "truncation_strategy",
                "truncation_strategy",
                OPTIONAL_OR_NULL,
                one_of(member("truncation_object", "TruncationObject"), None),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL_OR_NULL,
                one_of(
                    check_assistants_api_tool_choice_option_type_0,
                    member("assistants_named_tool_choice", "AssistantsNamedToolChoice"),
                    None,
                ),
            ),
            ("parallel_tool_calls", "parallel_tool_calls", OPTIONAL, None),
            (
                "response_format",
                "response_format",
                OPTIONAL_OR_NULL,
                one_of(
                    check_assistants_api_response_format_option_type_0,
                    member(
                        "response_format_text", "ResponseFormatText", ("type", "text")
                    ),
                    member(
                        "response_format_json_object",
                        "ResponseFormatJsonObject",
                        ("type", "json_object"),
                    ),
                    member(
                        "response_format_json_schema",
                        "ResponseFormatJsonSchema",
                        ("type", "json_schema"),
                    ),
                    None,
                ),
            ),
            extra=DROP,
            strict=True,
        )
