"""Contains all the data models used in inputs/outputs"""

from .chat_completion_allowed_tools import ChatCompletionAllowedTools
from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
from .chat_completion_allowed_tools_choice_type import (
    ChatCompletionAllowedToolsChoiceType,
)
from .chat_completion_allowed_tools_mode import ChatCompletionAllowedToolsMode
from .chat_completion_allowed_tools_tools_item import (
    ChatCompletionAllowedToolsToolsItem,
)
from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
from .chat_completion_functions import ChatCompletionFunctions
from .chat_completion_message_custom_tool_call import (
    ChatCompletionMessageCustomToolCall,
)
from .chat_completion_message_custom_tool_call_custom import (
    ChatCompletionMessageCustomToolCallCustom,
)
from .chat_completion_message_custom_tool_call_type import (
    ChatCompletionMessageCustomToolCallType,
)
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
from .chat_completion_message_tool_call_chunk_function import (
    ChatCompletionMessageToolCallChunkFunction,
)
from .chat_completion_message_tool_call_chunk_type import (
    ChatCompletionMessageToolCallChunkType,
)
from .chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,
)
from .chat_completion_message_tool_call_type import ChatCompletionMessageToolCallType
from .chat_completion_moderation import ChatCompletionModeration
from .chat_completion_moderation_error import ChatCompletionModerationError
from .chat_completion_moderation_error_type import ChatCompletionModerationErrorType
from .chat_completion_moderation_results import ChatCompletionModerationResults
from .chat_completion_moderation_results_type import ChatCompletionModerationResultsType
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_named_tool_choice_custom import (
    ChatCompletionNamedToolChoiceCustom,
)
from .chat_completion_named_tool_choice_custom_custom import (
    ChatCompletionNamedToolChoiceCustomCustom,
)
from .chat_completion_named_tool_choice_custom_type import (
    ChatCompletionNamedToolChoiceCustomType,
)
from .chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,
)
from .chat_completion_named_tool_choice_type import ChatCompletionNamedToolChoiceType
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
)
from .chat_completion_request_assistant_message_audio_type_0 import (
    ChatCompletionRequestAssistantMessageAudioType0,
)
from .chat_completion_request_assistant_message_function_call_type_0 import (
    ChatCompletionRequestAssistantMessageFunctionCallType0,
)
from .chat_completion_request_assistant_message_role import (
    ChatCompletionRequestAssistantMessageRole,
)
from .chat_completion_request_developer_message import (
    ChatCompletionRequestDeveloperMessage,
)
from .chat_completion_request_developer_message_role import (
    ChatCompletionRequestDeveloperMessageRole,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,
)
from .chat_completion_request_function_message_role import (
    ChatCompletionRequestFunctionMessageRole,
)
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,
)
from .chat_completion_request_message_content_part_audio_input_audio import (
    ChatCompletionRequestMessageContentPartAudioInputAudio,
)
from .chat_completion_request_message_content_part_audio_input_audio_format import (
    ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
)
from .chat_completion_request_message_content_part_audio_type import (
    ChatCompletionRequestMessageContentPartAudioType,
)
from .chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile,
)
from .chat_completion_request_message_content_part_file_file import (
    ChatCompletionRequestMessageContentPartFileFile,
)
from .chat_completion_request_message_content_part_file_type import (
    ChatCompletionRequestMessageContentPartFileType,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_image_image_url import (
    ChatCompletionRequestMessageContentPartImageImageUrl,
)
from .chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail,
)
from .chat_completion_request_message_content_part_image_type import (
    ChatCompletionRequestMessageContentPartImageType,
)
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,
)
from .chat_completion_request_message_content_part_refusal_type import (
    ChatCompletionRequestMessageContentPartRefusalType,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_message_content_part_text_type import (
    ChatCompletionRequestMessageContentPartTextType,
)
from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
from .chat_completion_request_system_message_role import (
    ChatCompletionRequestSystemMessageRole,
)
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
from .chat_completion_request_tool_message_role import (
    ChatCompletionRequestToolMessageRole,
)
from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
from .chat_completion_request_user_message_role import (
    ChatCompletionRequestUserMessageRole,
)
from .chat_completion_response_message import ChatCompletionResponseMessage
from .chat_completion_response_message_annotations_item import (
    ChatCompletionResponseMessageAnnotationsItem,
)
from .chat_completion_response_message_annotations_item_type import (
    ChatCompletionResponseMessageAnnotationsItemType,
)
from .chat_completion_response_message_annotations_item_url_citation import (
    ChatCompletionResponseMessageAnnotationsItemUrlCitation,
)
from .chat_completion_response_message_audio_type_0 import (
    ChatCompletionResponseMessageAudioType0,
)
from .chat_completion_response_message_function_call import (
    ChatCompletionResponseMessageFunctionCall,
)
from .chat_completion_response_message_role import ChatCompletionResponseMessageRole
from .chat_completion_stream_options_type_0 import ChatCompletionStreamOptionsType0
from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
from .chat_completion_stream_response_delta_function_call import (
    ChatCompletionStreamResponseDeltaFunctionCall,
)
from .chat_completion_stream_response_delta_role import (
    ChatCompletionStreamResponseDeltaRole,
)
from .chat_completion_token_logprob import ChatCompletionTokenLogprob
from .chat_completion_token_logprob_top_logprobs_item import (
    ChatCompletionTokenLogprobTopLogprobsItem,
)
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_choice_option_type_0 import (
    ChatCompletionToolChoiceOptionType0,
)
from .chat_completion_tool_type import ChatCompletionToolType
from .completion_usage import CompletionUsage
from .completion_usage_completion_tokens_details import (
    CompletionUsageCompletionTokensDetails,
)
from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
from .create_chat_completion_request import CreateChatCompletionRequest
from .create_chat_completion_request_audio_type_0 import (
    CreateChatCompletionRequestAudioType0,
)
from .create_chat_completion_request_audio_type_0_format import (
    CreateChatCompletionRequestAudioType0Format,
)
from .create_chat_completion_request_function_call_type_0 import (
    CreateChatCompletionRequestFunctionCallType0,
)
from .create_chat_completion_request_logit_bias_type_0 import (
    CreateChatCompletionRequestLogitBiasType0,
)
from .create_chat_completion_request_web_search_options import (
    CreateChatCompletionRequestWebSearchOptions,
)
from .create_chat_completion_request_web_search_options_user_location_type_0 import (
    CreateChatCompletionRequestWebSearchOptionsUserLocationType0,
)
from .create_chat_completion_request_web_search_options_user_location_type_0_type import (
    CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type,
)
from .create_chat_completion_response import CreateChatCompletionResponse
from .create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem,
)
from .create_chat_completion_response_choices_item_finish_reason import (
    CreateChatCompletionResponseChoicesItemFinishReason,
)
from .create_chat_completion_response_choices_item_logprobs_type_0 import (
    CreateChatCompletionResponseChoicesItemLogprobsType0,
)
from .create_chat_completion_response_object import CreateChatCompletionResponseObject
from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
from .create_chat_completion_stream_response_choices_item import (
    CreateChatCompletionStreamResponseChoicesItem,
)
from .create_chat_completion_stream_response_choices_item_finish_reason_type_0 import (
    CreateChatCompletionStreamResponseChoicesItemFinishReasonType0,
)
from .create_chat_completion_stream_response_choices_item_logprobs_type_0 import (
    CreateChatCompletionStreamResponseChoicesItemLogprobsType0,
)
from .create_chat_completion_stream_response_object import (
    CreateChatCompletionStreamResponseObject,
)
from .create_model_response_properties import CreateModelResponseProperties
from .custom_tool_chat_completions import CustomToolChatCompletions
from .custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom
from .custom_tool_chat_completions_custom_format_type_0 import (
    CustomToolChatCompletionsCustomFormatType0,
)
from .custom_tool_chat_completions_custom_format_type_0_type import (
    CustomToolChatCompletionsCustomFormatType0Type,
)
from .custom_tool_chat_completions_custom_format_type_1 import (
    CustomToolChatCompletionsCustomFormatType1,
)
from .custom_tool_chat_completions_custom_format_type_1_grammar import (
    CustomToolChatCompletionsCustomFormatType1Grammar,
)
from .custom_tool_chat_completions_custom_format_type_1_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatType1GrammarSyntax,
)
from .custom_tool_chat_completions_custom_format_type_1_type import (
    CustomToolChatCompletionsCustomFormatType1Type,
)
from .custom_tool_chat_completions_type import CustomToolChatCompletionsType
from .delete_model_response import DeleteModelResponse
from .error import Error
from .error_response import ErrorResponse
from .function_object import FunctionObject
from .function_parameters import FunctionParameters
from .list_models_response import ListModelsResponse
from .list_models_response_object import ListModelsResponseObject
from .metadata_type_0 import MetadataType0
from .model import Model
from .model_ids_shared_type_1 import ModelIdsSharedType1
from .model_object import ModelObject
from .model_response_properties import ModelResponseProperties
from .model_response_properties_prompt_cache_retention_type_0 import (
    ModelResponsePropertiesPromptCacheRetentionType0,
)
from .moderation_config_param import ModerationConfigParam
from .moderation_input_type import ModerationInputType
from .moderation_mode import ModerationMode
from .moderation_param import ModerationParam
from .moderation_policy_param import ModerationPolicyParam
from .moderation_result_body import ModerationResultBody
from .moderation_result_body_categories import ModerationResultBodyCategories
from .moderation_result_body_category_applied_input_types import (
    ModerationResultBodyCategoryAppliedInputTypes,
)
from .moderation_result_body_category_scores import ModerationResultBodyCategoryScores
from .moderation_result_body_type import ModerationResultBodyType
from .prediction_content import PredictionContent
from .prediction_content_type import PredictionContentType
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam
from .prompt_cache_breakpoint_param_mode import PromptCacheBreakpointParamMode
from .prompt_cache_mode_enum import PromptCacheModeEnum
from .prompt_cache_options_param import PromptCacheOptionsParam
from .prompt_cache_ttl_enum import PromptCacheTTLEnum
from .reasoning_effort_type_0 import ReasoningEffortType0
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_object_type import ResponseFormatJsonObjectType
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
from .response_format_json_schema_type import ResponseFormatJsonSchemaType
from .response_format_text import ResponseFormatText
from .response_format_text_type import ResponseFormatTextType
from .response_modalities_type_0_item import ResponseModalitiesType0Item
from .service_tier_type_0 import ServiceTierType0
from .verbosity_type_0 import VerbosityType0
from .voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
from .voice_ids_shared_type_1 import VoiceIdsSharedType1
from .web_search_context_size import WebSearchContextSize
from .web_search_location import WebSearchLocation

__all__ = (
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsChoiceType",
    "ChatCompletionAllowedToolsMode",
    "ChatCompletionAllowedToolsToolsItem",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageCustomToolCallType",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallChunkType",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallType",
    "ChatCompletionModeration",
    "ChatCompletionModerationError",
    "ChatCompletionModerationErrorType",
    "ChatCompletionModerationResults",
    "ChatCompletionModerationResultsType",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomCustom",
    "ChatCompletionNamedToolChoiceCustomType",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceType",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageAudioType0",
    "ChatCompletionRequestAssistantMessageFunctionCallType0",
    "ChatCompletionRequestAssistantMessageRole",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestDeveloperMessageRole",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestFunctionMessageRole",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioFormat",
    "ChatCompletionRequestMessageContentPartAudioType",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileFile",
    "ChatCompletionRequestMessageContentPartFileType",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartImageImageUrlDetail",
    "ChatCompletionRequestMessageContentPartImageType",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartRefusalType",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestMessageContentPartTextType",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageRole",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageRole",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageRole",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageAnnotationsItem",
    "ChatCompletionResponseMessageAnnotationsItemType",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation",
    "ChatCompletionResponseMessageAudioType0",
    "ChatCompletionResponseMessageFunctionCall",
    "ChatCompletionResponseMessageRole",
    "ChatCompletionStreamOptionsType0",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionStreamResponseDeltaRole",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOptionType0",
    "ChatCompletionToolType",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudioType0",
    "CreateChatCompletionRequestAudioType0Format",
    "CreateChatCompletionRequestFunctionCallType0",
    "CreateChatCompletionRequestLogitBiasType0",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationType0",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemFinishReason",
    "CreateChatCompletionResponseChoicesItemLogprobsType0",
    "CreateChatCompletionResponseObject",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0",
    "CreateChatCompletionStreamResponseChoicesItemLogprobsType0",
    "CreateChatCompletionStreamResponseObject",
    "CreateModelResponseProperties",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormatType0",
    "CustomToolChatCompletionsCustomFormatType0Type",
    "CustomToolChatCompletionsCustomFormatType1",
    "CustomToolChatCompletionsCustomFormatType1Grammar",
    "CustomToolChatCompletionsCustomFormatType1GrammarSyntax",
    "CustomToolChatCompletionsCustomFormatType1Type",
    "CustomToolChatCompletionsType",
    "DeleteModelResponse",
    "Error",
    "ErrorResponse",
    "FunctionObject",
    "FunctionParameters",
    "ListModelsResponse",
    "ListModelsResponseObject",
    "MetadataType0",
    "Model",
    "ModelIdsSharedType1",
    "ModelObject",
    "ModelResponseProperties",
    "ModelResponsePropertiesPromptCacheRetentionType0",
    "ModerationConfigParam",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationPolicyParam",
    "ModerationResultBody",
    "ModerationResultBodyCategories",
    "ModerationResultBodyCategoryAppliedInputTypes",
    "ModerationResultBodyCategoryScores",
    "ModerationResultBodyType",
    "PredictionContent",
    "PredictionContentType",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamMode",
    "PromptCacheModeEnum",
    "PromptCacheOptionsParam",
    "PromptCacheTTLEnum",
    "ReasoningEffortType0",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectType",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatJsonSchemaType",
    "ResponseFormatText",
    "ResponseFormatTextType",
    "ResponseModalitiesType0Item",
    "ServiceTierType0",
    "VerbosityType0",
    "VoiceIdsOrCustomVoiceType1",
    "VoiceIdsSharedType1",
    "WebSearchContextSize",
    "WebSearchLocation",
)
