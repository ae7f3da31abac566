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
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_messages = (
            self.messages
            if self.messages is not None or "messages" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_messages, list):
            messages = _v_messages
        else:
            messages = []
            for messages_item_data in _v_messages:
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

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, MetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        _v_top_logprobs = (
            self.top_logprobs
            if self.top_logprobs is not None or "top_logprobs" in self._none_flips
            else UNSET
        )

        top_logprobs: int | None | Unset
        if isinstance(_v_top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = _v_top_logprobs

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        _v_safety_identifier = (
            self.safety_identifier
            if self.safety_identifier is not None
            or "safety_identifier" in self._none_flips
            else UNSET
        )

        safety_identifier: None | str | Unset
        if isinstance(_v_safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = _v_safety_identifier

        _v_prompt_cache_key = (
            self.prompt_cache_key
            if self.prompt_cache_key is not None
            or "prompt_cache_key" in self._none_flips
            else UNSET
        )

        prompt_cache_key: None | str | Unset
        if isinstance(_v_prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = _v_prompt_cache_key

        _v_prompt_cache_retention = (
            self.prompt_cache_retention
            if self.prompt_cache_retention is not None
            or "prompt_cache_retention" in self._none_flips
            else UNSET
        )

        prompt_cache_retention: None | str | Unset
        if isinstance(_v_prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = _v_prompt_cache_retention

        _v_prompt_cache_options = (
            self.prompt_cache_options
            if self.prompt_cache_options is not None
            or "prompt_cache_options" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_cache_options, PromptCacheOptionsParam):
            prompt_cache_options = _v_prompt_cache_options
        else:
            prompt_cache_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_cache_options, Unset):
                prompt_cache_options = _v_prompt_cache_options.to_dict()

        _v_service_tier = (
            self.service_tier
            if self.service_tier is not None or "service_tier" in self._none_flips
            else UNSET
        )

        service_tier: None | str | Unset
        if isinstance(_v_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = _v_service_tier

        _v_modalities = (
            self.modalities
            if self.modalities is not None or "modalities" in self._none_flips
            else UNSET
        )

        modalities: list[str] | None | Unset
        if isinstance(_v_modalities, Unset):
            modalities = UNSET
        elif isinstance(_v_modalities, list):
            modalities = []
            for componentsschemas_response_modalities_type_0_item_data in _v_modalities:
                componentsschemas_response_modalities_type_0_item: str = (
                    componentsschemas_response_modalities_type_0_item_data
                )
                modalities.append(componentsschemas_response_modalities_type_0_item)

        else:
            modalities = _v_modalities

        _v_verbosity = (
            self.verbosity
            if self.verbosity is not None or "verbosity" in self._none_flips
            else UNSET
        )

        verbosity: None | str | Unset
        if isinstance(_v_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = _v_verbosity

        _v_reasoning_effort = (
            self.reasoning_effort
            if self.reasoning_effort is not None
            or "reasoning_effort" in self._none_flips
            else UNSET
        )

        reasoning_effort: None | str | Unset
        if isinstance(_v_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = _v_reasoning_effort

        _v_max_completion_tokens = (
            self.max_completion_tokens
            if self.max_completion_tokens is not None
            or "max_completion_tokens" in self._none_flips
            else UNSET
        )

        max_completion_tokens: int | None | Unset
        if isinstance(_v_max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = _v_max_completion_tokens

        _v_frequency_penalty = (
            self.frequency_penalty
            if self.frequency_penalty is not None
            or "frequency_penalty" in self._none_flips
            else UNSET
        )

        frequency_penalty: float | None | Unset
        if isinstance(_v_frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = _v_frequency_penalty

        _v_presence_penalty = (
            self.presence_penalty
            if self.presence_penalty is not None
            or "presence_penalty" in self._none_flips
            else UNSET
        )

        presence_penalty: float | None | Unset
        if isinstance(_v_presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = _v_presence_penalty

        _v_web_search_options = (
            self.web_search_options
            if self.web_search_options is not None
            or "web_search_options" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_web_search_options, CreateChatCompletionRequestWebSearchOptions
        ):
            web_search_options = _v_web_search_options
        else:
            web_search_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_web_search_options, Unset):
                web_search_options = _v_web_search_options.to_dict()

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if _v_response_format is None or isinstance(_v_response_format, Unset):
            response_format = _v_response_format
        else:
            response_format: dict[str, Any] | Unset
            if isinstance(_v_response_format, Unset):
                response_format = UNSET
            elif (
                isinstance(_v_response_format, ResponseFormatText)
                or isinstance(_v_response_format, ResponseFormatJsonSchema)
                or isinstance(_v_response_format, ResponseFormatJsonObject)
            ):
                response_format = _v_response_format.to_dict()
            else:
                response_format = _v_response_format

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        audio: dict[str, Any] | None | Unset
        if isinstance(_v_audio, Unset):
            audio = UNSET
        elif isinstance(_v_audio, CreateChatCompletionRequestAudioType0):
            audio = _v_audio.to_dict()
        else:
            audio = _v_audio

        _v_store = (
            self.store
            if self.store is not None or "store" in self._none_flips
            else UNSET
        )

        store: bool | None | Unset
        if isinstance(_v_store, Unset):
            store = UNSET
        else:
            store = _v_store

        _v_moderation = (
            self.moderation
            if self.moderation is not None or "moderation" in self._none_flips
            else UNSET
        )

        moderation: dict[str, Any] | None | Unset
        if isinstance(_v_moderation, Unset):
            moderation = UNSET
        elif isinstance(_v_moderation, ModerationParam):
            moderation = _v_moderation.to_dict()
        else:
            moderation = _v_moderation

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        _v_stop = (
            self.stop if self.stop is not None or "stop" in self._none_flips else UNSET
        )

        stop: list[str] | None | str | Unset
        if isinstance(_v_stop, Unset):
            stop = UNSET
        elif isinstance(_v_stop, list):
            stop = _v_stop

        else:
            stop = _v_stop

        _v_logit_bias = (
            self.logit_bias
            if self.logit_bias is not None or "logit_bias" in self._none_flips
            else UNSET
        )

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(_v_logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(_v_logit_bias, CreateChatCompletionRequestLogitBiasType0):
            logit_bias = _v_logit_bias.to_dict()
        else:
            logit_bias = _v_logit_bias

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        logprobs: bool | None | Unset
        if isinstance(_v_logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = _v_logprobs

        _v_max_tokens = (
            self.max_tokens
            if self.max_tokens is not None or "max_tokens" in self._none_flips
            else UNSET
        )

        max_tokens: int | None | Unset
        if isinstance(_v_max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = _v_max_tokens

        _v_n = self.n if self.n is not None or "n" in self._none_flips else UNSET

        n: int | None | Unset
        if isinstance(_v_n, Unset):
            n = UNSET
        else:
            n = _v_n

        _v_prediction = (
            self.prediction
            if self.prediction is not None or "prediction" in self._none_flips
            else UNSET
        )

        prediction: dict[str, Any] | None | Unset
        if isinstance(_v_prediction, Unset):
            prediction = UNSET
        elif isinstance(_v_prediction, PredictionContent):
            prediction = _v_prediction.to_dict()
        else:
            prediction = _v_prediction

        _v_seed = (
            self.seed if self.seed is not None or "seed" in self._none_flips else UNSET
        )

        seed: int | None | Unset
        if isinstance(_v_seed, Unset):
            seed = UNSET
        else:
            seed = _v_seed

        _v_stream_options = (
            self.stream_options
            if self.stream_options is not None or "stream_options" in self._none_flips
            else UNSET
        )

        stream_options: dict[str, Any] | None | Unset
        if isinstance(_v_stream_options, Unset):
            stream_options = UNSET
        elif isinstance(_v_stream_options, ChatCompletionStreamOptionsType0):
            stream_options = _v_stream_options.to_dict()
        else:
            stream_options = _v_stream_options

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tools, Unset):
                tools = []
                for tools_item_data in _v_tools:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, ChatCompletionTool) or isinstance(
                        tools_item_data, CustomToolChatCompletions
                    ):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        if _v_tool_choice is None or isinstance(_v_tool_choice, Unset):
            tool_choice = _v_tool_choice
        else:
            tool_choice: dict[str, Any] | str | Unset
            if isinstance(_v_tool_choice, Unset):
                tool_choice = UNSET
            elif (
                isinstance(_v_tool_choice, ChatCompletionAllowedToolsChoice)
                or isinstance(_v_tool_choice, ChatCompletionNamedToolChoice)
                or isinstance(_v_tool_choice, ChatCompletionNamedToolChoiceCustom)
            ):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

        _v_parallel_tool_calls = (
            self.parallel_tool_calls
            if self.parallel_tool_calls is not None
            or "parallel_tool_calls" in self._none_flips
            else UNSET
        )

        parallel_tool_calls = _v_parallel_tool_calls

        _v_function_call = (
            self.function_call
            if self.function_call is not None or "function_call" in self._none_flips
            else UNSET
        )

        if _v_function_call is None or isinstance(_v_function_call, Unset):
            function_call = _v_function_call
        else:
            function_call: dict[str, Any] | str | Unset
            if isinstance(_v_function_call, Unset):
                function_call = UNSET
            elif isinstance(_v_function_call, ChatCompletionFunctionCallOption):
                function_call = _v_function_call.to_dict()
            else:
                function_call = _v_function_call

        _v_functions = (
            self.functions
            if self.functions is not None or "functions" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_functions, list):
            functions = _v_functions
        else:
            functions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_functions, Unset):
                functions = []
                for functions_item_data in _v_functions:
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
        _none_flips: tuple[str, ...] = ()
        _messages_raw = d.pop("messages", UNSET)
        if _messages_raw is None or isinstance(_messages_raw, Unset):
            raise KeyError(
                "CreateChatCompletionRequest: required field messages is missing"
            )

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
            raise KeyError(
                "CreateChatCompletionRequest: required field model is missing"
            )

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
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

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
            if _top_logprobs_raw is None:
                _none_flips += ("top_logprobs",)
            top_logprobs = None

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
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

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
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

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

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        _safety_identifier_raw = d.pop("safety_identifier", UNSET)
        if _safety_identifier_raw is None or isinstance(_safety_identifier_raw, Unset):
            if _safety_identifier_raw is None:
                _none_flips += ("safety_identifier",)
            safety_identifier = None

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
            if _prompt_cache_key_raw is None:
                _none_flips += ("prompt_cache_key",)
            prompt_cache_key = None

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
            if _prompt_cache_retention_raw is None:
                _none_flips += ("prompt_cache_retention",)
            prompt_cache_retention = None

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

            if _prompt_cache_options_raw is None:
                _none_flips += ("prompt_cache_options",)
            prompt_cache_options = None

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
            if _service_tier_raw is None:
                _none_flips += ("service_tier",)
            service_tier = None

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
            if _modalities_raw is None:
                _none_flips += ("modalities",)
            modalities = None

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
            if _verbosity_raw is None:
                _none_flips += ("verbosity",)
            verbosity = None

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
            if _reasoning_effort_raw is None:
                _none_flips += ("reasoning_effort",)
            reasoning_effort = None

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
            if _max_completion_tokens_raw is None:
                _none_flips += ("max_completion_tokens",)
            max_completion_tokens = None

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
            if _frequency_penalty_raw is None:
                _none_flips += ("frequency_penalty",)
            frequency_penalty = None

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
            if _presence_penalty_raw is None:
                _none_flips += ("presence_penalty",)
            presence_penalty = None

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

            if _web_search_options_raw is None:
                _none_flips += ("web_search_options",)
            web_search_options = None

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

            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

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
            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

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
            if _store_raw is None:
                _none_flips += ("store",)
            store = None

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
            if _moderation_raw is None:
                _none_flips += ("moderation",)
            moderation = None

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
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

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
            if _stop_raw is None:
                _none_flips += ("stop",)
            stop = None

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
            if _logit_bias_raw is None:
                _none_flips += ("logit_bias",)
            logit_bias = None

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
            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

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
            if _max_tokens_raw is None:
                _none_flips += ("max_tokens",)
            max_tokens = None

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
            if _n_raw is None:
                _none_flips += ("n",)
            n = None

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
            if _prediction_raw is None:
                _none_flips += ("prediction",)
            prediction = None

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
            if _seed_raw is None:
                _none_flips += ("seed",)
            seed = None

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
            if _stream_options_raw is None:
                _none_flips += ("stream_options",)
            stream_options = None

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

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

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

            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

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

        if parallel_tool_calls is None or parallel_tool_calls is UNSET:
            if parallel_tool_calls is None:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        _function_call_raw = d.pop("function_call", UNSET)
        if _function_call_raw is None or isinstance(_function_call_raw, Unset):
            if _function_call_raw is None and strict_parsing.get():
                raise TypeError("function_call")

            if _function_call_raw is None:
                _none_flips += ("function_call",)
            function_call = None

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

            if _functions_raw is None:
                _none_flips += ("functions",)
            functions = None

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
        if _none_flips:
            create_chat_completion_request._none_flips = _none_flips

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
