"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_tools import AdditionalTools
    from .additional_tools_item_param import AdditionalToolsItemParam
    from .additional_tools_item_param_role import AdditionalToolsItemParamRole
    from .additional_tools_item_param_type import AdditionalToolsItemParamType
    from .additional_tools_type import AdditionalToolsType
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_call_status_param import ApplyPatchCallStatusParam
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam,
    )
    from .apply_patch_create_file_operation_param_type import (
        ApplyPatchCreateFileOperationParamType,
    )
    from .apply_patch_create_file_operation_type import (
        ApplyPatchCreateFileOperationType,
    )
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam,
    )
    from .apply_patch_delete_file_operation_param_type import (
        ApplyPatchDeleteFileOperationParamType,
    )
    from .apply_patch_delete_file_operation_type import (
        ApplyPatchDeleteFileOperationType,
    )
    from .apply_patch_tool_call import ApplyPatchToolCall
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from .apply_patch_tool_call_item_param_type import ApplyPatchToolCallItemParamType
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from .apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from .apply_patch_tool_call_output_item_param_type import (
        ApplyPatchToolCallOutputItemParamType,
    )
    from .apply_patch_tool_call_output_type import ApplyPatchToolCallOutputType
    from .apply_patch_tool_call_type import ApplyPatchToolCallType
    from .apply_patch_tool_param import ApplyPatchToolParam
    from .apply_patch_tool_param_type import ApplyPatchToolParamType
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam,
    )
    from .apply_patch_update_file_operation_param_type import (
        ApplyPatchUpdateFileOperationParamType,
    )
    from .apply_patch_update_file_operation_type import (
        ApplyPatchUpdateFileOperationType,
    )
    from .approximate_location import ApproximateLocation
    from .approximate_location_type import ApproximateLocationType
    from .audio_response_format import AudioResponseFormat
    from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
    from .auto_code_interpreter_tool_param_type import AutoCodeInterpreterToolParamType
    from .batch import Batch
    from .batch_error import BatchError
    from .batch_errors import BatchErrors
    from .batch_file_expiration_after import BatchFileExpirationAfter
    from .batch_file_expiration_after_anchor import BatchFileExpirationAfterAnchor
    from .batch_object import BatchObject
    from .batch_request_counts import BatchRequestCounts
    from .batch_status import BatchStatus
    from .batch_usage import BatchUsage
    from .batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from .batch_usage_output_tokens_details import BatchUsageOutputTokensDetails
    from .callable_tool_allowed_caller import CallableToolAllowedCaller
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
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk,
    )
    from .chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_call_chunk_type import (
        ChatCompletionMessageToolCallChunkType,
    )
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_message_tool_call_type import (
        ChatCompletionMessageToolCallType,
    )
    from .chat_completion_moderation import ChatCompletionModeration
    from .chat_completion_moderation_error import ChatCompletionModerationError
    from .chat_completion_moderation_error_type import ChatCompletionModerationErrorType
    from .chat_completion_moderation_results import ChatCompletionModerationResults
    from .chat_completion_moderation_results_type import (
        ChatCompletionModerationResultsType,
    )
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
    from .chat_completion_named_tool_choice_type import (
        ChatCompletionNamedToolChoiceType,
    )
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
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
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
    from .click_button_type import ClickButtonType
    from .click_param import ClickParam
    from .click_param_type import ClickParamType
    from .code_interpreter_output_image import CodeInterpreterOutputImage
    from .code_interpreter_output_image_type import CodeInterpreterOutputImageType
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs
    from .code_interpreter_output_logs_type import CodeInterpreterOutputLogsType
    from .code_interpreter_tool import CodeInterpreterTool
    from .code_interpreter_tool_call import CodeInterpreterToolCall
    from .code_interpreter_tool_call_status import CodeInterpreterToolCallStatus
    from .code_interpreter_tool_call_type import CodeInterpreterToolCallType
    from .code_interpreter_tool_type import CodeInterpreterToolType
    from .compaction_body import CompactionBody
    from .compaction_body_type import CompactionBodyType
    from .compaction_summary_item_param import CompactionSummaryItemParam
    from .compaction_summary_item_param_type import CompactionSummaryItemParamType
    from .compaction_trigger_item_param import CompactionTriggerItemParam
    from .compaction_trigger_item_param_type import CompactionTriggerItemParamType
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from .completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails,
    )
    from .compound_filter import CompoundFilter
    from .compound_filter_type import CompoundFilterType
    from .computer_call_output_item_param import ComputerCallOutputItemParam
    from .computer_call_output_item_param_type import ComputerCallOutputItemParamType
    from .computer_call_output_status import ComputerCallOutputStatus
    from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from .computer_environment import ComputerEnvironment
    from .computer_screenshot_image import ComputerScreenshotImage
    from .computer_screenshot_image_type import ComputerScreenshotImageType
    from .computer_tool import ComputerTool
    from .computer_tool_call import ComputerToolCall
    from .computer_tool_call_output import ComputerToolCallOutput
    from .computer_tool_call_output_resource import ComputerToolCallOutputResource
    from .computer_tool_call_output_resource_status import (
        ComputerToolCallOutputResourceStatus,
    )
    from .computer_tool_call_output_resource_type import (
        ComputerToolCallOutputResourceType,
    )
    from .computer_tool_call_output_status import ComputerToolCallOutputStatus
    from .computer_tool_call_output_type import ComputerToolCallOutputType
    from .computer_tool_call_status import ComputerToolCallStatus
    from .computer_tool_call_type import ComputerToolCallType
    from .computer_tool_type import ComputerToolType
    from .computer_use_preview_tool import ComputerUsePreviewTool
    from .computer_use_preview_tool_type import ComputerUsePreviewToolType
    from .container_auto_param import ContainerAutoParam
    from .container_auto_param_type import ContainerAutoParamType
    from .container_file_citation_body import ContainerFileCitationBody
    from .container_file_citation_body_type import ContainerFileCitationBodyType
    from .container_memory_limit import ContainerMemoryLimit
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from .container_network_policy_allowlist_param_type import (
        ContainerNetworkPolicyAllowlistParamType,
    )
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam,
    )
    from .container_network_policy_disabled_param_type import (
        ContainerNetworkPolicyDisabledParamType,
    )
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
    )
    from .container_reference_param import ContainerReferenceParam
    from .container_reference_param_type import ContainerReferenceParamType
    from .container_reference_resource import ContainerReferenceResource
    from .container_reference_resource_type import ContainerReferenceResourceType
    from .context_management_param import ContextManagementParam
    from .conversation_param_2 import ConversationParam2
    from .coord_param import CoordParam
    from .create_batch_request import CreateBatchRequest
    from .create_batch_request_completion_window import (
        CreateBatchRequestCompletionWindow,
    )
    from .create_batch_request_endpoint import CreateBatchRequestEndpoint
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
    from .create_chat_completion_response_object import (
        CreateChatCompletionResponseObject,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )
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
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_request_logit_bias_type_0 import (
        CreateCompletionRequestLogitBiasType0,
    )
    from .create_completion_request_model_type_1 import (
        CreateCompletionRequestModelType1,
    )
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )
    from .create_completion_response_choices_item_finish_reason import (
        CreateCompletionResponseChoicesItemFinishReason,
    )
    from .create_completion_response_choices_item_logprobs_type_0 import (
        CreateCompletionResponseChoicesItemLogprobsType0,
    )
    from .create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,
    )
    from .create_completion_response_object import CreateCompletionResponseObject
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_request_encoding_format import (
        CreateEmbeddingRequestEncodingFormat,
    )
    from .create_embedding_request_model_type_1 import CreateEmbeddingRequestModelType1
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_embedding_response_object import CreateEmbeddingResponseObject
    from .create_embedding_response_usage import CreateEmbeddingResponseUsage
    from .create_file_request import CreateFileRequest
    from .create_file_request_purpose import CreateFileRequestPurpose
    from .create_image_request import CreateImageRequest
    from .create_image_request_background_type_0 import (
        CreateImageRequestBackgroundType0,
    )
    from .create_image_request_model_type_1 import CreateImageRequestModelType1
    from .create_image_request_moderation_type_0 import (
        CreateImageRequestModerationType0,
    )
    from .create_image_request_output_format_type_0 import (
        CreateImageRequestOutputFormatType0,
    )
    from .create_image_request_quality_type_0 import CreateImageRequestQualityType0
    from .create_image_request_response_format_type_0 import (
        CreateImageRequestResponseFormatType0,
    )
    from .create_image_request_size_type_1 import CreateImageRequestSizeType1
    from .create_image_request_style_type_0 import CreateImageRequestStyleType0
    from .create_model_response_properties import CreateModelResponseProperties
    from .create_moderation_request import CreateModerationRequest
    from .create_moderation_request_input_type_2_item_type_0 import (
        CreateModerationRequestInputType2ItemType0,
    )
    from .create_moderation_request_input_type_2_item_type_0_image_url import (
        CreateModerationRequestInputType2ItemType0ImageUrl,
    )
    from .create_moderation_request_input_type_2_item_type_0_type import (
        CreateModerationRequestInputType2ItemType0Type,
    )
    from .create_moderation_request_input_type_2_item_type_1 import (
        CreateModerationRequestInputType2ItemType1,
    )
    from .create_moderation_request_input_type_2_item_type_1_type import (
        CreateModerationRequestInputType2ItemType1Type,
    )
    from .create_moderation_request_model_type_1 import (
        CreateModerationRequestModelType1,
    )
    from .create_moderation_response import CreateModerationResponse
    from .create_moderation_response_results_item import (
        CreateModerationResponseResultsItem,
    )
    from .create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,
    )
    from .create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from .create_moderation_response_results_item_category_applied_input_types_harassment_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_hate_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_hatethreatening_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_illicit_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_illicitviolent_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_self_harmintent_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_sexual_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_sexualminors_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_violence_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem,
    )
    from .create_moderation_response_results_item_category_applied_input_types_violencegraphic_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem,
    )
    from .create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,
    )
    from .create_response import CreateResponse
    from .create_response_truncation_type_0 import CreateResponseTruncationType0
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_model_type_1 import CreateSpeechRequestModelType1
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_stream_format import CreateSpeechRequestStreamFormat
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_request_chunking_strategy_type_0_type_0 import (
        CreateTranscriptionRequestChunkingStrategyType0Type0,
    )
    from .create_transcription_request_model_type_1 import (
        CreateTranscriptionRequestModelType1,
    )
    from .create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson,
    )
    from .create_transcription_response_diarized_json_task import (
        CreateTranscriptionResponseDiarizedJsonTask,
    )
    from .create_transcription_response_json import CreateTranscriptionResponseJson
    from .create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,
    )
    from .create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson,
    )
    from .create_translation_request import CreateTranslationRequest
    from .create_translation_request_model_type_1 import (
        CreateTranslationRequestModelType1,
    )
    from .create_translation_request_response_format import (
        CreateTranslationRequestResponseFormat,
    )
    from .create_translation_response_json import CreateTranslationResponseJson
    from .create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson,
    )
    from .custom_grammar_format_param import CustomGrammarFormatParam
    from .custom_grammar_format_param_type import CustomGrammarFormatParamType
    from .custom_text_format_param import CustomTextFormatParam
    from .custom_text_format_param_type import CustomTextFormatParamType
    from .custom_tool_call import CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput
    from .custom_tool_call_output_resource import CustomToolCallOutputResource
    from .custom_tool_call_output_type import CustomToolCallOutputType
    from .custom_tool_call_resource import CustomToolCallResource
    from .custom_tool_call_type import CustomToolCallType
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
    from .custom_tool_param import CustomToolParam
    from .custom_tool_param_type import CustomToolParamType
    from .delete_file_response import DeleteFileResponse
    from .delete_file_response_object import DeleteFileResponseObject
    from .delete_model_response import DeleteModelResponse
    from .detail_enum import DetailEnum
    from .direct_tool_call_caller import DirectToolCallCaller
    from .direct_tool_call_caller_param import DirectToolCallCallerParam
    from .direct_tool_call_caller_param_type import DirectToolCallCallerParamType
    from .direct_tool_call_caller_type import DirectToolCallCallerType
    from .double_click_action import DoubleClickAction
    from .double_click_action_type import DoubleClickActionType
    from .drag_param import DragParam
    from .drag_param_type import DragParamType
    from .easy_input_message import EasyInputMessage
    from .easy_input_message_role import EasyInputMessageRole
    from .easy_input_message_type import EasyInputMessageType
    from .embedding import Embedding
    from .embedding_object import EmbeddingObject
    from .empty_model_param import EmptyModelParam
    from .error import Error
    from .error_response import ErrorResponse
    from .file_citation_body import FileCitationBody
    from .file_citation_body_type import FileCitationBodyType
    from .file_detail_enum import FileDetailEnum
    from .file_expiration_after import FileExpirationAfter
    from .file_expiration_after_anchor import FileExpirationAfterAnchor
    from .file_input_detail import FileInputDetail
    from .file_path import FilePath
    from .file_path_type import FilePathType
    from .file_search_tool import FileSearchTool
    from .file_search_tool_call import FileSearchToolCall
    from .file_search_tool_call_results_type_0_item import (
        FileSearchToolCallResultsType0Item,
    )
    from .file_search_tool_call_status import FileSearchToolCallStatus
    from .file_search_tool_call_type import FileSearchToolCallType
    from .file_search_tool_type import FileSearchToolType
    from .function_call_item_status import FunctionCallItemStatus
    from .function_call_output_item_param import FunctionCallOutputItemParam
    from .function_call_output_item_param_type import FunctionCallOutputItemParamType
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum
    from .function_call_status import FunctionCallStatus
    from .function_object import FunctionObject
    from .function_parameters import FunctionParameters
    from .function_shell_action import FunctionShellAction
    from .function_shell_action_param import FunctionShellActionParam
    from .function_shell_call import FunctionShellCall
    from .function_shell_call_item_param import FunctionShellCallItemParam
    from .function_shell_call_item_param_type import FunctionShellCallItemParamType
    from .function_shell_call_item_status import FunctionShellCallItemStatus
    from .function_shell_call_output import FunctionShellCallOutput
    from .function_shell_call_output_content import FunctionShellCallOutputContent
    from .function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam,
    )
    from .function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome,
    )
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from .function_shell_call_output_exit_outcome_param_type import (
        FunctionShellCallOutputExitOutcomeParamType,
    )
    from .function_shell_call_output_exit_outcome_type import (
        FunctionShellCallOutputExitOutcomeType,
    )
    from .function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from .function_shell_call_output_item_param_type import (
        FunctionShellCallOutputItemParamType,
    )
    from .function_shell_call_output_status_enum import (
        FunctionShellCallOutputStatusEnum,
    )
    from .function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .function_shell_call_output_timeout_outcome_param_type import (
        FunctionShellCallOutputTimeoutOutcomeParamType,
    )
    from .function_shell_call_output_timeout_outcome_type import (
        FunctionShellCallOutputTimeoutOutcomeType,
    )
    from .function_shell_call_output_type import FunctionShellCallOutputType
    from .function_shell_call_status import FunctionShellCallStatus
    from .function_shell_call_type import FunctionShellCallType
    from .function_shell_tool_param import FunctionShellToolParam
    from .function_shell_tool_param_type import FunctionShellToolParamType
    from .function_tool import FunctionTool
    from .function_tool_call import FunctionToolCall
    from .function_tool_call_output import FunctionToolCallOutput
    from .function_tool_call_output_resource import FunctionToolCallOutputResource
    from .function_tool_call_output_status import FunctionToolCallOutputStatus
    from .function_tool_call_output_type import FunctionToolCallOutputType
    from .function_tool_call_resource import FunctionToolCallResource
    from .function_tool_call_status import FunctionToolCallStatus
    from .function_tool_call_type import FunctionToolCallType
    from .function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
    from .function_tool_param import FunctionToolParam
    from .function_tool_param_output_schema_type_0 import (
        FunctionToolParamOutputSchemaType0,
    )
    from .function_tool_param_type import FunctionToolParamType
    from .function_tool_parameters_type_0 import FunctionToolParametersType0
    from .function_tool_type import FunctionToolType
    from .grammar_syntax_1 import GrammarSyntax1
    from .http_error import HTTPError
    from .http_error_type import HTTPErrorType
    from .hybrid_search_options import HybridSearchOptions
    from .image import Image
    from .image_detail import ImageDetail
    from .image_gen_action_enum import ImageGenActionEnum
    from .image_gen_completed_event import ImageGenCompletedEvent
    from .image_gen_completed_event_background import ImageGenCompletedEventBackground
    from .image_gen_completed_event_output_format import (
        ImageGenCompletedEventOutputFormat,
    )
    from .image_gen_completed_event_quality import ImageGenCompletedEventQuality
    from .image_gen_completed_event_size import ImageGenCompletedEventSize
    from .image_gen_completed_event_type import ImageGenCompletedEventType
    from .image_gen_input_usage_details import ImageGenInputUsageDetails
    from .image_gen_output_tokens_details import ImageGenOutputTokensDetails
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_partial_image_event_background import (
        ImageGenPartialImageEventBackground,
    )
    from .image_gen_partial_image_event_output_format import (
        ImageGenPartialImageEventOutputFormat,
    )
    from .image_gen_partial_image_event_quality import ImageGenPartialImageEventQuality
    from .image_gen_partial_image_event_size import ImageGenPartialImageEventSize
    from .image_gen_partial_image_event_type import ImageGenPartialImageEventType
    from .image_gen_tool import ImageGenTool
    from .image_gen_tool_background import ImageGenToolBackground
    from .image_gen_tool_call import ImageGenToolCall
    from .image_gen_tool_call_status import ImageGenToolCallStatus
    from .image_gen_tool_call_type import ImageGenToolCallType
    from .image_gen_tool_input_image_mask import ImageGenToolInputImageMask
    from .image_gen_tool_model_type_1 import ImageGenToolModelType1
    from .image_gen_tool_moderation import ImageGenToolModeration
    from .image_gen_tool_output_format import ImageGenToolOutputFormat
    from .image_gen_tool_quality import ImageGenToolQuality
    from .image_gen_tool_size_type_1 import ImageGenToolSizeType1
    from .image_gen_tool_type import ImageGenToolType
    from .image_gen_usage import ImageGenUsage
    from .images_response import ImagesResponse
    from .images_response_background import ImagesResponseBackground
    from .images_response_output_format import ImagesResponseOutputFormat
    from .images_response_quality import ImagesResponseQuality
    from .images_response_size import ImagesResponseSize
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .include_enum import IncludeEnum
    from .inline_skill_param import InlineSkillParam
    from .inline_skill_param_type import InlineSkillParamType
    from .inline_skill_source_param import InlineSkillSourceParam
    from .inline_skill_source_param_media_type import InlineSkillSourceParamMediaType
    from .inline_skill_source_param_type import InlineSkillSourceParamType
    from .input_fidelity import InputFidelity
    from .input_file_content import InputFileContent
    from .input_file_content_param import InputFileContentParam
    from .input_file_content_param_type import InputFileContentParamType
    from .input_file_content_type import InputFileContentType
    from .input_image_content import InputImageContent
    from .input_image_content_param_auto_param import InputImageContentParamAutoParam
    from .input_image_content_param_auto_param_type import (
        InputImageContentParamAutoParamType,
    )
    from .input_image_content_type import InputImageContentType
    from .input_message import InputMessage
    from .input_message_resource import InputMessageResource
    from .input_message_role import InputMessageRole
    from .input_message_status import InputMessageStatus
    from .input_message_type import InputMessageType
    from .input_text_content import InputTextContent
    from .input_text_content_param import InputTextContentParam
    from .input_text_content_param_type import InputTextContentParamType
    from .input_text_content_type import InputTextContentType
    from .item_reference_param import ItemReferenceParam
    from .item_reference_param_type_type_0 import ItemReferenceParamTypeType0
    from .key_press_action import KeyPressAction
    from .key_press_action_type import KeyPressActionType
    from .list_batches_response import ListBatchesResponse
    from .list_batches_response_object import ListBatchesResponseObject
    from .list_files_order import ListFilesOrder
    from .list_files_response import ListFilesResponse
    from .list_input_items_order import ListInputItemsOrder
    from .list_models_response import ListModelsResponse
    from .list_models_response_object import ListModelsResponseObject
    from .local_environment_param import LocalEnvironmentParam
    from .local_environment_param_type import LocalEnvironmentParamType
    from .local_environment_resource import LocalEnvironmentResource
    from .local_environment_resource_type import LocalEnvironmentResourceType
    from .local_shell_exec_action import LocalShellExecAction
    from .local_shell_exec_action_env import LocalShellExecActionEnv
    from .local_shell_exec_action_type import LocalShellExecActionType
    from .local_shell_tool_call import LocalShellToolCall
    from .local_shell_tool_call_output import LocalShellToolCallOutput
    from .local_shell_tool_call_output_status_type_0 import (
        LocalShellToolCallOutputStatusType0,
    )
    from .local_shell_tool_call_output_type import LocalShellToolCallOutputType
    from .local_shell_tool_call_status import LocalShellToolCallStatus
    from .local_shell_tool_call_type import LocalShellToolCallType
    from .local_shell_tool_param import LocalShellToolParam
    from .local_shell_tool_param_type import LocalShellToolParamType
    from .local_skill_param import LocalSkillParam
    from .log_prob import LogProb
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_request_type import MCPApprovalRequestType
    from .mcp_approval_response import MCPApprovalResponse
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_approval_response_resource_type import MCPApprovalResponseResourceType
    from .mcp_approval_response_type import MCPApprovalResponseType
    from .mcp_list_tools import MCPListTools
    from .mcp_list_tools_tool import MCPListToolsTool
    from .mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema
    from .mcp_list_tools_type import MCPListToolsType
    from .mcp_protocol_error import MCPProtocolError
    from .mcp_protocol_error_type import MCPProtocolErrorType
    from .mcp_tool import MCPTool
    from .mcp_tool_call import MCPToolCall
    from .mcp_tool_call_status import MCPToolCallStatus
    from .mcp_tool_call_type import MCPToolCallType
    from .mcp_tool_connector_id import MCPToolConnectorId
    from .mcp_tool_execution_error import MCPToolExecutionError
    from .mcp_tool_execution_error_type import MCPToolExecutionErrorType
    from .mcp_tool_filter import MCPToolFilter
    from .mcp_tool_headers_type_0 import MCPToolHeadersType0
    from .mcp_tool_require_approval_type_0_type_0 import (
        MCPToolRequireApprovalType0Type0,
    )
    from .mcp_tool_require_approval_type_0_type_1 import (
        MCPToolRequireApprovalType0Type1,
    )
    from .mcp_tool_type import MCPToolType
    from .message_phase import MessagePhase
    from .message_role import MessageRole
    from .metadata_type_0 import MetadataType0
    from .model import Model
    from .model_ids_responses_type_1 import ModelIdsResponsesType1
    from .model_ids_shared_type_1 import ModelIdsSharedType1
    from .model_object import ModelObject
    from .model_response_properties import ModelResponseProperties
    from .model_response_properties_prompt_cache_retention_type_0 import (
        ModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .moderation import Moderation
    from .moderation_config_param import ModerationConfigParam
    from .moderation_error_body import ModerationErrorBody
    from .moderation_error_body_type import ModerationErrorBodyType
    from .moderation_input_type import ModerationInputType
    from .moderation_mode import ModerationMode
    from .moderation_param import ModerationParam
    from .moderation_policy_param import ModerationPolicyParam
    from .moderation_result_body import ModerationResultBody
    from .moderation_result_body_categories import ModerationResultBodyCategories
    from .moderation_result_body_category_applied_input_types import (
        ModerationResultBodyCategoryAppliedInputTypes,
    )
    from .moderation_result_body_category_scores import (
        ModerationResultBodyCategoryScores,
    )
    from .moderation_result_body_type import ModerationResultBodyType
    from .move_param import MoveParam
    from .move_param_type import MoveParamType
    from .namespace_tool_param import NamespaceToolParam
    from .namespace_tool_param_type import NamespaceToolParamType
    from .open_ai_file import OpenAIFile
    from .open_ai_file_object import OpenAIFileObject
    from .open_ai_file_purpose import OpenAIFilePurpose
    from .open_ai_file_status import OpenAIFileStatus
    from .output_message import OutputMessage
    from .output_message_role import OutputMessageRole
    from .output_message_status import OutputMessageStatus
    from .output_message_type import OutputMessageType
    from .output_text_content import OutputTextContent
    from .output_text_content_type import OutputTextContentType
    from .prediction_content import PredictionContent
    from .prediction_content_type import PredictionContentType
    from .program import Program
    from .program_item_param import ProgramItemParam
    from .program_item_param_type import ProgramItemParamType
    from .program_output import ProgramOutput
    from .program_output_item_param import ProgramOutputItemParam
    from .program_output_item_param_type import ProgramOutputItemParamType
    from .program_output_item_status import ProgramOutputItemStatus
    from .program_output_status import ProgramOutputStatus
    from .program_output_type import ProgramOutputType
    from .program_tool_call_caller import ProgramToolCallCaller
    from .program_tool_call_caller_param import ProgramToolCallCallerParam
    from .program_tool_call_caller_param_type import ProgramToolCallCallerParamType
    from .program_tool_call_caller_type import ProgramToolCallCallerType
    from .program_type import ProgramType
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from .programmatic_tool_calling_param_type import ProgrammaticToolCallingParamType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode
    from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam
    from .prompt_cache_breakpoint_param_mode import PromptCacheBreakpointParamMode
    from .prompt_cache_mode_enum import PromptCacheModeEnum
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_param import PromptCacheOptionsParam
    from .prompt_cache_ttl_enum import PromptCacheTTLEnum
    from .prompt_type_0 import PromptType0
    from .ranker_version_type import RankerVersionType
    from .ranking_options import RankingOptions
    from .reasoning import Reasoning
    from .reasoning_context_type_0 import ReasoningContextType0
    from .reasoning_effort_type_0 import ReasoningEffortType0
    from .reasoning_generate_summary_type_0 import ReasoningGenerateSummaryType0
    from .reasoning_item import ReasoningItem
    from .reasoning_item_status import ReasoningItemStatus
    from .reasoning_item_type import ReasoningItemType
    from .reasoning_mode_enum_type_1 import ReasoningModeEnumType1
    from .reasoning_summary_type_0 import ReasoningSummaryType0
    from .reasoning_text_content import ReasoningTextContent
    from .reasoning_text_content_type import ReasoningTextContentType
    from .refusal_content import RefusalContent
    from .refusal_content_type import RefusalContentType
    from .response import Response
    from .response_audio_delta_event import ResponseAudioDeltaEvent
    from .response_audio_delta_event_type import ResponseAudioDeltaEventType
    from .response_audio_done_event import ResponseAudioDoneEvent
    from .response_audio_done_event_type import ResponseAudioDoneEventType
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .response_audio_transcript_delta_event_type import (
        ResponseAudioTranscriptDeltaEventType,
    )
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .response_audio_transcript_done_event_type import (
        ResponseAudioTranscriptDoneEventType,
    )
    from .response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .response_code_interpreter_call_code_delta_event_type import (
        ResponseCodeInterpreterCallCodeDeltaEventType,
    )
    from .response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .response_code_interpreter_call_code_done_event_type import (
        ResponseCodeInterpreterCallCodeDoneEventType,
    )
    from .response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent,
    )
    from .response_code_interpreter_call_completed_event_type import (
        ResponseCodeInterpreterCallCompletedEventType,
    )
    from .response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent,
    )
    from .response_code_interpreter_call_in_progress_event_type import (
        ResponseCodeInterpreterCallInProgressEventType,
    )
    from .response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .response_code_interpreter_call_interpreting_event_type import (
        ResponseCodeInterpreterCallInterpretingEventType,
    )
    from .response_completed_event import ResponseCompletedEvent
    from .response_completed_event_type import ResponseCompletedEventType
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_added_event_type import (
        ResponseContentPartAddedEventType,
    )
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_content_part_done_event_type import ResponseContentPartDoneEventType
    from .response_conversation import ResponseConversation
    from .response_created_event import ResponseCreatedEvent
    from .response_created_event_type import ResponseCreatedEventType
    from .response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent,
    )
    from .response_custom_tool_call_input_delta_event_type import (
        ResponseCustomToolCallInputDeltaEventType,
    )
    from .response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent,
    )
    from .response_custom_tool_call_input_done_event_type import (
        ResponseCustomToolCallInputDoneEventType,
    )
    from .response_error_code import ResponseErrorCode
    from .response_error_event import ResponseErrorEvent
    from .response_error_event_type import ResponseErrorEventType
    from .response_error_type_0 import ResponseErrorType0
    from .response_failed_event import ResponseFailedEvent
    from .response_failed_event_type import ResponseFailedEventType
    from .response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent,
    )
    from .response_file_search_call_completed_event_type import (
        ResponseFileSearchCallCompletedEventType,
    )
    from .response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent,
    )
    from .response_file_search_call_in_progress_event_type import (
        ResponseFileSearchCallInProgressEventType,
    )
    from .response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent,
    )
    from .response_file_search_call_searching_event_type import (
        ResponseFileSearchCallSearchingEventType,
    )
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_object_type import ResponseFormatJsonObjectType
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema,
    )
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_json_schema_type import ResponseFormatJsonSchemaType
    from .response_format_text import ResponseFormatText
    from .response_format_text_type import ResponseFormatTextType
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_delta_event_type import (
        ResponseFunctionCallArgumentsDeltaEventType,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_function_call_arguments_done_event_type import (
        ResponseFunctionCallArgumentsDoneEventType,
    )
    from .response_image_gen_call_completed_event import (
        ResponseImageGenCallCompletedEvent,
    )
    from .response_image_gen_call_completed_event_type import (
        ResponseImageGenCallCompletedEventType,
    )
    from .response_image_gen_call_generating_event import (
        ResponseImageGenCallGeneratingEvent,
    )
    from .response_image_gen_call_generating_event_type import (
        ResponseImageGenCallGeneratingEventType,
    )
    from .response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent,
    )
    from .response_image_gen_call_in_progress_event_type import (
        ResponseImageGenCallInProgressEventType,
    )
    from .response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent,
    )
    from .response_image_gen_call_partial_image_event_type import (
        ResponseImageGenCallPartialImageEventType,
    )
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_in_progress_event_type import ResponseInProgressEventType
    from .response_incomplete_details_type_0 import ResponseIncompleteDetailsType0
    from .response_incomplete_details_type_0_reason import (
        ResponseIncompleteDetailsType0Reason,
    )
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_incomplete_event_type import ResponseIncompleteEventType
    from .response_item_list import ResponseItemList
    from .response_item_list_object import ResponseItemListObject
    from .response_log_prob import ResponseLogProb
    from .response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem
    from .response_mcp_call_arguments_delta_event import (
        ResponseMCPCallArgumentsDeltaEvent,
    )
    from .response_mcp_call_arguments_delta_event_type import (
        ResponseMCPCallArgumentsDeltaEventType,
    )
    from .response_mcp_call_arguments_done_event import (
        ResponseMCPCallArgumentsDoneEvent,
    )
    from .response_mcp_call_arguments_done_event_type import (
        ResponseMCPCallArgumentsDoneEventType,
    )
    from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
    from .response_mcp_call_completed_event_type import (
        ResponseMCPCallCompletedEventType,
    )
    from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent
    from .response_mcp_call_failed_event_type import ResponseMCPCallFailedEventType
    from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
    from .response_mcp_call_in_progress_event_type import (
        ResponseMCPCallInProgressEventType,
    )
    from .response_mcp_list_tools_completed_event import (
        ResponseMCPListToolsCompletedEvent,
    )
    from .response_mcp_list_tools_completed_event_type import (
        ResponseMCPListToolsCompletedEventType,
    )
    from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
    from .response_mcp_list_tools_failed_event_type import (
        ResponseMCPListToolsFailedEventType,
    )
    from .response_mcp_list_tools_in_progress_event import (
        ResponseMCPListToolsInProgressEvent,
    )
    from .response_mcp_list_tools_in_progress_event_type import (
        ResponseMCPListToolsInProgressEventType,
    )
    from .response_modalities_type_0_item import ResponseModalitiesType0Item
    from .response_object import ResponseObject
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_added_event_type import ResponseOutputItemAddedEventType
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_item_done_event_type import ResponseOutputItemDoneEventType
    from .response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent,
    )
    from .response_output_text_annotation_added_event_type import (
        ResponseOutputTextAnnotationAddedEventType,
    )
    from .response_prompt_variables_type_0 import ResponsePromptVariablesType0
    from .response_properties import ResponseProperties
    from .response_queued_event import ResponseQueuedEvent
    from .response_queued_event_type import ResponseQueuedEventType
    from .response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent,
    )
    from .response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart,
    )
    from .response_reasoning_summary_part_added_event_part_type import (
        ResponseReasoningSummaryPartAddedEventPartType,
    )
    from .response_reasoning_summary_part_added_event_type import (
        ResponseReasoningSummaryPartAddedEventType,
    )
    from .response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent,
    )
    from .response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart,
    )
    from .response_reasoning_summary_part_done_event_part_type import (
        ResponseReasoningSummaryPartDoneEventPartType,
    )
    from .response_reasoning_summary_part_done_event_status import (
        ResponseReasoningSummaryPartDoneEventStatus,
    )
    from .response_reasoning_summary_part_done_event_type import (
        ResponseReasoningSummaryPartDoneEventType,
    )
    from .response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent,
    )
    from .response_reasoning_summary_text_delta_event_type import (
        ResponseReasoningSummaryTextDeltaEventType,
    )
    from .response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent,
    )
    from .response_reasoning_summary_text_done_event_type import (
        ResponseReasoningSummaryTextDoneEventType,
    )
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_delta_event_type import (
        ResponseReasoningTextDeltaEventType,
    )
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_reasoning_text_done_event_type import (
        ResponseReasoningTextDoneEventType,
    )
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_delta_event_type import ResponseRefusalDeltaEventType
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_refusal_done_event_type import ResponseRefusalDoneEventType
    from .response_shell_call_command_added_streaming_event import (
        ResponseShellCallCommandAddedStreamingEvent,
    )
    from .response_shell_call_command_added_streaming_event_type import (
        ResponseShellCallCommandAddedStreamingEventType,
    )
    from .response_shell_call_command_delta_streaming_event import (
        ResponseShellCallCommandDeltaStreamingEvent,
    )
    from .response_shell_call_command_delta_streaming_event_type import (
        ResponseShellCallCommandDeltaStreamingEventType,
    )
    from .response_shell_call_command_done_streaming_event import (
        ResponseShellCallCommandDoneStreamingEvent,
    )
    from .response_shell_call_command_done_streaming_event_type import (
        ResponseShellCallCommandDoneStreamingEventType,
    )
    from .response_shell_call_output_content_delta_streaming_event import (
        ResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .response_shell_call_output_content_delta_streaming_event_type import (
        ResponseShellCallOutputContentDeltaStreamingEventType,
    )
    from .response_shell_call_output_content_done_streaming_event import (
        ResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .response_shell_call_output_content_done_streaming_event_type import (
        ResponseShellCallOutputContentDoneStreamingEventType,
    )
    from .response_status import ResponseStatus
    from .response_stream_options_type_0 import ResponseStreamOptionsType0
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_delta_event_type import ResponseTextDeltaEventType
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_text_done_event_type import ResponseTextDoneEventType
    from .response_text_param import ResponseTextParam
    from .response_truncation_type_0 import ResponseTruncationType0
    from .response_usage import ResponseUsage
    from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
    from .response_web_search_call_completed_event import (
        ResponseWebSearchCallCompletedEvent,
    )
    from .response_web_search_call_completed_event_type import (
        ResponseWebSearchCallCompletedEventType,
    )
    from .response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent,
    )
    from .response_web_search_call_in_progress_event_type import (
        ResponseWebSearchCallInProgressEventType,
    )
    from .response_web_search_call_searching_event import (
        ResponseWebSearchCallSearchingEvent,
    )
    from .response_web_search_call_searching_event_type import (
        ResponseWebSearchCallSearchingEventType,
    )
    from .screenshot_param import ScreenshotParam
    from .screenshot_param_type import ScreenshotParamType
    from .scroll_param import ScrollParam
    from .scroll_param_type import ScrollParamType
    from .search_content_type import SearchContentType
    from .search_context_size import SearchContextSize
    from .service_tier_responses_type_0 import ServiceTierResponsesType0
    from .service_tier_type_0 import ServiceTierType0
    from .shell_call_output_delta import ShellCallOutputDelta
    from .skill_reference_param import SkillReferenceParam
    from .skill_reference_param_type import SkillReferenceParamType
    from .specific_apply_patch_param import SpecificApplyPatchParam
    from .specific_apply_patch_param_type import SpecificApplyPatchParamType
    from .specific_function_shell_param import SpecificFunctionShellParam
    from .specific_function_shell_param_type import SpecificFunctionShellParamType
    from .specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from .specific_programmatic_tool_calling_param_type import (
        SpecificProgrammaticToolCallingParamType,
    )
    from .speech_audio_delta_event import SpeechAudioDeltaEvent
    from .speech_audio_delta_event_type import SpeechAudioDeltaEventType
    from .speech_audio_done_event import SpeechAudioDoneEvent
    from .speech_audio_done_event_type import SpeechAudioDoneEventType
    from .speech_audio_done_event_usage import SpeechAudioDoneEventUsage
    from .summary_text_content import SummaryTextContent
    from .summary_text_content_type import SummaryTextContentType
    from .text_response_format_json_schema import TextResponseFormatJsonSchema
    from .text_response_format_json_schema_type import TextResponseFormatJsonSchemaType
    from .tool_choice_allowed import ToolChoiceAllowed
    from .tool_choice_allowed_mode import ToolChoiceAllowedMode
    from .tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
    from .tool_choice_allowed_type import ToolChoiceAllowedType
    from .tool_choice_custom import ToolChoiceCustom
    from .tool_choice_custom_type import ToolChoiceCustomType
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_function_type import ToolChoiceFunctionType
    from .tool_choice_mcp import ToolChoiceMCP
    from .tool_choice_mcp_type import ToolChoiceMCPType
    from .tool_choice_options import ToolChoiceOptions
    from .tool_choice_types import ToolChoiceTypes
    from .tool_choice_types_type import ToolChoiceTypesType
    from .tool_search_call import ToolSearchCall
    from .tool_search_call_item_param import ToolSearchCallItemParam
    from .tool_search_call_item_param_type import ToolSearchCallItemParamType
    from .tool_search_call_type import ToolSearchCallType
    from .tool_search_execution_type import ToolSearchExecutionType
    from .tool_search_output import ToolSearchOutput
    from .tool_search_output_item_param import ToolSearchOutputItemParam
    from .tool_search_output_item_param_type import ToolSearchOutputItemParamType
    from .tool_search_output_type import ToolSearchOutputType
    from .tool_search_tool_param import ToolSearchToolParam
    from .tool_search_tool_param_type import ToolSearchToolParamType
    from .top_log_prob import TopLogProb
    from .transcript_text_delta_event import TranscriptTextDeltaEvent
    from .transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,
    )
    from .transcript_text_delta_event_type import TranscriptTextDeltaEventType
    from .transcript_text_done_event import TranscriptTextDoneEvent
    from .transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem,
    )
    from .transcript_text_done_event_type import TranscriptTextDoneEventType
    from .transcript_text_segment_event import TranscriptTextSegmentEvent
    from .transcript_text_segment_event_type import TranscriptTextSegmentEventType
    from .transcript_text_usage_duration import TranscriptTextUsageDuration
    from .transcript_text_usage_duration_type import TranscriptTextUsageDurationType
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens
    from .transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )
    from .transcript_text_usage_tokens_type import TranscriptTextUsageTokensType
    from .transcription_diarized_segment import TranscriptionDiarizedSegment
    from .transcription_diarized_segment_type import TranscriptionDiarizedSegmentType
    from .transcription_include import TranscriptionInclude
    from .transcription_language import TranscriptionLanguage
    from .transcription_segment import TranscriptionSegment
    from .transcription_word import TranscriptionWord
    from .type_param import TypeParam
    from .type_param_type import TypeParamType
    from .url_citation_body import UrlCitationBody
    from .url_citation_body_type import UrlCitationBodyType
    from .vad_config import VadConfig
    from .vad_config_type import VadConfigType
    from .vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0
    from .verbosity_type_0 import VerbosityType0
    from .voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
    from .voice_ids_shared_type_1 import VoiceIdsSharedType1
    from .wait_param import WaitParam
    from .wait_param_type import WaitParamType
    from .web_search_action_find import WebSearchActionFind
    from .web_search_action_find_type import WebSearchActionFindType
    from .web_search_action_open_page import WebSearchActionOpenPage
    from .web_search_action_open_page_type import WebSearchActionOpenPageType
    from .web_search_action_search import WebSearchActionSearch
    from .web_search_action_search_sources_item import WebSearchActionSearchSourcesItem
    from .web_search_action_search_sources_item_type import (
        WebSearchActionSearchSourcesItemType,
    )
    from .web_search_action_search_type import WebSearchActionSearchType
    from .web_search_approximate_location_type_0 import (
        WebSearchApproximateLocationType0,
    )
    from .web_search_approximate_location_type_0_type import (
        WebSearchApproximateLocationType0Type,
    )
    from .web_search_context_size import WebSearchContextSize
    from .web_search_location import WebSearchLocation
    from .web_search_preview_tool import WebSearchPreviewTool
    from .web_search_preview_tool_type import WebSearchPreviewToolType
    from .web_search_tool import WebSearchTool
    from .web_search_tool_call import WebSearchToolCall
    from .web_search_tool_call_status import WebSearchToolCallStatus
    from .web_search_tool_call_type import WebSearchToolCallType
    from .web_search_tool_filters_type_0 import WebSearchToolFiltersType0
    from .web_search_tool_search_context_size import WebSearchToolSearchContextSize
    from .web_search_tool_type import WebSearchToolType

# The module (below this package) that defines each model, imported on first use.
_MODULES: dict[str, str] = {
    "AdditionalTools": "additional_tools",
    "AdditionalToolsItemParam": "additional_tools_item_param",
    "AdditionalToolsItemParamRole": "additional_tools_item_param_role",
    "AdditionalToolsItemParamType": "additional_tools_item_param_type",
    "AdditionalToolsType": "additional_tools_type",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchCreateFileOperationParamType": "apply_patch_create_file_operation_param_type",
    "ApplyPatchCreateFileOperationType": "apply_patch_create_file_operation_type",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchDeleteFileOperationParamType": "apply_patch_delete_file_operation_param_type",
    "ApplyPatchDeleteFileOperationType": "apply_patch_delete_file_operation_type",
    "ApplyPatchToolCall": "apply_patch_tool_call",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamType": "apply_patch_tool_call_item_param_type",
    "ApplyPatchToolCallOutput": "apply_patch_tool_call_output",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolCallOutputItemParamType": "apply_patch_tool_call_output_item_param_type",
    "ApplyPatchToolCallOutputType": "apply_patch_tool_call_output_type",
    "ApplyPatchToolCallType": "apply_patch_tool_call_type",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchToolParamType": "apply_patch_tool_param_type",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApplyPatchUpdateFileOperationParamType": "apply_patch_update_file_operation_param_type",
    "ApplyPatchUpdateFileOperationType": "apply_patch_update_file_operation_type",
    "ApproximateLocation": "approximate_location",
    "ApproximateLocationType": "approximate_location_type",
    "AudioResponseFormat": "audio_response_format",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamType": "auto_code_interpreter_tool_param_type",
    "Batch": "batch",
    "BatchError": "batch_error",
    "BatchErrors": "batch_errors",
    "BatchFileExpirationAfter": "batch_file_expiration_after",
    "BatchFileExpirationAfterAnchor": "batch_file_expiration_after_anchor",
    "BatchObject": "batch_object",
    "BatchRequestCounts": "batch_request_counts",
    "BatchStatus": "batch_status",
    "BatchUsage": "batch_usage",
    "BatchUsageInputTokensDetails": "batch_usage_input_tokens_details",
    "BatchUsageOutputTokensDetails": "batch_usage_output_tokens_details",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsChoiceType": "chat_completion_allowed_tools_choice_type",
    "ChatCompletionAllowedToolsMode": "chat_completion_allowed_tools_mode",
    "ChatCompletionAllowedToolsToolsItem": "chat_completion_allowed_tools_tools_item",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustom": "chat_completion_message_custom_tool_call_custom",
    "ChatCompletionMessageCustomToolCallType": "chat_completion_message_custom_tool_call_type",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallChunkType": "chat_completion_message_tool_call_chunk_type",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallType": "chat_completion_message_tool_call_type",
    "ChatCompletionModeration": "chat_completion_moderation",
    "ChatCompletionModerationError": "chat_completion_moderation_error",
    "ChatCompletionModerationErrorType": "chat_completion_moderation_error_type",
    "ChatCompletionModerationResults": "chat_completion_moderation_results",
    "ChatCompletionModerationResultsType": "chat_completion_moderation_results_type",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomCustom": "chat_completion_named_tool_choice_custom_custom",
    "ChatCompletionNamedToolChoiceCustomType": "chat_completion_named_tool_choice_custom_type",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice_function",
    "ChatCompletionNamedToolChoiceType": "chat_completion_named_tool_choice_type",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudioType0": "chat_completion_request_assistant_message_audio_type_0",
    "ChatCompletionRequestAssistantMessageFunctionCallType0": "chat_completion_request_assistant_message_function_call_type_0",
    "ChatCompletionRequestAssistantMessageRole": "chat_completion_request_assistant_message_role",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestDeveloperMessageRole": "chat_completion_request_developer_message_role",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestFunctionMessageRole": "chat_completion_request_function_message_role",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio": "chat_completion_request_message_content_part_audio_input_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioFormat": "chat_completion_request_message_content_part_audio_input_audio_format",
    "ChatCompletionRequestMessageContentPartAudioType": "chat_completion_request_message_content_part_audio_type",
    "ChatCompletionRequestMessageContentPartFile": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileFile": "chat_completion_request_message_content_part_file_file",
    "ChatCompletionRequestMessageContentPartFileType": "chat_completion_request_message_content_part_file_type",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageImageUrl": "chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartImageImageUrlDetail": "chat_completion_request_message_content_part_image_image_url_detail",
    "ChatCompletionRequestMessageContentPartImageType": "chat_completion_request_message_content_part_image_type",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartRefusalType": "chat_completion_request_message_content_part_refusal_type",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageContentPartTextType": "chat_completion_request_message_content_part_text_type",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageRole": "chat_completion_request_system_message_role",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageRole": "chat_completion_request_tool_message_role",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageRole": "chat_completion_request_user_message_role",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageAnnotationsItem": "chat_completion_response_message_annotations_item",
    "ChatCompletionResponseMessageAnnotationsItemType": "chat_completion_response_message_annotations_item_type",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation": "chat_completion_response_message_annotations_item_url_citation",
    "ChatCompletionResponseMessageAudioType0": "chat_completion_response_message_audio_type_0",
    "ChatCompletionResponseMessageFunctionCall": "chat_completion_response_message_function_call",
    "ChatCompletionResponseMessageRole": "chat_completion_response_message_role",
    "ChatCompletionStreamOptionsType0": "chat_completion_stream_options_type_0",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta_function_call",
    "ChatCompletionStreamResponseDeltaRole": "chat_completion_stream_response_delta_role",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobsItem": "chat_completion_token_logprob_top_logprobs_item",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOptionType0": "chat_completion_tool_choice_option_type_0",
    "ChatCompletionToolType": "chat_completion_tool_type",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClickParamType": "click_param_type",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputImageType": "code_interpreter_output_image_type",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterOutputLogsType": "code_interpreter_output_logs_type",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallStatus": "code_interpreter_tool_call_status",
    "CodeInterpreterToolCallType": "code_interpreter_tool_call_type",
    "CodeInterpreterToolType": "code_interpreter_tool_type",
    "CompactionBody": "compaction_body",
    "CompactionBodyType": "compaction_body_type",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionSummaryItemParamType": "compaction_summary_item_param_type",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "CompactionTriggerItemParamType": "compaction_trigger_item_param_type",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterType": "comparison_filter_type",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": "completion_usage_prompt_tokens_details",
    "CompoundFilter": "compound_filter",
    "CompoundFilterType": "compound_filter_type",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputItemParamType": "computer_call_output_item_param_type",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerEnvironment": "computer_environment",
    "ComputerScreenshotImage": "computer_screenshot_image",
    "ComputerScreenshotImageType": "computer_screenshot_image_type",
    "ComputerTool": "computer_tool",
    "ComputerToolCall": "computer_tool_call",
    "ComputerToolCallOutput": "computer_tool_call_output",
    "ComputerToolCallOutputResource": "computer_tool_call_output_resource",
    "ComputerToolCallOutputResourceStatus": "computer_tool_call_output_resource_status",
    "ComputerToolCallOutputResourceType": "computer_tool_call_output_resource_type",
    "ComputerToolCallOutputStatus": "computer_tool_call_output_status",
    "ComputerToolCallOutputType": "computer_tool_call_output_type",
    "ComputerToolCallStatus": "computer_tool_call_status",
    "ComputerToolCallType": "computer_tool_call_type",
    "ComputerToolType": "computer_tool_type",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ComputerUsePreviewToolType": "computer_use_preview_tool_type",
    "ContainerAutoParam": "container_auto_param",
    "ContainerAutoParamType": "container_auto_param_type",
    "ContainerFileCitationBody": "container_file_citation_body",
    "ContainerFileCitationBodyType": "container_file_citation_body_type",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyAllowlistParamType": "container_network_policy_allowlist_param_type",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDisabledParamType": "container_network_policy_disabled_param_type",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "ContainerReferenceParamType": "container_reference_param_type",
    "ContainerReferenceResource": "container_reference_resource",
    "ContainerReferenceResourceType": "container_reference_resource_type",
    "ContextManagementParam": "context_management_param",
    "ConversationParam2": "conversation_param_2",
    "CoordParam": "coord_param",
    "CreateBatchRequest": "create_batch_request",
    "CreateBatchRequestCompletionWindow": "create_batch_request_completion_window",
    "CreateBatchRequestEndpoint": "create_batch_request_endpoint",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestAudioType0": "create_chat_completion_request_audio_type_0",
    "CreateChatCompletionRequestAudioType0Format": "create_chat_completion_request_audio_type_0_format",
    "CreateChatCompletionRequestFunctionCallType0": "create_chat_completion_request_function_call_type_0",
    "CreateChatCompletionRequestLogitBiasType0": "create_chat_completion_request_logit_bias_type_0",
    "CreateChatCompletionRequestWebSearchOptions": "create_chat_completion_request_web_search_options",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationType0": "create_chat_completion_request_web_search_options_user_location_type_0",
    "CreateChatCompletionRequestWebSearchOptionsUserLocationType0Type": "create_chat_completion_request_web_search_options_user_location_type_0_type",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": "create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemFinishReason": "create_chat_completion_response_choices_item_finish_reason",
    "CreateChatCompletionResponseChoicesItemLogprobsType0": "create_chat_completion_response_choices_item_logprobs_type_0",
    "CreateChatCompletionResponseObject": "create_chat_completion_response_object",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": "create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemFinishReasonType0": "create_chat_completion_stream_response_choices_item_finish_reason_type_0",
    "CreateChatCompletionStreamResponseChoicesItemLogprobsType0": "create_chat_completion_stream_response_choices_item_logprobs_type_0",
    "CreateChatCompletionStreamResponseObject": "create_chat_completion_stream_response_object",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionRequestLogitBiasType0": "create_completion_request_logit_bias_type_0",
    "CreateCompletionRequestModelType1": "create_completion_request_model_type_1",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoicesItem": "create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemFinishReason": "create_completion_response_choices_item_finish_reason",
    "CreateCompletionResponseChoicesItemLogprobsType0": "create_completion_response_choices_item_logprobs_type_0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": "create_completion_response_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateCompletionResponseObject": "create_completion_response_object",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestEncodingFormat": "create_embedding_request_encoding_format",
    "CreateEmbeddingRequestModelType1": "create_embedding_request_model_type_1",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseObject": "create_embedding_response_object",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateFileRequest": "create_file_request",
    "CreateFileRequestPurpose": "create_file_request_purpose",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestBackgroundType0": "create_image_request_background_type_0",
    "CreateImageRequestModelType1": "create_image_request_model_type_1",
    "CreateImageRequestModerationType0": "create_image_request_moderation_type_0",
    "CreateImageRequestOutputFormatType0": "create_image_request_output_format_type_0",
    "CreateImageRequestQualityType0": "create_image_request_quality_type_0",
    "CreateImageRequestResponseFormatType0": "create_image_request_response_format_type_0",
    "CreateImageRequestSizeType1": "create_image_request_size_type_1",
    "CreateImageRequestStyleType0": "create_image_request_style_type_0",
    "CreateModelResponseProperties": "create_model_response_properties",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationRequestInputType2ItemType0": "create_moderation_request_input_type_2_item_type_0",
    "CreateModerationRequestInputType2ItemType0ImageUrl": "create_moderation_request_input_type_2_item_type_0_image_url",
    "CreateModerationRequestInputType2ItemType0Type": "create_moderation_request_input_type_2_item_type_0_type",
    "CreateModerationRequestInputType2ItemType1": "create_moderation_request_input_type_2_item_type_1",
    "CreateModerationRequestInputType2ItemType1Type": "create_moderation_request_input_type_2_item_type_1_type",
    "CreateModerationRequestModelType1": "create_moderation_request_model_type_1",
    "CreateModerationResponse": "create_moderation_response",
    "CreateModerationResponseResultsItem": "create_moderation_response_results_item",
    "CreateModerationResponseResultsItemCategories": "create_moderation_response_results_item_categories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes": "create_moderation_response_results_item_category_applied_input_types",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem": "create_moderation_response_results_item_category_applied_input_types_harassment_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem": "create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem": "create_moderation_response_results_item_category_applied_input_types_hate_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem": "create_moderation_response_results_item_category_applied_input_types_hatethreatening_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem": "create_moderation_response_results_item_category_applied_input_types_illicit_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem": "create_moderation_response_results_item_category_applied_input_types_illicitviolent_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem": "create_moderation_response_results_item_category_applied_input_types_self_harm_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem": "create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem": "create_moderation_response_results_item_category_applied_input_types_self_harmintent_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem": "create_moderation_response_results_item_category_applied_input_types_sexual_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem": "create_moderation_response_results_item_category_applied_input_types_sexualminors_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem": "create_moderation_response_results_item_category_applied_input_types_violence_item",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem": "create_moderation_response_results_item_category_applied_input_types_violencegraphic_item",
    "CreateModerationResponseResultsItemCategoryScores": "create_moderation_response_results_item_category_scores",
    "CreateResponse": "create_response",
    "CreateResponseTruncationType0": "create_response_truncation_type_0",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestModelType1": "create_speech_request_model_type_1",
    "CreateSpeechRequestResponseFormat": "create_speech_request_response_format",
    "CreateSpeechRequestStreamFormat": "create_speech_request_stream_format",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestChunkingStrategyType0Type0": "create_transcription_request_chunking_strategy_type_0_type_0",
    "CreateTranscriptionRequestModelType1": "create_transcription_request_model_type_1",
    "CreateTranscriptionRequestTimestampGranularitiesItem": "create_transcription_request_timestamp_granularities_item",
    "CreateTranscriptionResponseDiarizedJson": "create_transcription_response_diarized_json",
    "CreateTranscriptionResponseDiarizedJsonTask": "create_transcription_response_diarized_json_task",
    "CreateTranscriptionResponseJson": "create_transcription_response_json",
    "CreateTranscriptionResponseJsonLogprobsItem": "create_transcription_response_json_logprobs_item",
    "CreateTranscriptionResponseVerboseJson": "create_transcription_response_verbose_json",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationRequestModelType1": "create_translation_request_model_type_1",
    "CreateTranslationRequestResponseFormat": "create_translation_request_response_format",
    "CreateTranslationResponseJson": "create_translation_response_json",
    "CreateTranslationResponseVerboseJson": "create_translation_response_verbose_json",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomGrammarFormatParamType": "custom_grammar_format_param_type",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomTextFormatParamType": "custom_text_format_param_type",
    "CustomToolCall": "custom_tool_call",
    "CustomToolCallOutput": "custom_tool_call_output",
    "CustomToolCallOutputResource": "custom_tool_call_output_resource",
    "CustomToolCallOutputType": "custom_tool_call_output_type",
    "CustomToolCallResource": "custom_tool_call_resource",
    "CustomToolCallType": "custom_tool_call_type",
    "CustomToolChatCompletions": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustom": "custom_tool_chat_completions_custom",
    "CustomToolChatCompletionsCustomFormatType0": "custom_tool_chat_completions_custom_format_type_0",
    "CustomToolChatCompletionsCustomFormatType0Type": "custom_tool_chat_completions_custom_format_type_0_type",
    "CustomToolChatCompletionsCustomFormatType1": "custom_tool_chat_completions_custom_format_type_1",
    "CustomToolChatCompletionsCustomFormatType1Grammar": "custom_tool_chat_completions_custom_format_type_1_grammar",
    "CustomToolChatCompletionsCustomFormatType1GrammarSyntax": "custom_tool_chat_completions_custom_format_type_1_grammar_syntax",
    "CustomToolChatCompletionsCustomFormatType1Type": "custom_tool_chat_completions_custom_format_type_1_type",
    "CustomToolChatCompletionsType": "custom_tool_chat_completions_type",
    "CustomToolParam": "custom_tool_param",
    "CustomToolParamType": "custom_tool_param_type",
    "DeleteFileResponse": "delete_file_response",
    "DeleteFileResponseObject": "delete_file_response_object",
    "DeleteModelResponse": "delete_model_response",
    "DetailEnum": "detail_enum",
    "DirectToolCallCaller": "direct_tool_call_caller",
    "DirectToolCallCallerParam": "direct_tool_call_caller_param",
    "DirectToolCallCallerParamType": "direct_tool_call_caller_param_type",
    "DirectToolCallCallerType": "direct_tool_call_caller_type",
    "DoubleClickAction": "double_click_action",
    "DoubleClickActionType": "double_click_action_type",
    "DragParam": "drag_param",
    "DragParamType": "drag_param_type",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageRole": "easy_input_message_role",
    "EasyInputMessageType": "easy_input_message_type",
    "Embedding": "embedding",
    "EmbeddingObject": "embedding_object",
    "EmptyModelParam": "empty_model_param",
    "Error": "error",
    "ErrorResponse": "error_response",
    "FileCitationBody": "file_citation_body",
    "FileCitationBodyType": "file_citation_body_type",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfter": "file_expiration_after",
    "FileExpirationAfterAnchor": "file_expiration_after_anchor",
    "FileInputDetail": "file_input_detail",
    "FilePath": "file_path",
    "FilePathType": "file_path_type",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallResultsType0Item": "file_search_tool_call_results_type_0_item",
    "FileSearchToolCallStatus": "file_search_tool_call_status",
    "FileSearchToolCallType": "file_search_tool_call_type",
    "FileSearchToolType": "file_search_tool_type",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputItemParamType": "function_call_output_item_param_type",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionObject": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellCall": "function_shell_call",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemParamType": "function_shell_call_item_param_type",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallOutput": "function_shell_call_output",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputContentParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputExitOutcomeParamType": "function_shell_call_output_exit_outcome_param_type",
    "FunctionShellCallOutputExitOutcomeType": "function_shell_call_output_exit_outcome_type",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputItemParamType": "function_shell_call_output_item_param_type",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallOutputTimeoutOutcomeParamType": "function_shell_call_output_timeout_outcome_param_type",
    "FunctionShellCallOutputTimeoutOutcomeType": "function_shell_call_output_timeout_outcome_type",
    "FunctionShellCallOutputType": "function_shell_call_output_type",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionShellCallType": "function_shell_call_type",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionShellToolParamType": "function_shell_tool_param_type",
    "FunctionTool": "function_tool",
    "FunctionToolCall": "function_tool_call",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolCallOutputResource": "function_tool_call_output_resource",
    "FunctionToolCallOutputStatus": "function_tool_call_output_status",
    "FunctionToolCallOutputType": "function_tool_call_output_type",
    "FunctionToolCallResource": "function_tool_call_resource",
    "FunctionToolCallStatus": "function_tool_call_status",
    "FunctionToolCallType": "function_tool_call_type",
    "FunctionToolOutputSchemaType0": "function_tool_output_schema_type_0",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamOutputSchemaType0": "function_tool_param_output_schema_type_0",
    "FunctionToolParamType": "function_tool_param_type",
    "FunctionToolParametersType0": "function_tool_parameters_type_0",
    "FunctionToolType": "function_tool_type",
    "GrammarSyntax1": "grammar_syntax_1",
    "HTTPError": "http_error",
    "HTTPErrorType": "http_error_type",
    "HybridSearchOptions": "hybrid_search_options",
    "Image": "image",
    "ImageDetail": "image_detail",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenCompletedEventBackground": "image_gen_completed_event_background",
    "ImageGenCompletedEventOutputFormat": "image_gen_completed_event_output_format",
    "ImageGenCompletedEventQuality": "image_gen_completed_event_quality",
    "ImageGenCompletedEventSize": "image_gen_completed_event_size",
    "ImageGenCompletedEventType": "image_gen_completed_event_type",
    "ImageGenInputUsageDetails": "image_gen_input_usage_details",
    "ImageGenOutputTokensDetails": "image_gen_output_tokens_details",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenPartialImageEventBackground": "image_gen_partial_image_event_background",
    "ImageGenPartialImageEventOutputFormat": "image_gen_partial_image_event_output_format",
    "ImageGenPartialImageEventQuality": "image_gen_partial_image_event_quality",
    "ImageGenPartialImageEventSize": "image_gen_partial_image_event_size",
    "ImageGenPartialImageEventType": "image_gen_partial_image_event_type",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolBackground": "image_gen_tool_background",
    "ImageGenToolCall": "image_gen_tool_call",
    "ImageGenToolCallStatus": "image_gen_tool_call_status",
    "ImageGenToolCallType": "image_gen_tool_call_type",
    "ImageGenToolInputImageMask": "image_gen_tool_input_image_mask",
    "ImageGenToolModelType1": "image_gen_tool_model_type_1",
    "ImageGenToolModeration": "image_gen_tool_moderation",
    "ImageGenToolOutputFormat": "image_gen_tool_output_format",
    "ImageGenToolQuality": "image_gen_tool_quality",
    "ImageGenToolSizeType1": "image_gen_tool_size_type_1",
    "ImageGenToolType": "image_gen_tool_type",
    "ImageGenUsage": "image_gen_usage",
    "ImagesResponse": "images_response",
    "ImagesResponseBackground": "images_response_background",
    "ImagesResponseOutputFormat": "images_response_output_format",
    "ImagesResponseQuality": "images_response_quality",
    "ImagesResponseSize": "images_response_size",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage_input_tokens_details",
    "IncludeEnum": "include_enum",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillParamType": "inline_skill_param_type",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InlineSkillSourceParamMediaType": "inline_skill_source_param_media_type",
    "InlineSkillSourceParamType": "inline_skill_source_param_type",
    "InputFidelity": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputFileContentParamType": "input_file_content_param_type",
    "InputFileContentType": "input_file_content_type",
    "InputImageContent": "input_image_content",
    "InputImageContentParamAutoParam": "input_image_content_param_auto_param",
    "InputImageContentParamAutoParamType": "input_image_content_param_auto_param_type",
    "InputImageContentType": "input_image_content_type",
    "InputMessage": "input_message",
    "InputMessageResource": "input_message_resource",
    "InputMessageRole": "input_message_role",
    "InputMessageStatus": "input_message_status",
    "InputMessageType": "input_message_type",
    "InputTextContent": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "InputTextContentParamType": "input_text_content_param_type",
    "InputTextContentType": "input_text_content_type",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamTypeType0": "item_reference_param_type_type_0",
    "KeyPressAction": "key_press_action",
    "KeyPressActionType": "key_press_action_type",
    "ListBatchesResponse": "list_batches_response",
    "ListBatchesResponseObject": "list_batches_response_object",
    "ListFilesOrder": "list_files_order",
    "ListFilesResponse": "list_files_response",
    "ListInputItemsOrder": "list_input_items_order",
    "ListModelsResponse": "list_models_response",
    "ListModelsResponseObject": "list_models_response_object",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalEnvironmentParamType": "local_environment_param_type",
    "LocalEnvironmentResource": "local_environment_resource",
    "LocalEnvironmentResourceType": "local_environment_resource_type",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellExecActionEnv": "local_shell_exec_action_env",
    "LocalShellExecActionType": "local_shell_exec_action_type",
    "LocalShellToolCall": "local_shell_tool_call",
    "LocalShellToolCallOutput": "local_shell_tool_call_output",
    "LocalShellToolCallOutputStatusType0": "local_shell_tool_call_output_status_type_0",
    "LocalShellToolCallOutputType": "local_shell_tool_call_output_type",
    "LocalShellToolCallStatus": "local_shell_tool_call_status",
    "LocalShellToolCallType": "local_shell_tool_call_type",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalShellToolParamType": "local_shell_tool_param_type",
    "LocalSkillParam": "local_skill_param",
    "LogProb": "log_prob",
    "MCPApprovalRequest": "mcp_approval_request",
    "MCPApprovalRequestType": "mcp_approval_request_type",
    "MCPApprovalResponse": "mcp_approval_response",
    "MCPApprovalResponseResource": "mcp_approval_response_resource",
    "MCPApprovalResponseResourceType": "mcp_approval_response_resource_type",
    "MCPApprovalResponseType": "mcp_approval_response_type",
    "MCPListTools": "mcp_list_tools",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPListToolsToolAnnotationsType0": "mcp_list_tools_tool_annotations_type_0",
    "MCPListToolsToolInputSchema": "mcp_list_tools_tool_input_schema",
    "MCPListToolsType": "mcp_list_tools_type",
    "MCPProtocolError": "mcp_protocol_error",
    "MCPProtocolErrorType": "mcp_protocol_error_type",
    "MCPTool": "mcp_tool",
    "MCPToolCall": "mcp_tool_call",
    "MCPToolCallStatus": "mcp_tool_call_status",
    "MCPToolCallType": "mcp_tool_call_type",
    "MCPToolConnectorId": "mcp_tool_connector_id",
    "MCPToolExecutionError": "mcp_tool_execution_error",
    "MCPToolExecutionErrorType": "mcp_tool_execution_error_type",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolHeadersType0": "mcp_tool_headers_type_0",
    "MCPToolRequireApprovalType0Type0": "mcp_tool_require_approval_type_0_type_0",
    "MCPToolRequireApprovalType0Type1": "mcp_tool_require_approval_type_0_type_1",
    "MCPToolType": "mcp_tool_type",
    "MessagePhase": "message_phase",
    "MessageRole": "message_role",
    "MetadataType0": "metadata_type_0",
    "Model": "model",
    "ModelIdsResponsesType1": "model_ids_responses_type_1",
    "ModelIdsSharedType1": "model_ids_shared_type_1",
    "ModelObject": "model_object",
    "ModelResponseProperties": "model_response_properties",
    "ModelResponsePropertiesPromptCacheRetentionType0": "model_response_properties_prompt_cache_retention_type_0",
    "Moderation": "moderation",
    "ModerationConfigParam": "moderation_config_param",
    "ModerationErrorBody": "moderation_error_body",
    "ModerationErrorBodyType": "moderation_error_body_type",
    "ModerationInputType": "moderation_input_type",
    "ModerationMode": "moderation_mode",
    "ModerationParam": "moderation_param",
    "ModerationPolicyParam": "moderation_policy_param",
    "ModerationResultBody": "moderation_result_body",
    "ModerationResultBodyCategories": "moderation_result_body_categories",
    "ModerationResultBodyCategoryAppliedInputTypes": "moderation_result_body_category_applied_input_types",
    "ModerationResultBodyCategoryScores": "moderation_result_body_category_scores",
    "ModerationResultBodyType": "moderation_result_body_type",
    "MoveParam": "move_param",
    "MoveParamType": "move_param_type",
    "NamespaceToolParam": "namespace_tool_param",
    "NamespaceToolParamType": "namespace_tool_param_type",
    "OpenAIFile": "open_ai_file",
    "OpenAIFileObject": "open_ai_file_object",
    "OpenAIFilePurpose": "open_ai_file_purpose",
    "OpenAIFileStatus": "open_ai_file_status",
    "OutputMessage": "output_message",
    "OutputMessageRole": "output_message_role",
    "OutputMessageStatus": "output_message_status",
    "OutputMessageType": "output_message_type",
    "OutputTextContent": "output_text_content",
    "OutputTextContentType": "output_text_content_type",
    "PredictionContent": "prediction_content",
    "PredictionContentType": "prediction_content_type",
    "Program": "program",
    "ProgramItemParam": "program_item_param",
    "ProgramItemParamType": "program_item_param_type",
    "ProgramOutput": "program_output",
    "ProgramOutputItemParam": "program_output_item_param",
    "ProgramOutputItemParamType": "program_output_item_param_type",
    "ProgramOutputItemStatus": "program_output_item_status",
    "ProgramOutputStatus": "program_output_status",
    "ProgramOutputType": "program_output_type",
    "ProgramToolCallCaller": "program_tool_call_caller",
    "ProgramToolCallCallerParam": "program_tool_call_caller_param",
    "ProgramToolCallCallerParamType": "program_tool_call_caller_param_type",
    "ProgramToolCallCallerType": "program_tool_call_caller_type",
    "ProgramType": "program_type",
    "ProgrammaticToolCallingParam": "programmatic_tool_calling_param",
    "ProgrammaticToolCallingParamType": "programmatic_tool_calling_param_type",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": "prompt_cache_breakpoint_config_mode",
    "PromptCacheBreakpointParam": "prompt_cache_breakpoint_param",
    "PromptCacheBreakpointParamMode": "prompt_cache_breakpoint_param_mode",
    "PromptCacheModeEnum": "prompt_cache_mode_enum",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsParam": "prompt_cache_options_param",
    "PromptCacheTTLEnum": "prompt_cache_ttl_enum",
    "PromptType0": "prompt_type_0",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "Reasoning": "reasoning",
    "ReasoningContextType0": "reasoning_context_type_0",
    "ReasoningEffortType0": "reasoning_effort_type_0",
    "ReasoningGenerateSummaryType0": "reasoning_generate_summary_type_0",
    "ReasoningItem": "reasoning_item",
    "ReasoningItemStatus": "reasoning_item_status",
    "ReasoningItemType": "reasoning_item_type",
    "ReasoningModeEnumType1": "reasoning_mode_enum_type_1",
    "ReasoningSummaryType0": "reasoning_summary_type_0",
    "ReasoningTextContent": "reasoning_text_content",
    "ReasoningTextContentType": "reasoning_text_content_type",
    "RefusalContent": "refusal_content",
    "RefusalContentType": "refusal_content_type",
    "Response": "response",
    "ResponseAudioDeltaEvent": "response_audio_delta_event",
    "ResponseAudioDeltaEventType": "response_audio_delta_event_type",
    "ResponseAudioDoneEvent": "response_audio_done_event",
    "ResponseAudioDoneEventType": "response_audio_done_event_type",
    "ResponseAudioTranscriptDeltaEvent": "response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDeltaEventType": "response_audio_transcript_delta_event_type",
    "ResponseAudioTranscriptDoneEvent": "response_audio_transcript_done_event",
    "ResponseAudioTranscriptDoneEventType": "response_audio_transcript_done_event_type",
    "ResponseCodeInterpreterCallCodeDeltaEvent": "response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDeltaEventType": "response_code_interpreter_call_code_delta_event_type",
    "ResponseCodeInterpreterCallCodeDoneEvent": "response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCodeDoneEventType": "response_code_interpreter_call_code_done_event_type",
    "ResponseCodeInterpreterCallCompletedEvent": "response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallCompletedEventType": "response_code_interpreter_call_completed_event_type",
    "ResponseCodeInterpreterCallInProgressEvent": "response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInProgressEventType": "response_code_interpreter_call_in_progress_event_type",
    "ResponseCodeInterpreterCallInterpretingEvent": "response_code_interpreter_call_interpreting_event",
    "ResponseCodeInterpreterCallInterpretingEventType": "response_code_interpreter_call_interpreting_event_type",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseCompletedEventType": "response_completed_event_type",
    "ResponseContentPartAddedEvent": "response_content_part_added_event",
    "ResponseContentPartAddedEventType": "response_content_part_added_event_type",
    "ResponseContentPartDoneEvent": "response_content_part_done_event",
    "ResponseContentPartDoneEventType": "response_content_part_done_event_type",
    "ResponseConversation": "response_conversation",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseCreatedEventType": "response_created_event_type",
    "ResponseCustomToolCallInputDeltaEvent": "response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDeltaEventType": "response_custom_tool_call_input_delta_event_type",
    "ResponseCustomToolCallInputDoneEvent": "response_custom_tool_call_input_done_event",
    "ResponseCustomToolCallInputDoneEventType": "response_custom_tool_call_input_done_event_type",
    "ResponseErrorCode": "response_error_code",
    "ResponseErrorEvent": "response_error_event",
    "ResponseErrorEventType": "response_error_event_type",
    "ResponseErrorType0": "response_error_type_0",
    "ResponseFailedEvent": "response_failed_event",
    "ResponseFailedEventType": "response_failed_event_type",
    "ResponseFileSearchCallCompletedEvent": "response_file_search_call_completed_event",
    "ResponseFileSearchCallCompletedEventType": "response_file_search_call_completed_event_type",
    "ResponseFileSearchCallInProgressEvent": "response_file_search_call_in_progress_event",
    "ResponseFileSearchCallInProgressEventType": "response_file_search_call_in_progress_event_type",
    "ResponseFileSearchCallSearchingEvent": "response_file_search_call_searching_event",
    "ResponseFileSearchCallSearchingEventType": "response_file_search_call_searching_event_type",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectType": "response_format_json_object_type",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatJsonSchemaType": "response_format_json_schema_type",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextType": "response_format_text_type",
    "ResponseFunctionCallArgumentsDeltaEvent": "response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDeltaEventType": "response_function_call_arguments_delta_event_type",
    "ResponseFunctionCallArgumentsDoneEvent": "response_function_call_arguments_done_event",
    "ResponseFunctionCallArgumentsDoneEventType": "response_function_call_arguments_done_event_type",
    "ResponseImageGenCallCompletedEvent": "response_image_gen_call_completed_event",
    "ResponseImageGenCallCompletedEventType": "response_image_gen_call_completed_event_type",
    "ResponseImageGenCallGeneratingEvent": "response_image_gen_call_generating_event",
    "ResponseImageGenCallGeneratingEventType": "response_image_gen_call_generating_event_type",
    "ResponseImageGenCallInProgressEvent": "response_image_gen_call_in_progress_event",
    "ResponseImageGenCallInProgressEventType": "response_image_gen_call_in_progress_event_type",
    "ResponseImageGenCallPartialImageEvent": "response_image_gen_call_partial_image_event",
    "ResponseImageGenCallPartialImageEventType": "response_image_gen_call_partial_image_event_type",
    "ResponseInProgressEvent": "response_in_progress_event",
    "ResponseInProgressEventType": "response_in_progress_event_type",
    "ResponseIncompleteDetailsType0": "response_incomplete_details_type_0",
    "ResponseIncompleteDetailsType0Reason": "response_incomplete_details_type_0_reason",
    "ResponseIncompleteEvent": "response_incomplete_event",
    "ResponseIncompleteEventType": "response_incomplete_event_type",
    "ResponseItemList": "response_item_list",
    "ResponseItemListObject": "response_item_list_object",
    "ResponseLogProb": "response_log_prob",
    "ResponseLogProbTopLogprobsItem": "response_log_prob_top_logprobs_item",
    "ResponseMCPCallArgumentsDeltaEvent": "response_mcp_call_arguments_delta_event",
    "ResponseMCPCallArgumentsDeltaEventType": "response_mcp_call_arguments_delta_event_type",
    "ResponseMCPCallArgumentsDoneEvent": "response_mcp_call_arguments_done_event",
    "ResponseMCPCallArgumentsDoneEventType": "response_mcp_call_arguments_done_event_type",
    "ResponseMCPCallCompletedEvent": "response_mcp_call_completed_event",
    "ResponseMCPCallCompletedEventType": "response_mcp_call_completed_event_type",
    "ResponseMCPCallFailedEvent": "response_mcp_call_failed_event",
    "ResponseMCPCallFailedEventType": "response_mcp_call_failed_event_type",
    "ResponseMCPCallInProgressEvent": "response_mcp_call_in_progress_event",
    "ResponseMCPCallInProgressEventType": "response_mcp_call_in_progress_event_type",
    "ResponseMCPListToolsCompletedEvent": "response_mcp_list_tools_completed_event",
    "ResponseMCPListToolsCompletedEventType": "response_mcp_list_tools_completed_event_type",
    "ResponseMCPListToolsFailedEvent": "response_mcp_list_tools_failed_event",
    "ResponseMCPListToolsFailedEventType": "response_mcp_list_tools_failed_event_type",
    "ResponseMCPListToolsInProgressEvent": "response_mcp_list_tools_in_progress_event",
    "ResponseMCPListToolsInProgressEventType": "response_mcp_list_tools_in_progress_event_type",
    "ResponseModalitiesType0Item": "response_modalities_type_0_item",
    "ResponseObject": "response_object",
    "ResponseOutputItemAddedEvent": "response_output_item_added_event",
    "ResponseOutputItemAddedEventType": "response_output_item_added_event_type",
    "ResponseOutputItemDoneEvent": "response_output_item_done_event",
    "ResponseOutputItemDoneEventType": "response_output_item_done_event_type",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponseOutputTextAnnotationAddedEventType": "response_output_text_annotation_added_event_type",
    "ResponsePromptVariablesType0": "response_prompt_variables_type_0",
    "ResponseProperties": "response_properties",
    "ResponseQueuedEvent": "response_queued_event",
    "ResponseQueuedEventType": "response_queued_event_type",
    "ResponseReasoningSummaryPartAddedEvent": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventPart": "response_reasoning_summary_part_added_event_part",
    "ResponseReasoningSummaryPartAddedEventPartType": "response_reasoning_summary_part_added_event_part_type",
    "ResponseReasoningSummaryPartAddedEventType": "response_reasoning_summary_part_added_event_type",
    "ResponseReasoningSummaryPartDoneEvent": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventPart": "response_reasoning_summary_part_done_event_part",
    "ResponseReasoningSummaryPartDoneEventPartType": "response_reasoning_summary_part_done_event_part_type",
    "ResponseReasoningSummaryPartDoneEventStatus": "response_reasoning_summary_part_done_event_status",
    "ResponseReasoningSummaryPartDoneEventType": "response_reasoning_summary_part_done_event_type",
    "ResponseReasoningSummaryTextDeltaEvent": "response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDeltaEventType": "response_reasoning_summary_text_delta_event_type",
    "ResponseReasoningSummaryTextDoneEvent": "response_reasoning_summary_text_done_event",
    "ResponseReasoningSummaryTextDoneEventType": "response_reasoning_summary_text_done_event_type",
    "ResponseReasoningTextDeltaEvent": "response_reasoning_text_delta_event",
    "ResponseReasoningTextDeltaEventType": "response_reasoning_text_delta_event_type",
    "ResponseReasoningTextDoneEvent": "response_reasoning_text_done_event",
    "ResponseReasoningTextDoneEventType": "response_reasoning_text_done_event_type",
    "ResponseRefusalDeltaEvent": "response_refusal_delta_event",
    "ResponseRefusalDeltaEventType": "response_refusal_delta_event_type",
    "ResponseRefusalDoneEvent": "response_refusal_done_event",
    "ResponseRefusalDoneEventType": "response_refusal_done_event_type",
    "ResponseShellCallCommandAddedStreamingEvent": "response_shell_call_command_added_streaming_event",
    "ResponseShellCallCommandAddedStreamingEventType": "response_shell_call_command_added_streaming_event_type",
    "ResponseShellCallCommandDeltaStreamingEvent": "response_shell_call_command_delta_streaming_event",
    "ResponseShellCallCommandDeltaStreamingEventType": "response_shell_call_command_delta_streaming_event_type",
    "ResponseShellCallCommandDoneStreamingEvent": "response_shell_call_command_done_streaming_event",
    "ResponseShellCallCommandDoneStreamingEventType": "response_shell_call_command_done_streaming_event_type",
    "ResponseShellCallOutputContentDeltaStreamingEvent": "response_shell_call_output_content_delta_streaming_event",
    "ResponseShellCallOutputContentDeltaStreamingEventType": "response_shell_call_output_content_delta_streaming_event_type",
    "ResponseShellCallOutputContentDoneStreamingEvent": "response_shell_call_output_content_done_streaming_event",
    "ResponseShellCallOutputContentDoneStreamingEventType": "response_shell_call_output_content_done_streaming_event_type",
    "ResponseStatus": "response_status",
    "ResponseStreamOptionsType0": "response_stream_options_type_0",
    "ResponseTextDeltaEvent": "response_text_delta_event",
    "ResponseTextDeltaEventType": "response_text_delta_event_type",
    "ResponseTextDoneEvent": "response_text_done_event",
    "ResponseTextDoneEventType": "response_text_done_event_type",
    "ResponseTextParam": "response_text_param",
    "ResponseTruncationType0": "response_truncation_type_0",
    "ResponseUsage": "response_usage",
    "ResponseUsageInputTokensDetails": "response_usage_input_tokens_details",
    "ResponseUsageOutputTokensDetails": "response_usage_output_tokens_details",
    "ResponseWebSearchCallCompletedEvent": "response_web_search_call_completed_event",
    "ResponseWebSearchCallCompletedEventType": "response_web_search_call_completed_event_type",
    "ResponseWebSearchCallInProgressEvent": "response_web_search_call_in_progress_event",
    "ResponseWebSearchCallInProgressEventType": "response_web_search_call_in_progress_event_type",
    "ResponseWebSearchCallSearchingEvent": "response_web_search_call_searching_event",
    "ResponseWebSearchCallSearchingEventType": "response_web_search_call_searching_event_type",
    "ScreenshotParam": "screenshot_param",
    "ScreenshotParamType": "screenshot_param_type",
    "ScrollParam": "scroll_param",
    "ScrollParamType": "scroll_param_type",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceTierResponsesType0": "service_tier_responses_type_0",
    "ServiceTierType0": "service_tier_type_0",
    "ShellCallOutputDelta": "shell_call_output_delta",
    "SkillReferenceParam": "skill_reference_param",
    "SkillReferenceParamType": "skill_reference_param_type",
    "SpecificApplyPatchParam": "specific_apply_patch_param",
    "SpecificApplyPatchParamType": "specific_apply_patch_param_type",
    "SpecificFunctionShellParam": "specific_function_shell_param",
    "SpecificFunctionShellParamType": "specific_function_shell_param_type",
    "SpecificProgrammaticToolCallingParam": "specific_programmatic_tool_calling_param",
    "SpecificProgrammaticToolCallingParamType": "specific_programmatic_tool_calling_param_type",
    "SpeechAudioDeltaEvent": "speech_audio_delta_event",
    "SpeechAudioDeltaEventType": "speech_audio_delta_event_type",
    "SpeechAudioDoneEvent": "speech_audio_done_event",
    "SpeechAudioDoneEventType": "speech_audio_done_event_type",
    "SpeechAudioDoneEventUsage": "speech_audio_done_event_usage",
    "SummaryTextContent": "summary_text_content",
    "SummaryTextContentType": "summary_text_content_type",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "TextResponseFormatJsonSchemaType": "text_response_format_json_schema_type",
    "ToolChoiceAllowed": "tool_choice_allowed",
    "ToolChoiceAllowedMode": "tool_choice_allowed_mode",
    "ToolChoiceAllowedToolsItem": "tool_choice_allowed_tools_item",
    "ToolChoiceAllowedType": "tool_choice_allowed_type",
    "ToolChoiceCustom": "tool_choice_custom",
    "ToolChoiceCustomType": "tool_choice_custom_type",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceFunctionType": "tool_choice_function_type",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceMCPType": "tool_choice_mcp_type",
    "ToolChoiceOptions": "tool_choice_options",
    "ToolChoiceTypes": "tool_choice_types",
    "ToolChoiceTypesType": "tool_choice_types_type",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchCallItemParamType": "tool_search_call_item_param_type",
    "ToolSearchCallType": "tool_search_call_type",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchOutput": "tool_search_output",
    "ToolSearchOutputItemParam": "tool_search_output_item_param",
    "ToolSearchOutputItemParamType": "tool_search_output_item_param_type",
    "ToolSearchOutputType": "tool_search_output_type",
    "ToolSearchToolParam": "tool_search_tool_param",
    "ToolSearchToolParamType": "tool_search_tool_param_type",
    "TopLogProb": "top_log_prob",
    "TranscriptTextDeltaEvent": "transcript_text_delta_event",
    "TranscriptTextDeltaEventLogprobsItem": "transcript_text_delta_event_logprobs_item",
    "TranscriptTextDeltaEventType": "transcript_text_delta_event_type",
    "TranscriptTextDoneEvent": "transcript_text_done_event",
    "TranscriptTextDoneEventLogprobsItem": "transcript_text_done_event_logprobs_item",
    "TranscriptTextDoneEventType": "transcript_text_done_event_type",
    "TranscriptTextSegmentEvent": "transcript_text_segment_event",
    "TranscriptTextSegmentEventType": "transcript_text_segment_event_type",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageDurationType": "transcript_text_usage_duration_type",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens_input_token_details",
    "TranscriptTextUsageTokensType": "transcript_text_usage_tokens_type",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionDiarizedSegmentType": "transcription_diarized_segment_type",
    "TranscriptionInclude": "transcription_include",
    "TranscriptionLanguage": "transcription_language",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TypeParam": "type_param",
    "TypeParamType": "type_param_type",
    "UrlCitationBody": "url_citation_body",
    "UrlCitationBodyType": "url_citation_body_type",
    "VadConfig": "vad_config",
    "VadConfigType": "vad_config_type",
    "VectorStoreFileAttributesType0": "vector_store_file_attributes_type_0",
    "VerbosityType0": "verbosity_type_0",
    "VoiceIdsOrCustomVoiceType1": "voice_ids_or_custom_voice_type_1",
    "VoiceIdsSharedType1": "voice_ids_shared_type_1",
    "WaitParam": "wait_param",
    "WaitParamType": "wait_param_type",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionFindType": "web_search_action_find_type",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionOpenPageType": "web_search_action_open_page_type",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchSourcesItem": "web_search_action_search_sources_item",
    "WebSearchActionSearchSourcesItemType": "web_search_action_search_sources_item_type",
    "WebSearchActionSearchType": "web_search_action_search_type",
    "WebSearchApproximateLocationType0": "web_search_approximate_location_type_0",
    "WebSearchApproximateLocationType0Type": "web_search_approximate_location_type_0_type",
    "WebSearchContextSize": "web_search_context_size",
    "WebSearchLocation": "web_search_location",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolType": "web_search_preview_tool_type",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolCall": "web_search_tool_call",
    "WebSearchToolCallStatus": "web_search_tool_call_status",
    "WebSearchToolCallType": "web_search_tool_call_type",
    "WebSearchToolFiltersType0": "web_search_tool_filters_type_0",
    "WebSearchToolSearchContextSize": "web_search_tool_search_context_size",
    "WebSearchToolType": "web_search_tool_type",
}

__all__ = (
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamRole",
    "AdditionalToolsItemParamType",
    "AdditionalToolsType",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchCreateFileOperationParamType",
    "ApplyPatchCreateFileOperationType",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchDeleteFileOperationParamType",
    "ApplyPatchDeleteFileOperationType",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamType",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamType",
    "ApplyPatchToolCallOutputType",
    "ApplyPatchToolCallType",
    "ApplyPatchToolParam",
    "ApplyPatchToolParamType",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamType",
    "ApplyPatchUpdateFileOperationType",
    "ApproximateLocation",
    "ApproximateLocationType",
    "AudioResponseFormat",
    "AutoCodeInterpreterToolParam",
    "AutoCodeInterpreterToolParamType",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchFileExpirationAfter",
    "BatchFileExpirationAfterAnchor",
    "BatchObject",
    "BatchRequestCounts",
    "BatchStatus",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "CallableToolAllowedCaller",
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
    "ClickButtonType",
    "ClickParam",
    "ClickParamType",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageType",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsType",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallStatus",
    "CodeInterpreterToolCallType",
    "CodeInterpreterToolType",
    "CompactionBody",
    "CompactionBodyType",
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamType",
    "CompactionTriggerItemParam",
    "CompactionTriggerItemParamType",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "CompoundFilterType",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamType",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshotImage",
    "ComputerScreenshotImageType",
    "ComputerTool",
    "ComputerToolCall",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputResource",
    "ComputerToolCallOutputResourceStatus",
    "ComputerToolCallOutputResourceType",
    "ComputerToolCallOutputStatus",
    "ComputerToolCallOutputType",
    "ComputerToolCallStatus",
    "ComputerToolCallType",
    "ComputerToolType",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolType",
    "ContainerAutoParam",
    "ContainerAutoParamType",
    "ContainerFileCitationBody",
    "ContainerFileCitationBodyType",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyAllowlistParamType",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDisabledParamType",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReferenceParam",
    "ContainerReferenceParamType",
    "ContainerReferenceResource",
    "ContainerReferenceResourceType",
    "ContextManagementParam",
    "ConversationParam2",
    "CoordParam",
    "CreateBatchRequest",
    "CreateBatchRequestCompletionWindow",
    "CreateBatchRequestEndpoint",
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
    "CreateCompletionRequest",
    "CreateCompletionRequestLogitBiasType0",
    "CreateCompletionRequestModelType1",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemFinishReason",
    "CreateCompletionResponseChoicesItemLogprobsType0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    "CreateCompletionResponseObject",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestEncodingFormat",
    "CreateEmbeddingRequestModelType1",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseObject",
    "CreateEmbeddingResponseUsage",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateImageRequest",
    "CreateImageRequestBackgroundType0",
    "CreateImageRequestModelType1",
    "CreateImageRequestModerationType0",
    "CreateImageRequestOutputFormatType0",
    "CreateImageRequestQualityType0",
    "CreateImageRequestResponseFormatType0",
    "CreateImageRequestSizeType1",
    "CreateImageRequestStyleType0",
    "CreateModelResponseProperties",
    "CreateModerationRequest",
    "CreateModerationRequestInputType2ItemType0",
    "CreateModerationRequestInputType2ItemType0ImageUrl",
    "CreateModerationRequestInputType2ItemType0Type",
    "CreateModerationRequestInputType2ItemType1",
    "CreateModerationRequestInputType2ItemType1Type",
    "CreateModerationRequestModelType1",
    "CreateModerationResponse",
    "CreateModerationResponseResultsItem",
    "CreateModerationResponseResultsItemCategories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem",
    "CreateModerationResponseResultsItemCategoryScores",
    "CreateResponse",
    "CreateResponseTruncationType0",
    "CreateSpeechRequest",
    "CreateSpeechRequestModelType1",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestStreamFormat",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestChunkingStrategyType0Type0",
    "CreateTranscriptionRequestModelType1",
    "CreateTranscriptionRequestTimestampGranularitiesItem",
    "CreateTranscriptionResponseDiarizedJson",
    "CreateTranscriptionResponseDiarizedJsonTask",
    "CreateTranscriptionResponseJson",
    "CreateTranscriptionResponseJsonLogprobsItem",
    "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationRequest",
    "CreateTranslationRequestModelType1",
    "CreateTranslationRequestResponseFormat",
    "CreateTranslationResponseJson",
    "CreateTranslationResponseVerboseJson",
    "CustomGrammarFormatParam",
    "CustomGrammarFormatParamType",
    "CustomTextFormatParam",
    "CustomTextFormatParamType",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputResource",
    "CustomToolCallOutputType",
    "CustomToolCallResource",
    "CustomToolCallType",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormatType0",
    "CustomToolChatCompletionsCustomFormatType0Type",
    "CustomToolChatCompletionsCustomFormatType1",
    "CustomToolChatCompletionsCustomFormatType1Grammar",
    "CustomToolChatCompletionsCustomFormatType1GrammarSyntax",
    "CustomToolChatCompletionsCustomFormatType1Type",
    "CustomToolChatCompletionsType",
    "CustomToolParam",
    "CustomToolParamType",
    "DeleteFileResponse",
    "DeleteFileResponseObject",
    "DeleteModelResponse",
    "DetailEnum",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DirectToolCallCallerParamType",
    "DirectToolCallCallerType",
    "DoubleClickAction",
    "DoubleClickActionType",
    "DragParam",
    "DragParamType",
    "EasyInputMessage",
    "EasyInputMessageRole",
    "EasyInputMessageType",
    "Embedding",
    "EmbeddingObject",
    "EmptyModelParam",
    "Error",
    "ErrorResponse",
    "FileCitationBody",
    "FileCitationBodyType",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileExpirationAfterAnchor",
    "FileInputDetail",
    "FilePath",
    "FilePathType",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallResultsType0Item",
    "FileSearchToolCallStatus",
    "FileSearchToolCallType",
    "FileSearchToolType",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamType",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionObject",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellCall",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemParamType",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamType",
    "FunctionShellCallOutputExitOutcomeType",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputItemParamType",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamType",
    "FunctionShellCallOutputTimeoutOutcomeType",
    "FunctionShellCallOutputType",
    "FunctionShellCallStatus",
    "FunctionShellCallType",
    "FunctionShellToolParam",
    "FunctionShellToolParamType",
    "FunctionTool",
    "FunctionToolCall",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallOutputStatus",
    "FunctionToolCallOutputType",
    "FunctionToolCallResource",
    "FunctionToolCallStatus",
    "FunctionToolCallType",
    "FunctionToolOutputSchemaType0",
    "FunctionToolParam",
    "FunctionToolParamOutputSchemaType0",
    "FunctionToolParamType",
    "FunctionToolParametersType0",
    "FunctionToolType",
    "GrammarSyntax1",
    "HTTPError",
    "HTTPErrorType",
    "HybridSearchOptions",
    "Image",
    "ImageDetail",
    "ImageGenActionEnum",
    "ImageGenCompletedEvent",
    "ImageGenCompletedEventBackground",
    "ImageGenCompletedEventOutputFormat",
    "ImageGenCompletedEventQuality",
    "ImageGenCompletedEventSize",
    "ImageGenCompletedEventType",
    "ImageGenInputUsageDetails",
    "ImageGenOutputTokensDetails",
    "ImageGenPartialImageEvent",
    "ImageGenPartialImageEventBackground",
    "ImageGenPartialImageEventOutputFormat",
    "ImageGenPartialImageEventQuality",
    "ImageGenPartialImageEventSize",
    "ImageGenPartialImageEventType",
    "ImageGenTool",
    "ImageGenToolBackground",
    "ImageGenToolCall",
    "ImageGenToolCallStatus",
    "ImageGenToolCallType",
    "ImageGenToolInputImageMask",
    "ImageGenToolModelType1",
    "ImageGenToolModeration",
    "ImageGenToolOutputFormat",
    "ImageGenToolQuality",
    "ImageGenToolSizeType1",
    "ImageGenToolType",
    "ImageGenUsage",
    "ImagesResponse",
    "ImagesResponseBackground",
    "ImagesResponseOutputFormat",
    "ImagesResponseQuality",
    "ImagesResponseSize",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "IncludeEnum",
    "InlineSkillParam",
    "InlineSkillParamType",
    "InlineSkillSourceParam",
    "InlineSkillSourceParamMediaType",
    "InlineSkillSourceParamType",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputFileContentParamType",
    "InputFileContentType",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputImageContentParamAutoParamType",
    "InputImageContentType",
    "InputMessage",
    "InputMessageResource",
    "InputMessageRole",
    "InputMessageStatus",
    "InputMessageType",
    "InputTextContent",
    "InputTextContentParam",
    "InputTextContentParamType",
    "InputTextContentType",
    "ItemReferenceParam",
    "ItemReferenceParamTypeType0",
    "KeyPressAction",
    "KeyPressActionType",
    "ListBatchesResponse",
    "ListBatchesResponseObject",
    "ListFilesOrder",
    "ListFilesResponse",
    "ListInputItemsOrder",
    "ListModelsResponse",
    "ListModelsResponseObject",
    "LocalEnvironmentParam",
    "LocalEnvironmentParamType",
    "LocalEnvironmentResource",
    "LocalEnvironmentResourceType",
    "LocalShellExecAction",
    "LocalShellExecActionEnv",
    "LocalShellExecActionType",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LocalShellToolCallOutputStatusType0",
    "LocalShellToolCallOutputType",
    "LocalShellToolCallStatus",
    "LocalShellToolCallType",
    "LocalShellToolParam",
    "LocalShellToolParamType",
    "LocalSkillParam",
    "LogProb",
    "MCPApprovalRequest",
    "MCPApprovalRequestType",
    "MCPApprovalResponse",
    "MCPApprovalResponseResource",
    "MCPApprovalResponseResourceType",
    "MCPApprovalResponseType",
    "MCPListTools",
    "MCPListToolsTool",
    "MCPListToolsToolAnnotationsType0",
    "MCPListToolsToolInputSchema",
    "MCPListToolsType",
    "MCPProtocolError",
    "MCPProtocolErrorType",
    "MCPTool",
    "MCPToolCall",
    "MCPToolCallStatus",
    "MCPToolCallType",
    "MCPToolConnectorId",
    "MCPToolExecutionError",
    "MCPToolExecutionErrorType",
    "MCPToolFilter",
    "MCPToolHeadersType0",
    "MCPToolRequireApprovalType0Type0",
    "MCPToolRequireApprovalType0Type1",
    "MCPToolType",
    "MessagePhase",
    "MessageRole",
    "MetadataType0",
    "Model",
    "ModelIdsResponsesType1",
    "ModelIdsSharedType1",
    "ModelObject",
    "ModelResponseProperties",
    "ModelResponsePropertiesPromptCacheRetentionType0",
    "Moderation",
    "ModerationConfigParam",
    "ModerationErrorBody",
    "ModerationErrorBodyType",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationPolicyParam",
    "ModerationResultBody",
    "ModerationResultBodyCategories",
    "ModerationResultBodyCategoryAppliedInputTypes",
    "ModerationResultBodyCategoryScores",
    "ModerationResultBodyType",
    "MoveParam",
    "MoveParamType",
    "NamespaceToolParam",
    "NamespaceToolParamType",
    "OpenAIFile",
    "OpenAIFileObject",
    "OpenAIFilePurpose",
    "OpenAIFileStatus",
    "OutputMessage",
    "OutputMessageRole",
    "OutputMessageStatus",
    "OutputMessageType",
    "OutputTextContent",
    "OutputTextContentType",
    "PredictionContent",
    "PredictionContentType",
    "Program",
    "ProgramItemParam",
    "ProgramItemParamType",
    "ProgramOutput",
    "ProgramOutputItemParam",
    "ProgramOutputItemParamType",
    "ProgramOutputItemStatus",
    "ProgramOutputStatus",
    "ProgramOutputType",
    "ProgramToolCallCaller",
    "ProgramToolCallCallerParam",
    "ProgramToolCallCallerParamType",
    "ProgramToolCallCallerType",
    "ProgramType",
    "ProgrammaticToolCallingParam",
    "ProgrammaticToolCallingParamType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamMode",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheTTLEnum",
    "PromptType0",
    "RankerVersionType",
    "RankingOptions",
    "Reasoning",
    "ReasoningContextType0",
    "ReasoningEffortType0",
    "ReasoningGenerateSummaryType0",
    "ReasoningItem",
    "ReasoningItemStatus",
    "ReasoningItemType",
    "ReasoningModeEnumType1",
    "ReasoningSummaryType0",
    "ReasoningTextContent",
    "ReasoningTextContentType",
    "RefusalContent",
    "RefusalContentType",
    "Response",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDeltaEventType",
    "ResponseAudioDoneEvent",
    "ResponseAudioDoneEventType",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDeltaEventType",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseAudioTranscriptDoneEventType",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDeltaEventType",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCodeDoneEventType",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallCompletedEventType",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInProgressEventType",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCodeInterpreterCallInterpretingEventType",
    "ResponseCompletedEvent",
    "ResponseCompletedEventType",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventType",
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventType",
    "ResponseConversation",
    "ResponseCreatedEvent",
    "ResponseCreatedEventType",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDeltaEventType",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseCustomToolCallInputDoneEventType",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseErrorEventType",
    "ResponseErrorType0",
    "ResponseFailedEvent",
    "ResponseFailedEventType",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallCompletedEventType",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallInProgressEventType",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFileSearchCallSearchingEventType",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectType",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatJsonSchemaType",
    "ResponseFormatText",
    "ResponseFormatTextType",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDeltaEventType",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallArgumentsDoneEventType",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallCompletedEventType",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallGeneratingEventType",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallInProgressEventType",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseImageGenCallPartialImageEventType",
    "ResponseInProgressEvent",
    "ResponseInProgressEventType",
    "ResponseIncompleteDetailsType0",
    "ResponseIncompleteDetailsType0Reason",
    "ResponseIncompleteEvent",
    "ResponseIncompleteEventType",
    "ResponseItemList",
    "ResponseItemListObject",
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDeltaEventType",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallArgumentsDoneEventType",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallCompletedEventType",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallFailedEventType",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPCallInProgressEventType",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsCompletedEventType",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsFailedEventType",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseMCPListToolsInProgressEventType",
    "ResponseModalitiesType0Item",
    "ResponseObject",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemAddedEventType",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputItemDoneEventType",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationAddedEventType",
    "ResponsePromptVariablesType0",
    "ResponseProperties",
    "ResponseQueuedEvent",
    "ResponseQueuedEventType",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartAddedEventPartType",
    "ResponseReasoningSummaryPartAddedEventType",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryPartDoneEventPartType",
    "ResponseReasoningSummaryPartDoneEventStatus",
    "ResponseReasoningSummaryPartDoneEventType",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDeltaEventType",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningSummaryTextDoneEventType",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDeltaEventType",
    "ResponseReasoningTextDoneEvent",
    "ResponseReasoningTextDoneEventType",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDeltaEventType",
    "ResponseRefusalDoneEvent",
    "ResponseRefusalDoneEventType",
    "ResponseShellCallCommandAddedStreamingEvent",
    "ResponseShellCallCommandAddedStreamingEventType",
    "ResponseShellCallCommandDeltaStreamingEvent",
    "ResponseShellCallCommandDeltaStreamingEventType",
    "ResponseShellCallCommandDoneStreamingEvent",
    "ResponseShellCallCommandDoneStreamingEventType",
    "ResponseShellCallOutputContentDeltaStreamingEvent",
    "ResponseShellCallOutputContentDeltaStreamingEventType",
    "ResponseShellCallOutputContentDoneStreamingEvent",
    "ResponseShellCallOutputContentDoneStreamingEventType",
    "ResponseStatus",
    "ResponseStreamOptionsType0",
    "ResponseTextDeltaEvent",
    "ResponseTextDeltaEventType",
    "ResponseTextDoneEvent",
    "ResponseTextDoneEventType",
    "ResponseTextParam",
    "ResponseTruncationType0",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallCompletedEventType",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallInProgressEventType",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWebSearchCallSearchingEventType",
    "ScreenshotParam",
    "ScreenshotParamType",
    "ScrollParam",
    "ScrollParamType",
    "SearchContentType",
    "SearchContextSize",
    "ServiceTierResponsesType0",
    "ServiceTierType0",
    "ShellCallOutputDelta",
    "SkillReferenceParam",
    "SkillReferenceParamType",
    "SpecificApplyPatchParam",
    "SpecificApplyPatchParamType",
    "SpecificFunctionShellParam",
    "SpecificFunctionShellParamType",
    "SpecificProgrammaticToolCallingParam",
    "SpecificProgrammaticToolCallingParamType",
    "SpeechAudioDeltaEvent",
    "SpeechAudioDeltaEventType",
    "SpeechAudioDoneEvent",
    "SpeechAudioDoneEventType",
    "SpeechAudioDoneEventUsage",
    "SummaryTextContent",
    "SummaryTextContentType",
    "TextResponseFormatJsonSchema",
    "TextResponseFormatJsonSchemaType",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedMode",
    "ToolChoiceAllowedToolsItem",
    "ToolChoiceAllowedType",
    "ToolChoiceCustom",
    "ToolChoiceCustomType",
    "ToolChoiceFunction",
    "ToolChoiceFunctionType",
    "ToolChoiceMCP",
    "ToolChoiceMCPType",
    "ToolChoiceOptions",
    "ToolChoiceTypes",
    "ToolChoiceTypesType",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamType",
    "ToolSearchCallType",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchOutputItemParamType",
    "ToolSearchOutputType",
    "ToolSearchToolParam",
    "ToolSearchToolParamType",
    "TopLogProb",
    "TranscriptTextDeltaEvent",
    "TranscriptTextDeltaEventLogprobsItem",
    "TranscriptTextDeltaEventType",
    "TranscriptTextDoneEvent",
    "TranscriptTextDoneEventLogprobsItem",
    "TranscriptTextDoneEventType",
    "TranscriptTextSegmentEvent",
    "TranscriptTextSegmentEventType",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageDurationType",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptTextUsageTokensType",
    "TranscriptionDiarizedSegment",
    "TranscriptionDiarizedSegmentType",
    "TranscriptionInclude",
    "TranscriptionLanguage",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TypeParam",
    "TypeParamType",
    "UrlCitationBody",
    "UrlCitationBodyType",
    "VadConfig",
    "VadConfigType",
    "VectorStoreFileAttributesType0",
    "VerbosityType0",
    "VoiceIdsOrCustomVoiceType1",
    "VoiceIdsSharedType1",
    "WaitParam",
    "WaitParamType",
    "WebSearchActionFind",
    "WebSearchActionFindType",
    "WebSearchActionOpenPage",
    "WebSearchActionOpenPageType",
    "WebSearchActionSearch",
    "WebSearchActionSearchSourcesItem",
    "WebSearchActionSearchSourcesItemType",
    "WebSearchActionSearchType",
    "WebSearchApproximateLocationType0",
    "WebSearchApproximateLocationType0Type",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolType",
    "WebSearchTool",
    "WebSearchToolCall",
    "WebSearchToolCallStatus",
    "WebSearchToolCallType",
    "WebSearchToolFiltersType0",
    "WebSearchToolSearchContextSize",
    "WebSearchToolType",
)


def __getattr__(name: str) -> Any:
    """Import the module that defines `name` and keep the model as a module attribute."""
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
