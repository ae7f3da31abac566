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
from ..models.chat_completion_tool_choice_option_type_0 import (
    ChatCompletionToolChoiceOptionType0,
    check_chat_completion_tool_choice_option_type_0,
)
from ..models.create_chat_completion_request_function_call_type_0 import (
    CreateChatCompletionRequestFunctionCallType0,
    check_create_chat_completion_request_function_call_type_0,
)
from ..models.model_ids_shared_type_1 import (
    ModelIdsSharedType1,
    check_model_ids_shared_type_1,
)
from ..models.model_response_properties_prompt_cache_retention_type_0 import (
    ModelResponsePropertiesPromptCacheRetentionType0,
    check_model_response_properties_prompt_cache_retention_type_0,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..models.response_modalities_type_0_item import (
    ResponseModalitiesType0Item,
    check_response_modalities_type_0_item,
)
from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0
from ..models.verbosity_type_0 import VerbosityType0, check_verbosity_type_0

if TYPE_CHECKING:
    from .._model import Table
    from ..models.chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice,
    )
    from ..models.chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption,
    )
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
    )
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from ..models.chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage,
    )
    from ..models.chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage,
    )
    from ..models.chat_completion_stream_options_type_0 import (
        ChatCompletionStreamOptionsType0,
    )
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.create_chat_completion_request_audio_type_0 import (
        CreateChatCompletionRequestAudioType0,
    )
    from ..models.create_chat_completion_request_logit_bias_type_0 import (
        CreateChatCompletionRequestLogitBiasType0,
    )
    from ..models.create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions,
    )
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.prediction_content import PredictionContent
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


@_attrs_define(repr=False)
class CreateChatCompletionRequest(_OpenModel):
    """Body of a chat completion request."""

    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
    ]
    """ The conversation so far. """
    model: ModelIdsSharedType1 | str
    """ Model identifier; any string, with known IDs listed. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    top_logprobs: int | None = None
    """ Number of top alternatives per token (0-20). """
    temperature: float | None = None
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None = None
    """ Nucleus sampling probability mass (0-1). """
    user: str | None = None
    """ Old end-user identifier; prefer the newer fields. """
    safety_identifier: None | str = None
    """ Stable hashed end-user ID for abuse detection. """
    prompt_cache_key: None | str = None
    """ Key to group requests for prompt caching. """
    prompt_cache_retention: ModelResponsePropertiesPromptCacheRetentionType0 | None = (
        None
    )
    """ Old prompt cache retention setting. """
    prompt_cache_options: PromptCacheOptionsParam | None = None
    """ Prompt caching settings for the request. """
    service_tier: None | ServiceTierType0 = None
    """ Processing tier used (or requested) for the call. """
    modalities: list[ResponseModalitiesType0Item] | None = None
    """ Output kinds the model should produce. """
    verbosity: None | VerbosityType0 = None
    """ Preferred length/detail of the answer. """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    max_completion_tokens: int | None = None
    """ Cap on generated tokens, reasoning included. """
    frequency_penalty: float | None = None
    """ Penalise tokens by how often they appeared. """
    presence_penalty: float | None = None
    """ Penalise tokens that appeared at all. """
    web_search_options: CreateChatCompletionRequestWebSearchOptions | None = None
    """ Settings for the web search tool. """
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | None
    ) = None
    """ Format the output must follow. """
    audio: CreateChatCompletionRequestAudioType0 | None = None
    """ Audio output settings (with audio modality). """
    store: bool | None = None
    """ Keep the completion for later retrieval. """
    moderation: ModerationParam | None = None
    """ Moderation to apply to this request. """
    stream: bool | None = None
    """ Stream the reply as server-sent events. """
    stop: list[str] | None | str = None
    """ One stop sequence, or up to four of them. """
    logit_bias: CreateChatCompletionRequestLogitBiasType0 | None = None
    """ Token ID to bias (-100..100) map. """
    logprobs: bool | None = None
    """ Return log probabilities of output tokens. """
    max_tokens: int | None = None
    """ Old cap on generated tokens. """
    n: int | None = None
    """ Number of choices to generate. """
    prediction: None | PredictionContent = None
    """ Predicted output to speed up the reply. """
    seed: int | None = None
    """ Seed for best-effort deterministic sampling. """
    stream_options: ChatCompletionStreamOptionsType0 | None = None
    """ Extra settings that apply only when streaming. """
    tools: list[ChatCompletionTool | CustomToolChatCompletions] | None = None
    """ Tools the model may call. """
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceOptionType0
        | None
    ) = None
    """ Which tool, if any, the model should call. """
    parallel_tool_calls: bool | None = None
    """ Allow the model to call several tools in one turn. """
    function_call: (
        ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType0
        | None
    ) = None
    """ Legacy form of tool_choice. """
    functions: list[ChatCompletionFunctions] | None = None
    """ Legacy form of tools. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "audio",
        "frequency_penalty",
        "function_call",
        "functions",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "messages",
        "metadata",
        "modalities",
        "model",
        "moderation",
        "n",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning_effort",
        "response_format",
        "safety_identifier",
        "seed",
        "service_tier",
        "stop",
        "store",
        "stream",
        "stream_options",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "user",
        "verbosity",
        "web_search_options",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.chat_completion_functions import ChatCompletionFunctions
        from ..models.create_chat_completion_request_web_search_options import (
            CreateChatCompletionRequestWebSearchOptions,
        )
        from ..models.prompt_cache_options_param import PromptCacheOptionsParam

        return fields(
            (
                "messages",
                "messages",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "chat_completion_request_developer_message",
                            "ChatCompletionRequestDeveloperMessage",
                            ("role", "developer"),
                        ),
                        member(
                            "chat_completion_request_system_message",
                            "ChatCompletionRequestSystemMessage",
                            ("role", "system"),
                        ),
                        member(
                            "chat_completion_request_user_message",
                            "ChatCompletionRequestUserMessage",
                            ("role", "user"),
                        ),
                        member(
                            "chat_completion_request_assistant_message",
                            "ChatCompletionRequestAssistantMessage",
                            ("role", "assistant"),
                        ),
                        member(
                            "chat_completion_request_tool_message",
                            "ChatCompletionRequestToolMessage",
                            ("role", "tool"),
                        ),
                        member(
                            "chat_completion_request_function_message",
                            "ChatCompletionRequestFunctionMessage",
                            ("role", "function"),
                        ),
                    )
                ),
            ),
            ("model", "model", REQUIRED, one_of(str, check_model_ids_shared_type_1)),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("top_logprobs", "top_logprobs", OPTIONAL_OR_NULL, one_of(int, None)),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("user", "user", OPTIONAL, None),
            (
                "safety_identifier",
                "safety_identifier",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "prompt_cache_key",
                "prompt_cache_key",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "prompt_cache_retention",
                "prompt_cache_retention",
                OPTIONAL_OR_NULL,
                one_of(
                    check_model_response_properties_prompt_cache_retention_type_0, None
                ),
            ),
            (
                "prompt_cache_options",
                "prompt_cache_options",
                OPTIONAL,
                PromptCacheOptionsParam,
            ),
            (
                "service_tier",
                "service_tier",
                OPTIONAL_OR_NULL,
                one_of(check_service_tier_type_0, None),
            ),
            (
                "modalities",
                "modalities",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_response_modalities_type_0_item), None),
            ),
            (
                "verbosity",
                "verbosity",
                OPTIONAL_OR_NULL,
                one_of(check_verbosity_type_0, None),
            ),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            (
                "max_completion_tokens",
                "max_completion_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            (
                "frequency_penalty",
                "frequency_penalty",
                OPTIONAL_OR_NULL,
                one_of(float, None),
            ),
            (
                "presence_penalty",
                "presence_penalty",
                OPTIONAL_OR_NULL,
                one_of(float, None),
            ),
            (
                "web_search_options",
                "web_search_options",
                OPTIONAL,
                CreateChatCompletionRequestWebSearchOptions,
            ),
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
            (
                "audio",
                "audio",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_chat_completion_request_audio_type_0",
                        "CreateChatCompletionRequestAudioType0",
                    ),
                    None,
                ),
            ),
            ("store", "store", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "moderation",
                "moderation",
                OPTIONAL_OR_NULL,
                one_of(member("moderation_param", "ModerationParam"), None),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("stop", "stop", OPTIONAL_OR_NULL, one_of(str, None, list_of(None))),
            (
                "logit_bias",
                "logit_bias",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "create_chat_completion_request_logit_bias_type_0",
                        "CreateChatCompletionRequestLogitBiasType0",
                    ),
                    None,
                ),
            ),
            ("logprobs", "logprobs", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("max_tokens", "max_tokens", OPTIONAL_OR_NULL, one_of(int, None)),
            ("n", "n", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "prediction",
                "prediction",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "prediction_content", "PredictionContent", ("type", "content")
                    ),
                    None,
                ),
            ),
            ("seed", "seed", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "stream_options",
                "stream_options",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "chat_completion_stream_options_type_0",
                        "ChatCompletionStreamOptionsType0",
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
                            "chat_completion_tool",
                            "ChatCompletionTool",
                            ("type", "function"),
                        ),
                        member(
                            "custom_tool_chat_completions",
                            "CustomToolChatCompletions",
                            ("type", "custom"),
                        ),
                    )
                ),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL,
                one_of(
                    check_chat_completion_tool_choice_option_type_0,
                    member(
                        "chat_completion_allowed_tools_choice",
                        "ChatCompletionAllowedToolsChoice",
                        ("type", "allowed_tools"),
                    ),
                    member(
                        "chat_completion_named_tool_choice",
                        "ChatCompletionNamedToolChoice",
                        ("type", "function"),
                    ),
                    member(
                        "chat_completion_named_tool_choice_custom",
                        "ChatCompletionNamedToolChoiceCustom",
                        ("type", "custom"),
                    ),
                ),
            ),
            ("parallel_tool_calls", "parallel_tool_calls", OPTIONAL, None),
            (
                "function_call",
                "function_call",
                OPTIONAL,
                one_of(
                    check_create_chat_completion_request_function_call_type_0,
                    member(
                        "chat_completion_function_call_option",
                        "ChatCompletionFunctionCallOption",
                    ),
                ),
            ),
            ("functions", "functions", OPTIONAL, list_of(ChatCompletionFunctions)),
            strict=True,
        )
