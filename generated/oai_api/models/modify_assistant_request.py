from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    OPTIONAL_OR_NULL,
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
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.metadata_type_0 import MetadataType0
    from ..models.modify_assistant_request_tool_resources_type_0 import (
        ModifyAssistantRequestToolResourcesType0,
    )
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


@_attrs_define(repr=False)
class ModifyAssistantRequest(_Model):
    """Body for updating an assistant; send only the fields to change."""

    model: AssistantSupportedModels | str | None = None
    """ New model for the assistant, as a model ID such as `gpt-4o`. """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    name: None | str = None
    """ New display name, up to 256 characters. """
    description: None | str = None
    """ New free-text summary, up to 512 characters. """
    instructions: None | str = None
    """ New system prompt, up to 256,000 characters. """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = None
    """ Replacement tool list (`code_interpreter`, `file_search`, `function`), at most 128. """
    tool_resources: ModifyAssistantRequestToolResourcesType0 | None = None
    """ Replacement files and vector stores for the assistant's tools. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 2 (default 1); higher is more varied, lower more deterministic. """
    top_p: float | None = None
    """ Nucleus sampling cutoff, 0 to 1 (default 1); tune this or `temperature`, not both. """
    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    ) = None
    """ Format the assistant's replies must follow; see `AssistantsApiResponseFormatOption`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "description",
        "instructions",
        "metadata",
        "model",
        "name",
        "reasoning_effort",
        "response_format",
        "temperature",
        "tool_resources",
        "tools",
        "top_p",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("model", "model", OPTIONAL, one_of(str, check_assistant_supported_models)),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "tools",
                "tools",
                OPTIONAL,
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
                "tool_resources",
                "tool_resources",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "modify_assistant_request_tool_resources_type_0",
                        "ModifyAssistantRequestToolResourcesType0",
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
