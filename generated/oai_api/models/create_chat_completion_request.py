from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="CreateChatCompletionRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionAllowedToolsChoice, \
        ChatCompletionFunctionCallOption, \
        ChatCompletionFunctions, \
        ChatCompletionNamedToolChoice, \
        ChatCompletionNamedToolChoiceCustom, \
        ChatCompletionRequestAssistantMessage, \
        ChatCompletionRequestDeveloperMessage, \
        ChatCompletionRequestFunctionMessage, \
        ChatCompletionRequestSystemMessage, \
        ChatCompletionRequestToolMessage, \
        ChatCompletionRequestUserMessage, \
        ChatCompletionStreamOptionsType0, \
        ChatCompletionTool, \
        CreateChatCompletionRequestAudioType0, \
        CreateChatCompletionRequestLogitBiasType0, \
        CreateChatCompletionRequestWebSearchOptions, \
        CustomToolChatCompletions, \
        MetadataType0, \
        ModerationParam, \
        PredictionContent, \
        PromptCacheOptionsParam, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
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

    _models_bound = True


@_attrs_define
class CreateChatCompletionRequest:
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
    metadata: MetadataType0 | None | Unset = UNSET
    """ Up to 16 string key/value tags attached to an object. """
    top_logprobs: int | None | Unset = UNSET
    """ Number of top alternatives per token (0-20). """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling probability mass (0-1). """
    user: str | Unset = UNSET
    """ Old end-user identifier; prefer the newer fields. """
    safety_identifier: None | str | Unset = UNSET
    """ Stable hashed end-user ID for abuse detection. """
    prompt_cache_key: None | str | Unset = UNSET
    """ Key to group requests for prompt caching. """
    prompt_cache_retention: (
        ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset
    ) = UNSET
    """ Old prompt cache retention setting. """
    prompt_cache_options: PromptCacheOptionsParam | Unset = UNSET
    """ Prompt caching settings for the request. """
    service_tier: None | ServiceTierType0 | Unset = UNSET
    """ Processing tier used (or requested) for the call. """
    modalities: list[ResponseModalitiesType0Item] | None | Unset = UNSET
    """ Output kinds the model should produce. """
    verbosity: None | Unset | VerbosityType0 = UNSET
    """ Preferred length/detail of the answer. """
    reasoning_effort: None | ReasoningEffortType0 | Unset = UNSET
    """ How much reasoning a reasoning model should do. """
    max_completion_tokens: int | None | Unset = UNSET
    """ Cap on generated tokens, reasoning included. """
    frequency_penalty: float | None | Unset = UNSET
    """ Penalise tokens by how often they appeared. """
    presence_penalty: float | None | Unset = UNSET
    """ Penalise tokens that appeared at all. """
    web_search_options: CreateChatCompletionRequestWebSearchOptions | Unset = UNSET
    """ Settings for the web search tool. """
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset
    ) = UNSET
    """ Format the output must follow. """
    audio: CreateChatCompletionRequestAudioType0 | None | Unset = UNSET
    """ Audio output settings (with audio modality). """
    store: bool | None | Unset = UNSET
    """ Keep the completion for later retrieval. """
    moderation: ModerationParam | None | Unset = UNSET
    """ Moderation to apply to this request. """
    stream: bool | None | Unset = UNSET
    """ Stream the reply as server-sent events. """
    stop: list[str] | None | str | Unset = UNSET
    """ One stop sequence, or up to four of them. """
    logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = UNSET
    """ Token ID to bias (-100..100) map. """
    logprobs: bool | None | Unset = UNSET
    """ Return log probabilities of output tokens. """
    max_tokens: int | None | Unset = UNSET
    """ Old cap on generated tokens. """
    n: int | None | Unset = UNSET
    """ Number of choices to generate. """
    prediction: None | PredictionContent | Unset = UNSET
    """ Predicted output to speed up the reply. """
    seed: int | None | Unset = UNSET
    """ Seed for best-effort deterministic sampling. """
    stream_options: ChatCompletionStreamOptionsType0 | None | Unset = UNSET
    """ Extra settings that apply only when streaming. """
    tools: list[ChatCompletionTool | CustomToolChatCompletions] | Unset = UNSET
    """ Tools the model may call. """
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceOptionType0
        | Unset
    ) = UNSET
    """ Which tool, if any, the model should call. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Allow the model to call several tools in one turn. """
    function_call: (
        ChatCompletionFunctionCallOption
        | CreateChatCompletionRequestFunctionCallType0
        | Unset
    ) = UNSET
    """ Legacy form of tool_choice. """
    functions: list[ChatCompletionFunctions] | Unset = UNSET
    """ Legacy form of tools. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if not isinstance(self.messages, list):
            messages = self.messages
        else:
            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if (
                    isinstance(
                        messages_item_data, ChatCompletionRequestDeveloperMessage
                    )
                    or isinstance(
                        messages_item_data, ChatCompletionRequestSystemMessage
                    )
                    or isinstance(messages_item_data, ChatCompletionRequestUserMessage)
                    or isinstance(
                        messages_item_data, ChatCompletionRequestAssistantMessage
                    )
                    or isinstance(messages_item_data, ChatCompletionRequestToolMessage)
                    or isinstance(
                        messages_item_data, ChatCompletionRequestFunctionMessage
                    )
                ):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data
                messages.append(messages_item)

        if self.model is None or isinstance(self.model, Unset):
            model = self.model
        else:
            model: str
            model = self.model

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        if not isinstance(self.prompt_cache_options, PromptCacheOptionsParam):
            prompt_cache_options = self.prompt_cache_options
        else:
            prompt_cache_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.prompt_cache_options, Unset):
                prompt_cache_options = self.prompt_cache_options.to_dict()

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for (
                componentsschemas_response_modalities_type_0_item_data
            ) in self.modalities:
                componentsschemas_response_modalities_type_0_item: str = (
                    componentsschemas_response_modalities_type_0_item_data
                )
                modalities.append(componentsschemas_response_modalities_type_0_item)

        else:
            modalities = self.modalities

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = self.verbosity

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = self.reasoning_effort

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        if not isinstance(
            self.web_search_options, CreateChatCompletionRequestWebSearchOptions
        ):
            web_search_options = self.web_search_options
        else:
            web_search_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.web_search_options, Unset):
                web_search_options = self.web_search_options.to_dict()

        if self.response_format is None or isinstance(self.response_format, Unset):
            response_format = self.response_format
        else:
            response_format: dict[str, Any] | Unset
            if isinstance(self.response_format, Unset):
                response_format = UNSET
            elif (
                isinstance(self.response_format, ResponseFormatText)
                or isinstance(self.response_format, ResponseFormatJsonSchema)
                or isinstance(self.response_format, ResponseFormatJsonObject)
            ):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, CreateChatCompletionRequestAudioType0):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ModerationParam):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CreateChatCompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, PredictionContent):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        if not isinstance(self.tools, list):
            tools = self.tools
        else:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, ChatCompletionTool) or isinstance(
                        tools_item_data, CustomToolChatCompletions
                    ):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        if self.tool_choice is None or isinstance(self.tool_choice, Unset):
            tool_choice = self.tool_choice
        else:
            tool_choice: dict[str, Any] | str | Unset
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif (
                isinstance(self.tool_choice, ChatCompletionAllowedToolsChoice)
                or isinstance(self.tool_choice, ChatCompletionNamedToolChoice)
                or isinstance(self.tool_choice, ChatCompletionNamedToolChoiceCustom)
            ):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

        if self.function_call is None or isinstance(self.function_call, Unset):
            function_call = self.function_call
        else:
            function_call: dict[str, Any] | str | Unset
            if isinstance(self.function_call, Unset):
                function_call = UNSET
            elif isinstance(self.function_call, ChatCompletionFunctionCallOption):
                function_call = self.function_call.to_dict()
            else:
                function_call = self.function_call

        if not isinstance(self.functions, list):
            functions = self.functions
        else:
            functions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.functions, Unset):
                functions = []
                for functions_item_data in self.functions:
                    if not isinstance(functions_item_data, ChatCompletionFunctions):
                        functions.append(functions_item_data)
                        continue
                    functions_item = functions_item_data.to_dict()
                    functions.append(functions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "messages": messages,
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if audio is not UNSET:
            field_dict["audio"] = audio
        if store is not UNSET:
            field_dict["store"] = store
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if functions is not UNSET:
            field_dict["functions"] = functions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _messages_raw = d.pop("messages", UNSET)
        if _messages_raw is None or isinstance(_messages_raw, Unset):
            if strict_parsing.get():
                raise KeyError("messages")

            messages = _messages_raw
        else:
            messages = []
            _messages = _messages_raw
            if not isinstance(_messages, list):
                raise TypeError()
            for messages_item_data in _messages:

                def _parse_messages_item(
                    data: object,
                ) -> (
                    ChatCompletionRequestAssistantMessage
                    | ChatCompletionRequestDeveloperMessage
                    | ChatCompletionRequestFunctionMessage
                    | ChatCompletionRequestSystemMessage
                    | ChatCompletionRequestToolMessage
                    | ChatCompletionRequestUserMessage
                ):
                    if isinstance(data, dict):
                        if data.get("role") == "developer":
                            try:
                                componentsschemas_chat_completion_request_message_type_0 = ChatCompletionRequestDeveloperMessage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_message_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "system":
                            try:
                                componentsschemas_chat_completion_request_message_type_1 = ChatCompletionRequestSystemMessage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_message_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "user":
                            try:
                                componentsschemas_chat_completion_request_message_type_2 = ChatCompletionRequestUserMessage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_message_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "assistant":
                            try:
                                componentsschemas_chat_completion_request_message_type_3 = ChatCompletionRequestAssistantMessage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_message_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "tool":
                            try:
                                componentsschemas_chat_completion_request_message_type_4 = ChatCompletionRequestToolMessage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_message_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "function":
                            try:
                                componentsschemas_chat_completion_request_message_type_5 = ChatCompletionRequestFunctionMessage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_message_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_messages_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "content",
                                    "name",
                                    "role",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "name",
                                    "role",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "name",
                                    "role",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "audio",
                                    "content",
                                    "function_call",
                                    "name",
                                    "refusal",
                                    "role",
                                    "tool_calls",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "role",
                                    "tool_call_id",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "name",
                                    "role",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("role", "developer") not in ("developer",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_chat_completion_request_message_type_0 = (
                            ChatCompletionRequestDeveloperMessage.from_dict(data)
                        )

                        return componentsschemas_chat_completion_request_message_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("role", "system") not in ("system",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_chat_completion_request_message_type_1 = (
                            ChatCompletionRequestSystemMessage.from_dict(data)
                        )

                        return componentsschemas_chat_completion_request_message_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("role", "user") not in ("user",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_chat_completion_request_message_type_2 = (
                            ChatCompletionRequestUserMessage.from_dict(data)
                        )

                        return componentsschemas_chat_completion_request_message_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("role", "assistant") not in ("assistant",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_chat_completion_request_message_type_3 = (
                            ChatCompletionRequestAssistantMessage.from_dict(data)
                        )

                        return componentsschemas_chat_completion_request_message_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("role", "tool") not in ("tool",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_chat_completion_request_message_type_4 = (
                            ChatCompletionRequestToolMessage.from_dict(data)
                        )

                        return componentsschemas_chat_completion_request_message_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("role", "function") not in ("function",):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_chat_completion_request_message_type_5 = (
                            ChatCompletionRequestFunctionMessage.from_dict(data)
                        )

                        return componentsschemas_chat_completion_request_message_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ChatCompletionRequestAssistantMessage
                        | ChatCompletionRequestDeveloperMessage
                        | ChatCompletionRequestFunctionMessage
                        | ChatCompletionRequestSystemMessage
                        | ChatCompletionRequestToolMessage
                        | ChatCompletionRequestUserMessage,
                        data,
                    )

                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if strict_parsing.get():
                raise KeyError("model")

            model = _model_raw
        else:

            def _parse_model(data: object) -> ModelIdsSharedType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_model_ids_shared_type_1 = (
                        check_model_ids_shared_type_1(data)
                    )

                    return componentsschemas_model_ids_shared_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ModelIdsSharedType1 | str, data)

            model = _parse_model(_model_raw)

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            metadata = _metadata_raw
        else:

            def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                    return componentsschemas_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(MetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            top_logprobs = _top_logprobs_raw
        else:

            def _parse_top_logprobs(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            top_logprobs = _parse_top_logprobs(_top_logprobs_raw)

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            temperature = _temperature_raw
        else:

            def _parse_temperature(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            temperature = _parse_temperature(_temperature_raw)

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            top_p = _top_p_raw
        else:

            def _parse_top_p(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            top_p = _parse_top_p(_top_p_raw)

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        _safety_identifier_raw = d.pop("safety_identifier", UNSET)
        if _safety_identifier_raw is None or isinstance(_safety_identifier_raw, Unset):
            safety_identifier = _safety_identifier_raw
        else:

            def _parse_safety_identifier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            safety_identifier = _parse_safety_identifier(_safety_identifier_raw)

        _prompt_cache_key_raw = d.pop("prompt_cache_key", UNSET)
        if _prompt_cache_key_raw is None or isinstance(_prompt_cache_key_raw, Unset):
            prompt_cache_key = _prompt_cache_key_raw
        else:

            def _parse_prompt_cache_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            prompt_cache_key = _parse_prompt_cache_key(_prompt_cache_key_raw)

        _prompt_cache_retention_raw = d.pop("prompt_cache_retention", UNSET)
        if _prompt_cache_retention_raw is None or isinstance(
            _prompt_cache_retention_raw, Unset
        ):
            prompt_cache_retention = _prompt_cache_retention_raw
        else:

            def _parse_prompt_cache_retention(
                data: object,
            ) -> ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prompt_cache_retention_type_0 = (
                        check_model_response_properties_prompt_cache_retention_type_0(
                            data
                        )
                    )

                    return prompt_cache_retention_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset,
                    data,
                )

            prompt_cache_retention = _parse_prompt_cache_retention(
                _prompt_cache_retention_raw
            )

        _prompt_cache_options_raw = d.pop("prompt_cache_options", UNSET)
        if _prompt_cache_options_raw is None or isinstance(
            _prompt_cache_options_raw, Unset
        ):
            if _prompt_cache_options_raw is None and strict_parsing.get():
                raise TypeError("prompt_cache_options")

            prompt_cache_options = _prompt_cache_options_raw
        else:
            _prompt_cache_options = _prompt_cache_options_raw
            prompt_cache_options: PromptCacheOptionsParam | Unset
            if isinstance(_prompt_cache_options, Unset):
                prompt_cache_options = UNSET
            else:
                prompt_cache_options = PromptCacheOptionsParam.from_dict(
                    _prompt_cache_options
                )

        _service_tier_raw = d.pop("service_tier", UNSET)
        if _service_tier_raw is None or isinstance(_service_tier_raw, Unset):
            service_tier = _service_tier_raw
        else:

            def _parse_service_tier(data: object) -> None | ServiceTierType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_service_tier_type_0 = check_service_tier_type_0(
                        data
                    )

                    return componentsschemas_service_tier_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | ServiceTierType0 | Unset, data)

            service_tier = _parse_service_tier(_service_tier_raw)

        _modalities_raw = d.pop("modalities", UNSET)
        if _modalities_raw is None or isinstance(_modalities_raw, Unset):
            modalities = _modalities_raw
        else:

            def _parse_modalities(
                data: object,
            ) -> list[ResponseModalitiesType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_response_modalities_type_0 = []
                    _componentsschemas_response_modalities_type_0 = data
                    if not isinstance(
                        _componentsschemas_response_modalities_type_0, list
                    ):
                        raise TypeError()
                    for (
                        componentsschemas_response_modalities_type_0_item_data
                    ) in _componentsschemas_response_modalities_type_0:
                        componentsschemas_response_modalities_type_0_item = (
                            check_response_modalities_type_0_item(
                                componentsschemas_response_modalities_type_0_item_data
                            )
                        )

                        componentsschemas_response_modalities_type_0.append(
                            componentsschemas_response_modalities_type_0_item
                        )

                    return componentsschemas_response_modalities_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[ResponseModalitiesType0Item] | None | Unset, data)

            modalities = _parse_modalities(_modalities_raw)

        _verbosity_raw = d.pop("verbosity", UNSET)
        if _verbosity_raw is None or isinstance(_verbosity_raw, Unset):
            verbosity = _verbosity_raw
        else:

            def _parse_verbosity(data: object) -> None | Unset | VerbosityType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_verbosity_type_0 = check_verbosity_type_0(data)

                    return componentsschemas_verbosity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | Unset | VerbosityType0, data)

            verbosity = _parse_verbosity(_verbosity_raw)

        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if _reasoning_effort_raw is None or isinstance(_reasoning_effort_raw, Unset):
            reasoning_effort = _reasoning_effort_raw
        else:

            def _parse_reasoning_effort(
                data: object,
            ) -> None | ReasoningEffortType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_reasoning_effort_type_0 = (
                        check_reasoning_effort_type_0(data)
                    )

                    return componentsschemas_reasoning_effort_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | ReasoningEffortType0 | Unset, data)

            reasoning_effort = _parse_reasoning_effort(_reasoning_effort_raw)

        _max_completion_tokens_raw = d.pop("max_completion_tokens", UNSET)
        if _max_completion_tokens_raw is None or isinstance(
            _max_completion_tokens_raw, Unset
        ):
            max_completion_tokens = _max_completion_tokens_raw
        else:

            def _parse_max_completion_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            max_completion_tokens = _parse_max_completion_tokens(
                _max_completion_tokens_raw
            )

        _frequency_penalty_raw = d.pop("frequency_penalty", UNSET)
        if _frequency_penalty_raw is None or isinstance(_frequency_penalty_raw, Unset):
            frequency_penalty = _frequency_penalty_raw
        else:

            def _parse_frequency_penalty(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            frequency_penalty = _parse_frequency_penalty(_frequency_penalty_raw)

        _presence_penalty_raw = d.pop("presence_penalty", UNSET)
        if _presence_penalty_raw is None or isinstance(_presence_penalty_raw, Unset):
            presence_penalty = _presence_penalty_raw
        else:

            def _parse_presence_penalty(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            presence_penalty = _parse_presence_penalty(_presence_penalty_raw)

        _web_search_options_raw = d.pop("web_search_options", UNSET)
        if _web_search_options_raw is None or isinstance(
            _web_search_options_raw, Unset
        ):
            if _web_search_options_raw is None and strict_parsing.get():
                raise TypeError("web_search_options")

            web_search_options = _web_search_options_raw
        else:
            _web_search_options = _web_search_options_raw
            web_search_options: CreateChatCompletionRequestWebSearchOptions | Unset
            if isinstance(_web_search_options, Unset):
                web_search_options = UNSET
            else:
                web_search_options = (
                    CreateChatCompletionRequestWebSearchOptions.from_dict(
                        _web_search_options
                    )
                )

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None and strict_parsing.get():
                raise TypeError("response_format")

            response_format = _response_format_raw
        else:

            def _parse_response_format(
                data: object,
            ) -> (
                ResponseFormatJsonObject
                | ResponseFormatJsonSchema
                | ResponseFormatText
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "text":
                        try:
                            response_format_type_0 = ResponseFormatText.from_dict(data)

                            return response_format_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "json_schema":
                        try:
                            response_format_type_1 = ResponseFormatJsonSchema.from_dict(
                                data
                            )

                            return response_format_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "json_object":
                        try:
                            response_format_type_2 = ResponseFormatJsonObject.from_dict(
                                data
                            )

                            return response_format_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_response_format(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "json_schema",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                    )
                else:
                    _fits = (
                        0,
                        0,
                        0,
                    )
                _most = max(_fits)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "text") not in ("text",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    response_format_type_0 = ResponseFormatText.from_dict(data)

                    return response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "json_schema") not in ("json_schema",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    response_format_type_1 = ResponseFormatJsonSchema.from_dict(data)

                    return response_format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "json_object") not in ("json_object",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    response_format_type_2 = ResponseFormatJsonObject.from_dict(data)

                    return response_format_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ResponseFormatJsonObject
                    | ResponseFormatJsonSchema
                    | ResponseFormatText
                    | Unset,
                    data,
                )

            response_format = _parse_response_format(_response_format_raw)

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            audio = _audio_raw
        else:

            def _parse_audio(
                data: object,
            ) -> CreateChatCompletionRequestAudioType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    audio_type_0 = CreateChatCompletionRequestAudioType0.from_dict(data)

                    return audio_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateChatCompletionRequestAudioType0 | None | Unset, data)

            audio = _parse_audio(_audio_raw)

        _store_raw = d.pop("store", UNSET)
        if _store_raw is None or isinstance(_store_raw, Unset):
            store = _store_raw
        else:

            def _parse_store(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            store = _parse_store(_store_raw)

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            moderation = _moderation_raw
        else:

            def _parse_moderation(data: object) -> ModerationParam | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    moderation_type_0 = ModerationParam.from_dict(data)

                    return moderation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ModerationParam | None | Unset, data)

            moderation = _parse_moderation(_moderation_raw)

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            stream = _stream_raw
        else:

            def _parse_stream(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            stream = _parse_stream(_stream_raw)

        _stop_raw = d.pop("stop", UNSET)
        if _stop_raw is None or isinstance(_stop_raw, Unset):
            stop = _stop_raw
        else:

            def _parse_stop(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_stop_configuration_type_1 = cast(list[str], data)

                    return componentsschemas_stop_configuration_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[str] | None | str | Unset, data)

            stop = _parse_stop(_stop_raw)

        _logit_bias_raw = d.pop("logit_bias", UNSET)
        if _logit_bias_raw is None or isinstance(_logit_bias_raw, Unset):
            logit_bias = _logit_bias_raw
        else:

            def _parse_logit_bias(
                data: object,
            ) -> CreateChatCompletionRequestLogitBiasType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    logit_bias_type_0 = (
                        CreateChatCompletionRequestLogitBiasType0.from_dict(data)
                    )

                    return logit_bias_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateChatCompletionRequestLogitBiasType0 | None | Unset, data
                )

            logit_bias = _parse_logit_bias(_logit_bias_raw)

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            logprobs = _logprobs_raw
        else:

            def _parse_logprobs(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            logprobs = _parse_logprobs(_logprobs_raw)

        _max_tokens_raw = d.pop("max_tokens", UNSET)
        if _max_tokens_raw is None or isinstance(_max_tokens_raw, Unset):
            max_tokens = _max_tokens_raw
        else:

            def _parse_max_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            max_tokens = _parse_max_tokens(_max_tokens_raw)

        _n_raw = d.pop("n", UNSET)
        if _n_raw is None or isinstance(_n_raw, Unset):
            n = _n_raw
        else:

            def _parse_n(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            n = _parse_n(_n_raw)

        _prediction_raw = d.pop("prediction", UNSET)
        if _prediction_raw is None or isinstance(_prediction_raw, Unset):
            prediction = _prediction_raw
        else:

            def _parse_prediction(data: object) -> None | PredictionContent | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "content":
                        try:
                            prediction_type_0 = PredictionContent.from_dict(data)

                            return prediction_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "content") not in ("content",):
                        raise TypeError()
                    prediction_type_0 = PredictionContent.from_dict(data)

                    return prediction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | PredictionContent | Unset, data)

            prediction = _parse_prediction(_prediction_raw)

        _seed_raw = d.pop("seed", UNSET)
        if _seed_raw is None or isinstance(_seed_raw, Unset):
            seed = _seed_raw
        else:

            def _parse_seed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            seed = _parse_seed(_seed_raw)

        _stream_options_raw = d.pop("stream_options", UNSET)
        if _stream_options_raw is None or isinstance(_stream_options_raw, Unset):
            stream_options = _stream_options_raw
        else:

            def _parse_stream_options(
                data: object,
            ) -> ChatCompletionStreamOptionsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_stream_options_type_0 = (
                        ChatCompletionStreamOptionsType0.from_dict(data)
                    )

                    return componentsschemas_chat_completion_stream_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ChatCompletionStreamOptionsType0 | None | Unset, data)

            stream_options = _parse_stream_options(_stream_options_raw)

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            tools = _tools_raw
        else:
            _tools = _tools_raw
            tools: list[ChatCompletionTool | CustomToolChatCompletions] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> ChatCompletionTool | CustomToolChatCompletions:
                        if isinstance(data, dict):
                            if data.get("type") == "function":
                                try:
                                    tools_item_type_0 = ChatCompletionTool.from_dict(
                                        data
                                    )

                                    return tools_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom":
                                try:
                                    tools_item_type_1 = (
                                        CustomToolChatCompletions.from_dict(data)
                                    )

                                    return tools_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_tools_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "function",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "custom",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function") not in ("function",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            tools_item_type_0 = ChatCompletionTool.from_dict(data)

                            return tools_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom") not in ("custom",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            tools_item_type_1 = CustomToolChatCompletions.from_dict(
                                data
                            )

                            return tools_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            ChatCompletionTool | CustomToolChatCompletions, data
                        )

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None and strict_parsing.get():
                raise TypeError("tool_choice")

            tool_choice = _tool_choice_raw
        else:

            def _parse_tool_choice(
                data: object,
            ) -> (
                ChatCompletionAllowedToolsChoice
                | ChatCompletionNamedToolChoice
                | ChatCompletionNamedToolChoiceCustom
                | ChatCompletionToolChoiceOptionType0
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "allowed_tools":
                        try:
                            componentsschemas_chat_completion_tool_choice_option_type_1 = ChatCompletionAllowedToolsChoice.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_tool_choice_option_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "function":
                        try:
                            componentsschemas_chat_completion_tool_choice_option_type_2 = ChatCompletionNamedToolChoice.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_tool_choice_option_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "custom":
                        try:
                            componentsschemas_chat_completion_tool_choice_option_type_3 = ChatCompletionNamedToolChoiceCustom.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_tool_choice_option_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_tool_choice(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "allowed_tools",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "function",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "custom",
                                "type",
                            }.intersection(data)
                        ),
                    )
                else:
                    _fits = (
                        0,
                        0,
                        0,
                    )
                _most = max(_fits)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_chat_completion_tool_choice_option_type_0 = (
                        check_chat_completion_tool_choice_option_type_0(data)
                    )

                    return componentsschemas_chat_completion_tool_choice_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "allowed_tools") not in ("allowed_tools",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    componentsschemas_chat_completion_tool_choice_option_type_1 = (
                        ChatCompletionAllowedToolsChoice.from_dict(data)
                    )

                    return componentsschemas_chat_completion_tool_choice_option_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "function") not in ("function",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    componentsschemas_chat_completion_tool_choice_option_type_2 = (
                        ChatCompletionNamedToolChoice.from_dict(data)
                    )

                    return componentsschemas_chat_completion_tool_choice_option_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "custom") not in ("custom",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    componentsschemas_chat_completion_tool_choice_option_type_3 = (
                        ChatCompletionNamedToolChoiceCustom.from_dict(data)
                    )

                    return componentsschemas_chat_completion_tool_choice_option_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ChatCompletionAllowedToolsChoice
                    | ChatCompletionNamedToolChoice
                    | ChatCompletionNamedToolChoiceCustom
                    | ChatCompletionToolChoiceOptionType0
                    | Unset,
                    data,
                )

            tool_choice = _parse_tool_choice(_tool_choice_raw)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        if parallel_tool_calls is None and strict_parsing.get():
            raise TypeError("parallel_tool_calls")

        _function_call_raw = d.pop("function_call", UNSET)
        if _function_call_raw is None or isinstance(_function_call_raw, Unset):
            if _function_call_raw is None and strict_parsing.get():
                raise TypeError("function_call")

            function_call = _function_call_raw
        else:

            def _parse_function_call(
                data: object,
            ) -> (
                ChatCompletionFunctionCallOption
                | CreateChatCompletionRequestFunctionCallType0
                | Unset
            ):
                if isinstance(data, Unset):
                    return data

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_function_call(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    function_call_type_0 = (
                        check_create_chat_completion_request_function_call_type_0(data)
                    )

                    return function_call_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    function_call_type_1 = ChatCompletionFunctionCallOption.from_dict(
                        data
                    )

                    return function_call_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ChatCompletionFunctionCallOption
                    | CreateChatCompletionRequestFunctionCallType0
                    | Unset,
                    data,
                )

            function_call = _parse_function_call(_function_call_raw)

        _functions_raw = d.pop("functions", UNSET)
        if _functions_raw is None or isinstance(_functions_raw, Unset):
            if _functions_raw is None and strict_parsing.get():
                raise TypeError("functions")

            functions = _functions_raw
        else:
            _functions = _functions_raw
            functions: list[ChatCompletionFunctions] | Unset = UNSET
            if _functions is not UNSET:
                functions = []
                if not isinstance(_functions, list):
                    raise TypeError()
                for functions_item_data in _functions:
                    functions_item = ChatCompletionFunctions.from_dict(
                        functions_item_data
                    )

                    functions.append(functions_item)

        create_chat_completion_request = cls(
            messages=messages,
            model=model,
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            service_tier=service_tier,
            modalities=modalities,
            verbosity=verbosity,
            reasoning_effort=reasoning_effort,
            max_completion_tokens=max_completion_tokens,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            web_search_options=web_search_options,
            response_format=response_format,
            audio=audio,
            store=store,
            moderation=moderation,
            stream=stream,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            prediction=prediction,
            seed=seed,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            function_call=function_call,
            functions=functions,
        )

        create_chat_completion_request.additional_properties = d
        return create_chat_completion_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
