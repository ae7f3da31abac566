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
from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.create_thread_and_run_request_model_type_1 import (
    CreateThreadAndRunRequestModelType1,
    check_create_thread_and_run_request_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_thread_and_run_request_tool_resources_type_0 import (
        CreateThreadAndRunRequestToolResourcesType0,
    )
    from ..models.create_thread_request import CreateThreadRequest
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.truncation_object import TruncationObject


@_attrs_define(repr=False)
class CreateThreadAndRunRequest(_Model):
    """Body for creating a thread and running an assistant on it in one call."""

    assistant_id: str
    """ ID of the assistant that executes the run. """
    thread: CreateThreadRequest | None = None
    """ Body for a new thread: starting messages, tool resources and metadata; all optional, so an empty thread is
    fine. """
    model: CreateThreadAndRunRequestModelType1 | None | str = None
    """ Model for this run only; when omitted the assistant's own model is used. """
    instructions: None | str = None
    """ Replaces the assistant's system instructions for this run only. """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = None
    """ Replaces the assistant's tools for this run only; at most 20. """
    tool_resources: CreateThreadAndRunRequestToolResourcesType0 | None = None
    """ Files and vector stores for the tools in this run: file IDs for code interpreter, vector store IDs for file
    search. """
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
        "assistant_id",
        "instructions",
        "max_completion_tokens",
        "max_prompt_tokens",
        "metadata",
        "model",
        "parallel_tool_calls",
        "response_format",
        "stream",
        "temperature",
        "thread",
        "tool_choice",
        "tool_resources",
        "tools",
        "top_p",
        "truncation_strategy",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.create_thread_request import CreateThreadRequest

        return fields(
            ("assistant_id", "assistant_id", REQUIRED, None),
            ("thread", "thread", OPTIONAL, CreateThreadRequest),
            (
                "model",
                "model",
                OPTIONAL_OR_NULL,
                one_of(str, check_create_thread_and_run_request_model_type_1, None),
            ),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
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
                "tool_resources",
                "tool_resources",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_thread_and_run_request_tool_resources_type_0",
                        "CreateThreadAndRunRequestToolResourcesType0",
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
