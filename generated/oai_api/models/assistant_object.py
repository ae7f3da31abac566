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
from ..models.assistant_object_object import (
    AssistantObjectObject,
    check_assistant_object_object,
)
from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.assistant_object_tool_resources_type_0 import (
        AssistantObjectToolResourcesType0,
    )
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


@_attrs_define(repr=False)
class AssistantObject(_OpenModel):
    """Deprecated: an assistant, i.e. a saved model configuration with instructions and tools that runs can use."""

    id: str

    object_: AssistantObjectObject

    created_at: int

    name: None | str

    description: None | str

    model: str

    instructions: None | str

    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    tool_resources: AssistantObjectToolResourcesType0 | None = None

    temperature: float | None = None

    top_p: float | None = None

    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "description",
        "id",
        "instructions",
        "metadata",
        "model",
        "name",
        "object",
        "response_format",
        "temperature",
        "tool_resources",
        "tools",
        "top_p",
    )
    _tags = {"object": ("assistant",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_assistant_object_object),
            ("created_at", "created_at", REQUIRED, None),
            ("name", "name", REQUIRED_OR_NULL, one_of(str, None)),
            ("description", "description", REQUIRED_OR_NULL, one_of(str, None)),
            ("model", "model", REQUIRED, None),
            ("instructions", "instructions", REQUIRED_OR_NULL, one_of(str, None)),
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
                "tool_resources",
                "tool_resources",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "assistant_object_tool_resources_type_0",
                        "AssistantObjectToolResourcesType0",
                    ),
                    None,
                ),
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
        )
