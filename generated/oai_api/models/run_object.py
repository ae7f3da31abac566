from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.run_object_object import RunObjectObject, check_run_object_object
from ..models.run_object_status import RunObjectStatus, check_run_object_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.run_completion_usage_type_0 import RunCompletionUsageType0
    from ..models.run_object_incomplete_details_type_0 import (
        RunObjectIncompleteDetailsType0,
    )
    from ..models.run_object_last_error_type_0 import RunObjectLastErrorType0
    from ..models.run_object_required_action_type_0 import RunObjectRequiredActionType0
    from ..models.truncation_object import TruncationObject


@_attrs_define(repr=False)
class RunObject(_OpenModel):
    """One execution of an assistant on a thread, with its status, settings, timestamps and token usage."""

    id: str

    object_: RunObjectObject

    created_at: int

    thread_id: str

    assistant_id: str

    status: RunObjectStatus

    required_action: None | RunObjectRequiredActionType0

    last_error: None | RunObjectLastErrorType0

    expires_at: int | None

    started_at: int | None

    cancelled_at: int | None

    failed_at: int | None

    completed_at: int | None

    incomplete_details: None | RunObjectIncompleteDetailsType0

    model: str

    instructions: str

    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    usage: None | RunCompletionUsageType0
    """ Token counts (prompt, completion, total) for a whole run; None until the run reaches a terminal state. """
    max_prompt_tokens: int | None

    max_completion_tokens: int | None

    truncation_strategy: None | TruncationObject

    tool_choice: AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None

    parallel_tool_calls: bool
    """ Allow the model to call several tools in one turn. """
    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    )

    temperature: float | None = None

    top_p: float | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "assistant_id",
        "cancelled_at",
        "completed_at",
        "created_at",
        "expires_at",
        "failed_at",
        "id",
        "incomplete_details",
        "instructions",
        "last_error",
        "max_completion_tokens",
        "max_prompt_tokens",
        "metadata",
        "model",
        "object",
        "parallel_tool_calls",
        "required_action",
        "response_format",
        "started_at",
        "status",
        "temperature",
        "thread_id",
        "tool_choice",
        "tools",
        "top_p",
        "truncation_strategy",
        "usage",
    )
    _tags = {"object": ("thread.run",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_run_object_object),
            ("created_at", "created_at", REQUIRED, None),
            ("thread_id", "thread_id", REQUIRED, None),
            ("assistant_id", "assistant_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_run_object_status),
            (
                "required_action",
                "required_action",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "run_object_required_action_type_0",
                        "RunObjectRequiredActionType0",
                        ("type", "submit_tool_outputs"),
                    ),
                    None,
                ),
            ),
            (
                "last_error",
                "last_error",
                REQUIRED_OR_NULL,
                one_of(
                    member("run_object_last_error_type_0", "RunObjectLastErrorType0"),
                    None,
                ),
            ),
            ("expires_at", "expires_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("started_at", "started_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("cancelled_at", "cancelled_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("failed_at", "failed_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("completed_at", "completed_at", REQUIRED_OR_NULL, one_of(int, None)),
            (
                "incomplete_details",
                "incomplete_details",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "run_object_incomplete_details_type_0",
                        "RunObjectIncompleteDetailsType0",
                    ),
                    None,
                ),
            ),
            ("model", "model", REQUIRED, None),
            ("instructions", "instructions", REQUIRED, None),
            (
                "tools",
                "tools",
                REQUIRED,
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
            ),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            (
                "usage",
                "usage",
                REQUIRED_OR_NULL,
                one_of(
                    member("run_completion_usage_type_0", "RunCompletionUsageType0"),
                    None,
                ),
            ),
            (
                "max_prompt_tokens",
                "max_prompt_tokens",
                REQUIRED_OR_NULL,
                one_of(int, None),
            ),
            (
                "max_completion_tokens",
                "max_completion_tokens",
                REQUIRED_OR_NULL,
                one_of(int, None),
            ),
            (
                "truncation_strategy",
                "truncation_strategy",
                REQUIRED_OR_NULL,
                one_of(member("truncation_object", "TruncationObject"), None),
            ),
            (
                "tool_choice",
                "tool_choice",
                REQUIRED_OR_NULL,
                one_of(
                    check_assistants_api_tool_choice_option_type_0,
                    member("assistants_named_tool_choice", "AssistantsNamedToolChoice"),
                    None,
                ),
            ),
            ("parallel_tool_calls", "parallel_tool_calls", REQUIRED, None),
            (
                "response_format",
                "response_format",
                REQUIRED_OR_NULL,
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
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
        )
