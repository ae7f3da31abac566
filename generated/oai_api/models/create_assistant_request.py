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
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.create_assistant_request_tool_resources_type_0 import (
        CreateAssistantRequestToolResourcesType0,
    )
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


@_attrs_define(repr=False)
class CreateAssistantRequest(_Model):
    """Body for creating an assistant: a required model plus optional name, instructions, tools and sampling settings."""

    model: AssistantSupportedModels | str
    """ Model the assistant uses, as a model ID such as `gpt-4o`. """
    name: None | str = None
    """ Display name of the assistant, up to 256 characters; None leaves it unnamed. """
    description: None | str = None
    """ Free-text summary of the assistant, up to 512 characters. """
    instructions: None | str = None
    """ System prompt the assistant follows, up to 256,000 characters. """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = None
    """ Tools to enable (`code_interpreter`, `file_search`, `function`), at most 128; none by default. """
    tool_resources: CreateAssistantRequestToolResourcesType0 | None = None
    """ Files and vector stores given to the assistant's tools: file IDs for code interpreter, vector store IDs for
    file search. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 2 (default 1); higher is more varied, lower more deterministic. """
    top_p: float | None = None
    """ Nucleus sampling cutoff, 0 to 1 (default 1): only tokens in the top `top_p` probability mass are sampled.
    Tune this or `temperature`, not both. """
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
            ("model", "model", REQUIRED, one_of(str, check_assistant_supported_models)),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("description", "description", OPTIONAL_OR_NULL, one_of(str, None)),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
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
                        "create_assistant_request_tool_resources_type_0",
                        "CreateAssistantRequestToolResourcesType0",
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
