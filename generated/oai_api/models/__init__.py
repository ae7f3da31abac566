"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_status import ActiveStatus
    from .active_status_type import ActiveStatusType
    from .add_upload_part_request import AddUploadPartRequest
    from .additional_tools import AdditionalTools
    from .additional_tools_item_param import AdditionalToolsItemParam
    from .additional_tools_item_param_role import AdditionalToolsItemParamRole
    from .additional_tools_item_param_type import AdditionalToolsItemParamType
    from .additional_tools_type import AdditionalToolsType
    from .admin_api_key import AdminApiKey
    from .admin_api_key_create_response import AdminApiKeyCreateResponse
    from .admin_api_key_object import AdminApiKeyObject
    from .admin_api_key_owner import AdminApiKeyOwner
    from .admin_api_keys_create_body import AdminApiKeysCreateBody
    from .admin_api_keys_delete_response_200 import AdminApiKeysDeleteResponse200
    from .admin_api_keys_delete_response_200_object import (
        AdminApiKeysDeleteResponse200Object,
    )
    from .admin_api_keys_list_order import AdminApiKeysListOrder
    from .api_key_list import ApiKeyList
    from .api_key_list_object import ApiKeyListObject
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
    from .assigned_role_details import AssignedRoleDetails
    from .assigned_role_details_assignment_sources_type_0_item import (
        AssignedRoleDetailsAssignmentSourcesType0Item,
    )
    from .assigned_role_details_created_by_user_obj_type_0 import (
        AssignedRoleDetailsCreatedByUserObjType0,
    )
    from .assigned_role_details_metadata_type_0 import AssignedRoleDetailsMetadataType0
    from .assistant_message_item import AssistantMessageItem
    from .assistant_message_item_object import AssistantMessageItemObject
    from .assistant_message_item_type import AssistantMessageItemType
    from .assistant_object import AssistantObject
    from .assistant_object_object import AssistantObjectObject
    from .assistant_object_tool_resources_type_0 import (
        AssistantObjectToolResourcesType0,
    )
    from .assistant_object_tool_resources_type_0_code_interpreter import (
        AssistantObjectToolResourcesType0CodeInterpreter,
    )
    from .assistant_object_tool_resources_type_0_file_search import (
        AssistantObjectToolResourcesType0FileSearch,
    )
    from .assistant_supported_models import AssistantSupportedModels
    from .assistant_tools_code import AssistantToolsCode
    from .assistant_tools_code_type import AssistantToolsCodeType
    from .assistant_tools_file_search import AssistantToolsFileSearch
    from .assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )
    from .assistant_tools_file_search_type import AssistantToolsFileSearchType
    from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
    from .assistant_tools_file_search_type_only_type import (
        AssistantToolsFileSearchTypeOnlyType,
    )
    from .assistant_tools_function import AssistantToolsFunction
    from .assistant_tools_function_type import AssistantToolsFunctionType
    from .assistants_api_response_format_option_type_0 import (
        AssistantsApiResponseFormatOptionType0,
    )
    from .assistants_api_tool_choice_option_type_0 import (
        AssistantsApiToolChoiceOptionType0,
    )
    from .assistants_named_tool_choice import AssistantsNamedToolChoice
    from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
    from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
    from .attachment import Attachment
    from .attachment_type import AttachmentType
    from .audio_response_format import AudioResponseFormat
    from .audio_transcription import AudioTranscription
    from .audio_transcription_delay import AudioTranscriptionDelay
    from .audio_transcription_model_type_1 import AudioTranscriptionModelType1
    from .audio_transcription_response import AudioTranscriptionResponse
    from .audio_transcription_response_model_type_1 import (
        AudioTranscriptionResponseModelType1,
    )
    from .audit_log import AuditLog
    from .audit_log_actor import AuditLogActor
    from .audit_log_actor_api_key import AuditLogActorApiKey
    from .audit_log_actor_api_key_type import AuditLogActorApiKeyType
    from .audit_log_actor_service_account import AuditLogActorServiceAccount
    from .audit_log_actor_session import AuditLogActorSession
    from .audit_log_actor_type import AuditLogActorType
    from .audit_log_actor_user import AuditLogActorUser
    from .audit_log_api_key_created import AuditLogApiKeyCreated
    from .audit_log_api_key_created_data import AuditLogApiKeyCreatedData
    from .audit_log_api_key_deleted import AuditLogApiKeyDeleted
    from .audit_log_api_key_updated import AuditLogApiKeyUpdated
    from .audit_log_api_key_updated_changes_requested import (
        AuditLogApiKeyUpdatedChangesRequested,
    )
    from .audit_log_certificate_created import AuditLogCertificateCreated
    from .audit_log_certificate_deleted import AuditLogCertificateDeleted
    from .audit_log_certificate_updated import AuditLogCertificateUpdated
    from .audit_log_certificates_activated import AuditLogCertificatesActivated
    from .audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem,
    )
    from .audit_log_certificates_deactivated import AuditLogCertificatesDeactivated
    from .audit_log_certificates_deactivated_certificates_item import (
        AuditLogCertificatesDeactivatedCertificatesItem,
    )
    from .audit_log_checkpoint_permission_created import (
        AuditLogCheckpointPermissionCreated,
    )
    from .audit_log_checkpoint_permission_created_data import (
        AuditLogCheckpointPermissionCreatedData,
    )
    from .audit_log_checkpoint_permission_deleted import (
        AuditLogCheckpointPermissionDeleted,
    )
    from .audit_log_event_type import AuditLogEventType
    from .audit_log_external_key_registered import AuditLogExternalKeyRegistered
    from .audit_log_external_key_registered_data import (
        AuditLogExternalKeyRegisteredData,
    )
    from .audit_log_external_key_removed import AuditLogExternalKeyRemoved
    from .audit_log_group_created import AuditLogGroupCreated
    from .audit_log_group_created_data import AuditLogGroupCreatedData
    from .audit_log_group_deleted import AuditLogGroupDeleted
    from .audit_log_group_updated import AuditLogGroupUpdated
    from .audit_log_group_updated_changes_requested import (
        AuditLogGroupUpdatedChangesRequested,
    )
    from .audit_log_invite_accepted import AuditLogInviteAccepted
    from .audit_log_invite_deleted import AuditLogInviteDeleted
    from .audit_log_invite_sent import AuditLogInviteSent
    from .audit_log_invite_sent_data import AuditLogInviteSentData
    from .audit_log_ip_allowlist_config_activated import (
        AuditLogIpAllowlistConfigActivated,
    )
    from .audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated,
    )
    from .audit_log_ip_allowlist_config_deactivated_configs_item import (
        AuditLogIpAllowlistConfigDeactivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
    from .audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
    from .audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
    from .audit_log_login_failed import AuditLogLoginFailed
    from .audit_log_login_succeeded import AuditLogLoginSucceeded
    from .audit_log_logout_failed import AuditLogLogoutFailed
    from .audit_log_logout_succeeded import AuditLogLogoutSucceeded
    from .audit_log_organization_updated import AuditLogOrganizationUpdated
    from .audit_log_organization_updated_changes_requested import (
        AuditLogOrganizationUpdatedChangesRequested,
    )
    from .audit_log_project import AuditLogProject
    from .audit_log_project_archived import AuditLogProjectArchived
    from .audit_log_project_created import AuditLogProjectCreated
    from .audit_log_project_created_data import AuditLogProjectCreatedData
    from .audit_log_project_deleted import AuditLogProjectDeleted
    from .audit_log_project_updated import AuditLogProjectUpdated
    from .audit_log_project_updated_changes_requested import (
        AuditLogProjectUpdatedChangesRequested,
    )
    from .audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
    from .audit_log_rate_limit_updated import AuditLogRateLimitUpdated
    from .audit_log_rate_limit_updated_changes_requested import (
        AuditLogRateLimitUpdatedChangesRequested,
    )
    from .audit_log_role_assignment_created import AuditLogRoleAssignmentCreated
    from .audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted
    from .audit_log_role_bound_to_resource import AuditLogRoleBoundToResource
    from .audit_log_role_bound_to_resource_source import (
        AuditLogRoleBoundToResourceSource,
    )
    from .audit_log_role_created import AuditLogRoleCreated
    from .audit_log_role_deleted import AuditLogRoleDeleted
    from .audit_log_role_unbound_from_resource import AuditLogRoleUnboundFromResource
    from .audit_log_role_unbound_from_resource_source import (
        AuditLogRoleUnboundFromResourceSource,
    )
    from .audit_log_role_updated import AuditLogRoleUpdated
    from .audit_log_role_updated_changes_requested import (
        AuditLogRoleUpdatedChangesRequested,
    )
    from .audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )
    from .audit_log_scim_disabled import AuditLogScimDisabled
    from .audit_log_scim_enabled import AuditLogScimEnabled
    from .audit_log_service_account_created import AuditLogServiceAccountCreated
    from .audit_log_service_account_created_data import (
        AuditLogServiceAccountCreatedData,
    )
    from .audit_log_service_account_deleted import AuditLogServiceAccountDeleted
    from .audit_log_service_account_updated import AuditLogServiceAccountUpdated
    from .audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested,
    )
    from .audit_log_user_added import AuditLogUserAdded
    from .audit_log_user_added_data import AuditLogUserAddedData
    from .audit_log_user_deleted import AuditLogUserDeleted
    from .audit_log_user_updated import AuditLogUserUpdated
    from .audit_log_user_updated_changes_requested import (
        AuditLogUserUpdatedChangesRequested,
    )
    from .audit_log_workload_identity_provider_created import (
        AuditLogWorkloadIdentityProviderCreated,
    )
    from .audit_log_workload_identity_provider_created_data import (
        AuditLogWorkloadIdentityProviderCreatedData,
    )
    from .audit_log_workload_identity_provider_deleted import (
        AuditLogWorkloadIdentityProviderDeleted,
    )
    from .audit_log_workload_identity_provider_mapping_created import (
        AuditLogWorkloadIdentityProviderMappingCreated,
    )
    from .audit_log_workload_identity_provider_mapping_created_data import (
        AuditLogWorkloadIdentityProviderMappingCreatedData,
    )
    from .audit_log_workload_identity_provider_mapping_deleted import (
        AuditLogWorkloadIdentityProviderMappingDeleted,
    )
    from .audit_log_workload_identity_provider_mapping_updated import (
        AuditLogWorkloadIdentityProviderMappingUpdated,
    )
    from .audit_log_workload_identity_provider_mapping_updated_changes_requested import (
        AuditLogWorkloadIdentityProviderMappingUpdatedChangesRequested,
    )
    from .audit_log_workload_identity_provider_updated import (
        AuditLogWorkloadIdentityProviderUpdated,
    )
    from .audit_log_workload_identity_provider_updated_changes_requested import (
        AuditLogWorkloadIdentityProviderUpdatedChangesRequested,
    )
    from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from .auto_chunking_strategy_request_param_type import (
        AutoChunkingStrategyRequestParamType,
    )
    from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
    from .auto_code_interpreter_tool_param_type import AutoCodeInterpreterToolParamType
    from .automatic_thread_titling_param import AutomaticThreadTitlingParam
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
    from .beta_additional_tools import BetaAdditionalTools
    from .beta_additional_tools_item_param import BetaAdditionalToolsItemParam
    from .beta_additional_tools_item_param_role import BetaAdditionalToolsItemParamRole
    from .beta_additional_tools_item_param_type import BetaAdditionalToolsItemParamType
    from .beta_additional_tools_type import BetaAdditionalToolsType
    from .beta_agent_message import BetaAgentMessage
    from .beta_agent_message_item_param import BetaAgentMessageItemParam
    from .beta_agent_message_item_param_type import BetaAgentMessageItemParamType
    from .beta_agent_message_type import BetaAgentMessageType
    from .beta_agent_tag import BetaAgentTag
    from .beta_agent_tag_param import BetaAgentTagParam
    from .beta_apply_patch_call_output_status import BetaApplyPatchCallOutputStatus
    from .beta_apply_patch_call_output_status_param import (
        BetaApplyPatchCallOutputStatusParam,
    )
    from .beta_apply_patch_call_status import BetaApplyPatchCallStatus
    from .beta_apply_patch_call_status_param import BetaApplyPatchCallStatusParam
    from .beta_apply_patch_create_file_operation import (
        BetaApplyPatchCreateFileOperation,
    )
    from .beta_apply_patch_create_file_operation_param import (
        BetaApplyPatchCreateFileOperationParam,
    )
    from .beta_apply_patch_create_file_operation_param_type import (
        BetaApplyPatchCreateFileOperationParamType,
    )
    from .beta_apply_patch_create_file_operation_type import (
        BetaApplyPatchCreateFileOperationType,
    )
    from .beta_apply_patch_delete_file_operation import (
        BetaApplyPatchDeleteFileOperation,
    )
    from .beta_apply_patch_delete_file_operation_param import (
        BetaApplyPatchDeleteFileOperationParam,
    )
    from .beta_apply_patch_delete_file_operation_param_type import (
        BetaApplyPatchDeleteFileOperationParamType,
    )
    from .beta_apply_patch_delete_file_operation_type import (
        BetaApplyPatchDeleteFileOperationType,
    )
    from .beta_apply_patch_tool_call import BetaApplyPatchToolCall
    from .beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam
    from .beta_apply_patch_tool_call_item_param_type import (
        BetaApplyPatchToolCallItemParamType,
    )
    from .beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
    from .beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
    )
    from .beta_apply_patch_tool_call_output_item_param_type import (
        BetaApplyPatchToolCallOutputItemParamType,
    )
    from .beta_apply_patch_tool_call_output_type import BetaApplyPatchToolCallOutputType
    from .beta_apply_patch_tool_call_type import BetaApplyPatchToolCallType
    from .beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from .beta_apply_patch_tool_param_type import BetaApplyPatchToolParamType
    from .beta_apply_patch_update_file_operation import (
        BetaApplyPatchUpdateFileOperation,
    )
    from .beta_apply_patch_update_file_operation_param import (
        BetaApplyPatchUpdateFileOperationParam,
    )
    from .beta_apply_patch_update_file_operation_param_type import (
        BetaApplyPatchUpdateFileOperationParamType,
    )
    from .beta_apply_patch_update_file_operation_type import (
        BetaApplyPatchUpdateFileOperationType,
    )
    from .beta_approximate_location import BetaApproximateLocation
    from .beta_approximate_location_type import BetaApproximateLocationType
    from .beta_auto_code_interpreter_tool_param import BetaAutoCodeInterpreterToolParam
    from .beta_auto_code_interpreter_tool_param_type import (
        BetaAutoCodeInterpreterToolParamType,
    )
    from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
    from .beta_cancel_response_beta import BetaCancelResponseBeta
    from .beta_click_button_type import BetaClickButtonType
    from .beta_click_param import BetaClickParam
    from .beta_click_param_type import BetaClickParamType
    from .beta_code_interpreter_output_image import BetaCodeInterpreterOutputImage
    from .beta_code_interpreter_output_image_type import (
        BetaCodeInterpreterOutputImageType,
    )
    from .beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs
    from .beta_code_interpreter_output_logs_type import (
        BetaCodeInterpreterOutputLogsType,
    )
    from .beta_code_interpreter_tool import BetaCodeInterpreterTool
    from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from .beta_code_interpreter_tool_call_status import (
        BetaCodeInterpreterToolCallStatus,
    )
    from .beta_code_interpreter_tool_call_type import BetaCodeInterpreterToolCallType
    from .beta_code_interpreter_tool_type import BetaCodeInterpreterToolType
    from .beta_compact_resource import BetaCompactResource
    from .beta_compact_resource_object import BetaCompactResourceObject
    from .beta_compact_response_method_public_body import (
        BetaCompactResponseMethodPublicBody,
    )
    from .beta_compactconversation_beta import BetaCompactconversationBeta
    from .beta_compaction_body import BetaCompactionBody
    from .beta_compaction_body_type import BetaCompactionBodyType
    from .beta_compaction_summary_item_param import BetaCompactionSummaryItemParam
    from .beta_compaction_summary_item_param_type import (
        BetaCompactionSummaryItemParamType,
    )
    from .beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam
    from .beta_compaction_trigger_item_param_type import (
        BetaCompactionTriggerItemParamType,
    )
    from .beta_comparison_filter import BetaComparisonFilter
    from .beta_comparison_filter_type import BetaComparisonFilterType
    from .beta_compound_filter import BetaCompoundFilter
    from .beta_compound_filter_type import BetaCompoundFilterType
    from .beta_computer_call_output_item_param import BetaComputerCallOutputItemParam
    from .beta_computer_call_output_item_param_type import (
        BetaComputerCallOutputItemParamType,
    )
    from .beta_computer_call_output_status import BetaComputerCallOutputStatus
    from .beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam
    from .beta_computer_environment import BetaComputerEnvironment
    from .beta_computer_screenshot_content import BetaComputerScreenshotContent
    from .beta_computer_screenshot_content_type import BetaComputerScreenshotContentType
    from .beta_computer_screenshot_image import BetaComputerScreenshotImage
    from .beta_computer_screenshot_image_type import BetaComputerScreenshotImageType
    from .beta_computer_tool import BetaComputerTool
    from .beta_computer_tool_call import BetaComputerToolCall
    from .beta_computer_tool_call_output import BetaComputerToolCallOutput
    from .beta_computer_tool_call_output_resource import (
        BetaComputerToolCallOutputResource,
    )
    from .beta_computer_tool_call_output_resource_status import (
        BetaComputerToolCallOutputResourceStatus,
    )
    from .beta_computer_tool_call_output_resource_type import (
        BetaComputerToolCallOutputResourceType,
    )
    from .beta_computer_tool_call_output_status import BetaComputerToolCallOutputStatus
    from .beta_computer_tool_call_output_type import BetaComputerToolCallOutputType
    from .beta_computer_tool_call_status import BetaComputerToolCallStatus
    from .beta_computer_tool_call_type import BetaComputerToolCallType
    from .beta_computer_tool_type import BetaComputerToolType
    from .beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from .beta_computer_use_preview_tool_type import BetaComputerUsePreviewToolType
    from .beta_container_auto_param import BetaContainerAutoParam
    from .beta_container_auto_param_type import BetaContainerAutoParamType
    from .beta_container_file_citation_body import BetaContainerFileCitationBody
    from .beta_container_file_citation_body_type import (
        BetaContainerFileCitationBodyType,
    )
    from .beta_container_file_citation_param import BetaContainerFileCitationParam
    from .beta_container_file_citation_param_type import (
        BetaContainerFileCitationParamType,
    )
    from .beta_container_memory_limit import BetaContainerMemoryLimit
    from .beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam,
    )
    from .beta_container_network_policy_allowlist_param_type import (
        BetaContainerNetworkPolicyAllowlistParamType,
    )
    from .beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam,
    )
    from .beta_container_network_policy_disabled_param_type import (
        BetaContainerNetworkPolicyDisabledParamType,
    )
    from .beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam,
    )
    from .beta_container_reference_param import BetaContainerReferenceParam
    from .beta_container_reference_param_type import BetaContainerReferenceParamType
    from .beta_container_reference_resource import BetaContainerReferenceResource
    from .beta_container_reference_resource_type import (
        BetaContainerReferenceResourceType,
    )
    from .beta_context_management_param import BetaContextManagementParam
    from .beta_conversation_param_2 import BetaConversationParam2
    from .beta_coord_param import BetaCoordParam
    from .beta_create_model_response_properties import BetaCreateModelResponseProperties
    from .beta_create_model_response_properties_prompt_cache_retention_type_0 import (
        BetaCreateModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .beta_create_response import BetaCreateResponse
    from .beta_create_response_beta import BetaCreateResponseBeta
    from .beta_create_response_truncation_type_0 import (
        BetaCreateResponseTruncationType0,
    )
    from .beta_custom_grammar_format_param import BetaCustomGrammarFormatParam
    from .beta_custom_grammar_format_param_type import BetaCustomGrammarFormatParamType
    from .beta_custom_text_format_param import BetaCustomTextFormatParam
    from .beta_custom_text_format_param_type import BetaCustomTextFormatParamType
    from .beta_custom_tool_call import BetaCustomToolCall
    from .beta_custom_tool_call_output import BetaCustomToolCallOutput
    from .beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource
    from .beta_custom_tool_call_output_type import BetaCustomToolCallOutputType
    from .beta_custom_tool_call_resource import BetaCustomToolCallResource
    from .beta_custom_tool_call_type import BetaCustomToolCallType
    from .beta_custom_tool_param import BetaCustomToolParam
    from .beta_custom_tool_param_type import BetaCustomToolParamType
    from .beta_delete_response_beta import BetaDeleteResponseBeta
    from .beta_detail_enum import BetaDetailEnum
    from .beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from .beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam
    from .beta_direct_tool_call_caller_param_type import (
        BetaDirectToolCallCallerParamType,
    )
    from .beta_direct_tool_call_caller_type import BetaDirectToolCallCallerType
    from .beta_double_click_action import BetaDoubleClickAction
    from .beta_double_click_action_type import BetaDoubleClickActionType
    from .beta_drag_param import BetaDragParam
    from .beta_drag_param_type import BetaDragParamType
    from .beta_easy_input_message import BetaEasyInputMessage
    from .beta_easy_input_message_role import BetaEasyInputMessageRole
    from .beta_easy_input_message_type import BetaEasyInputMessageType
    from .beta_empty_model_param import BetaEmptyModelParam
    from .beta_encrypted_content import BetaEncryptedContent
    from .beta_encrypted_content_param import BetaEncryptedContentParam
    from .beta_encrypted_content_param_type import BetaEncryptedContentParamType
    from .beta_encrypted_content_type import BetaEncryptedContentType
    from .beta_error import BetaError
    from .beta_error_payload import BetaErrorPayload
    from .beta_error_payload_headers import BetaErrorPayloadHeaders
    from .beta_file_citation_body import BetaFileCitationBody
    from .beta_file_citation_body_type import BetaFileCitationBodyType
    from .beta_file_citation_param import BetaFileCitationParam
    from .beta_file_citation_param_type import BetaFileCitationParamType
    from .beta_file_detail_enum import BetaFileDetailEnum
    from .beta_file_input_detail import BetaFileInputDetail
    from .beta_file_path import BetaFilePath
    from .beta_file_path_type import BetaFilePathType
    from .beta_file_search_tool import BetaFileSearchTool
    from .beta_file_search_tool_call import BetaFileSearchToolCall
    from .beta_file_search_tool_call_results_type_0_item import (
        BetaFileSearchToolCallResultsType0Item,
    )
    from .beta_file_search_tool_call_status import BetaFileSearchToolCallStatus
    from .beta_file_search_tool_call_type import BetaFileSearchToolCallType
    from .beta_file_search_tool_type import BetaFileSearchToolType
    from .beta_function_call_item_status import BetaFunctionCallItemStatus
    from .beta_function_call_output_item_param import BetaFunctionCallOutputItemParam
    from .beta_function_call_output_item_param_type import (
        BetaFunctionCallOutputItemParamType,
    )
    from .beta_function_call_output_status_enum import BetaFunctionCallOutputStatusEnum
    from .beta_function_call_status import BetaFunctionCallStatus
    from .beta_function_shell_action import BetaFunctionShellAction
    from .beta_function_shell_action_param import BetaFunctionShellActionParam
    from .beta_function_shell_call import BetaFunctionShellCall
    from .beta_function_shell_call_item_param import BetaFunctionShellCallItemParam
    from .beta_function_shell_call_item_param_type import (
        BetaFunctionShellCallItemParamType,
    )
    from .beta_function_shell_call_item_status import BetaFunctionShellCallItemStatus
    from .beta_function_shell_call_output import BetaFunctionShellCallOutput
    from .beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent,
    )
    from .beta_function_shell_call_output_content_param import (
        BetaFunctionShellCallOutputContentParam,
    )
    from .beta_function_shell_call_output_exit_outcome import (
        BetaFunctionShellCallOutputExitOutcome,
    )
    from .beta_function_shell_call_output_exit_outcome_param import (
        BetaFunctionShellCallOutputExitOutcomeParam,
    )
    from .beta_function_shell_call_output_exit_outcome_param_type import (
        BetaFunctionShellCallOutputExitOutcomeParamType,
    )
    from .beta_function_shell_call_output_exit_outcome_type import (
        BetaFunctionShellCallOutputExitOutcomeType,
    )
    from .beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam,
    )
    from .beta_function_shell_call_output_item_param_type import (
        BetaFunctionShellCallOutputItemParamType,
    )
    from .beta_function_shell_call_output_status_enum import (
        BetaFunctionShellCallOutputStatusEnum,
    )
    from .beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome,
    )
    from .beta_function_shell_call_output_timeout_outcome_param import (
        BetaFunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .beta_function_shell_call_output_timeout_outcome_param_type import (
        BetaFunctionShellCallOutputTimeoutOutcomeParamType,
    )
    from .beta_function_shell_call_output_timeout_outcome_type import (
        BetaFunctionShellCallOutputTimeoutOutcomeType,
    )
    from .beta_function_shell_call_output_type import BetaFunctionShellCallOutputType
    from .beta_function_shell_call_status import BetaFunctionShellCallStatus
    from .beta_function_shell_call_type import BetaFunctionShellCallType
    from .beta_function_shell_tool_param import BetaFunctionShellToolParam
    from .beta_function_shell_tool_param_type import BetaFunctionShellToolParamType
    from .beta_function_tool import BetaFunctionTool
    from .beta_function_tool_call import BetaFunctionToolCall
    from .beta_function_tool_call_output import BetaFunctionToolCallOutput
    from .beta_function_tool_call_output_resource import (
        BetaFunctionToolCallOutputResource,
    )
    from .beta_function_tool_call_output_status import BetaFunctionToolCallOutputStatus
    from .beta_function_tool_call_output_type import BetaFunctionToolCallOutputType
    from .beta_function_tool_call_resource import BetaFunctionToolCallResource
    from .beta_function_tool_call_status import BetaFunctionToolCallStatus
    from .beta_function_tool_call_type import BetaFunctionToolCallType
    from .beta_function_tool_output_schema_type_0 import (
        BetaFunctionToolOutputSchemaType0,
    )
    from .beta_function_tool_param import BetaFunctionToolParam
    from .beta_function_tool_param_output_schema_type_0 import (
        BetaFunctionToolParamOutputSchemaType0,
    )
    from .beta_function_tool_param_type import BetaFunctionToolParamType
    from .beta_function_tool_parameters_type_0 import BetaFunctionToolParametersType0
    from .beta_function_tool_type import BetaFunctionToolType
    from .beta_get_response_beta import BetaGetResponseBeta
    from .beta_getinputtokencounts_beta import BetaGetinputtokencountsBeta
    from .beta_grammar_syntax_1 import BetaGrammarSyntax1
    from .beta_http_error import BetaHTTPError
    from .beta_http_error_type import BetaHTTPErrorType
    from .beta_hybrid_search_options import BetaHybridSearchOptions
    from .beta_image_detail import BetaImageDetail
    from .beta_image_gen_action_enum import BetaImageGenActionEnum
    from .beta_image_gen_tool import BetaImageGenTool
    from .beta_image_gen_tool_background import BetaImageGenToolBackground
    from .beta_image_gen_tool_call import BetaImageGenToolCall
    from .beta_image_gen_tool_call_status import BetaImageGenToolCallStatus
    from .beta_image_gen_tool_call_type import BetaImageGenToolCallType
    from .beta_image_gen_tool_input_image_mask import BetaImageGenToolInputImageMask
    from .beta_image_gen_tool_model_type_1 import BetaImageGenToolModelType1
    from .beta_image_gen_tool_moderation import BetaImageGenToolModeration
    from .beta_image_gen_tool_output_format import BetaImageGenToolOutputFormat
    from .beta_image_gen_tool_quality import BetaImageGenToolQuality
    from .beta_image_gen_tool_size_type_1 import BetaImageGenToolSizeType1
    from .beta_image_gen_tool_type import BetaImageGenToolType
    from .beta_include_enum import BetaIncludeEnum
    from .beta_inline_skill_param import BetaInlineSkillParam
    from .beta_inline_skill_param_type import BetaInlineSkillParamType
    from .beta_inline_skill_source_param import BetaInlineSkillSourceParam
    from .beta_inline_skill_source_param_media_type import (
        BetaInlineSkillSourceParamMediaType,
    )
    from .beta_inline_skill_source_param_type import BetaInlineSkillSourceParamType
    from .beta_input_audio import BetaInputAudio
    from .beta_input_audio_input_audio import BetaInputAudioInputAudio
    from .beta_input_audio_input_audio_format import BetaInputAudioInputAudioFormat
    from .beta_input_audio_type import BetaInputAudioType
    from .beta_input_fidelity import BetaInputFidelity
    from .beta_input_file_content import BetaInputFileContent
    from .beta_input_file_content_param import BetaInputFileContentParam
    from .beta_input_file_content_param_type import BetaInputFileContentParamType
    from .beta_input_file_content_type import BetaInputFileContentType
    from .beta_input_image_content import BetaInputImageContent
    from .beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam,
    )
    from .beta_input_image_content_param_auto_param_type import (
        BetaInputImageContentParamAutoParamType,
    )
    from .beta_input_image_content_type import BetaInputImageContentType
    from .beta_input_message import BetaInputMessage
    from .beta_input_message_resource import BetaInputMessageResource
    from .beta_input_message_role import BetaInputMessageRole
    from .beta_input_message_status import BetaInputMessageStatus
    from .beta_input_message_type import BetaInputMessageType
    from .beta_input_text_content import BetaInputTextContent
    from .beta_input_text_content_param import BetaInputTextContentParam
    from .beta_input_text_content_param_type import BetaInputTextContentParamType
    from .beta_input_text_content_type import BetaInputTextContentType
    from .beta_item_reference_param import BetaItemReferenceParam
    from .beta_item_reference_param_type_type_0 import BetaItemReferenceParamTypeType0
    from .beta_key_press_action import BetaKeyPressAction
    from .beta_key_press_action_type import BetaKeyPressActionType
    from .beta_list_input_items_beta import BetaListInputItemsBeta
    from .beta_list_input_items_order import BetaListInputItemsOrder
    from .beta_local_environment_param import BetaLocalEnvironmentParam
    from .beta_local_environment_param_type import BetaLocalEnvironmentParamType
    from .beta_local_environment_resource import BetaLocalEnvironmentResource
    from .beta_local_environment_resource_type import BetaLocalEnvironmentResourceType
    from .beta_local_shell_exec_action import BetaLocalShellExecAction
    from .beta_local_shell_exec_action_env import BetaLocalShellExecActionEnv
    from .beta_local_shell_exec_action_type import BetaLocalShellExecActionType
    from .beta_local_shell_tool_call import BetaLocalShellToolCall
    from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from .beta_local_shell_tool_call_output_status_type_0 import (
        BetaLocalShellToolCallOutputStatusType0,
    )
    from .beta_local_shell_tool_call_output_type import BetaLocalShellToolCallOutputType
    from .beta_local_shell_tool_call_status import BetaLocalShellToolCallStatus
    from .beta_local_shell_tool_call_type import BetaLocalShellToolCallType
    from .beta_local_shell_tool_param import BetaLocalShellToolParam
    from .beta_local_shell_tool_param_type import BetaLocalShellToolParamType
    from .beta_local_skill_param import BetaLocalSkillParam
    from .beta_log_prob import BetaLogProb
    from .beta_mcp_approval_request import BetaMCPApprovalRequest
    from .beta_mcp_approval_request_type import BetaMCPApprovalRequestType
    from .beta_mcp_approval_response import BetaMCPApprovalResponse
    from .beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource
    from .beta_mcp_approval_response_resource_type import (
        BetaMCPApprovalResponseResourceType,
    )
    from .beta_mcp_approval_response_type import BetaMCPApprovalResponseType
    from .beta_mcp_list_tools import BetaMCPListTools
    from .beta_mcp_list_tools_tool import BetaMCPListToolsTool
    from .beta_mcp_list_tools_tool_annotations_type_0 import (
        BetaMCPListToolsToolAnnotationsType0,
    )
    from .beta_mcp_list_tools_tool_input_schema import BetaMCPListToolsToolInputSchema
    from .beta_mcp_list_tools_type import BetaMCPListToolsType
    from .beta_mcp_protocol_error import BetaMCPProtocolError
    from .beta_mcp_protocol_error_type import BetaMCPProtocolErrorType
    from .beta_mcp_tool import BetaMCPTool
    from .beta_mcp_tool_call import BetaMCPToolCall
    from .beta_mcp_tool_call_status import BetaMCPToolCallStatus
    from .beta_mcp_tool_call_type import BetaMCPToolCallType
    from .beta_mcp_tool_connector_id import BetaMCPToolConnectorId
    from .beta_mcp_tool_execution_error import BetaMCPToolExecutionError
    from .beta_mcp_tool_execution_error_type import BetaMCPToolExecutionErrorType
    from .beta_mcp_tool_filter import BetaMCPToolFilter
    from .beta_mcp_tool_headers_type_0 import BetaMCPToolHeadersType0
    from .beta_mcp_tool_require_approval_type_0_type_0 import (
        BetaMCPToolRequireApprovalType0Type0,
    )
    from .beta_mcp_tool_require_approval_type_0_type_1 import (
        BetaMCPToolRequireApprovalType0Type1,
    )
    from .beta_mcp_tool_type import BetaMCPToolType
    from .beta_message import BetaMessage
    from .beta_message_phase import BetaMessagePhase
    from .beta_message_phase_2 import BetaMessagePhase2
    from .beta_message_role import BetaMessageRole
    from .beta_message_status import BetaMessageStatus
    from .beta_message_type import BetaMessageType
    from .beta_metadata_type_0 import BetaMetadataType0
    from .beta_model_ids_responses_type_1 import BetaModelIdsResponsesType1
    from .beta_model_ids_shared_type_1 import BetaModelIdsSharedType1
    from .beta_model_response_properties import BetaModelResponseProperties
    from .beta_model_response_properties_prompt_cache_retention_type_0 import (
        BetaModelResponsePropertiesPromptCacheRetentionType0,
    )
    from .beta_moderation import BetaModeration
    from .beta_moderation_config_param import BetaModerationConfigParam
    from .beta_moderation_error_body import BetaModerationErrorBody
    from .beta_moderation_error_body_type import BetaModerationErrorBodyType
    from .beta_moderation_input_type import BetaModerationInputType
    from .beta_moderation_mode import BetaModerationMode
    from .beta_moderation_param import BetaModerationParam
    from .beta_moderation_policy_param import BetaModerationPolicyParam
    from .beta_moderation_result_body import BetaModerationResultBody
    from .beta_moderation_result_body_categories import (
        BetaModerationResultBodyCategories,
    )
    from .beta_moderation_result_body_category_applied_input_types import (
        BetaModerationResultBodyCategoryAppliedInputTypes,
    )
    from .beta_moderation_result_body_category_scores import (
        BetaModerationResultBodyCategoryScores,
    )
    from .beta_moderation_result_body_type import BetaModerationResultBodyType
    from .beta_move_param import BetaMoveParam
    from .beta_move_param_type import BetaMoveParamType
    from .beta_multi_agent_action import BetaMultiAgentAction
    from .beta_multi_agent_action_1 import BetaMultiAgentAction1
    from .beta_multi_agent_call import BetaMultiAgentCall
    from .beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from .beta_multi_agent_call_item_param_type import BetaMultiAgentCallItemParamType
    from .beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from .beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
    )
    from .beta_multi_agent_call_output_item_param_type import (
        BetaMultiAgentCallOutputItemParamType,
    )
    from .beta_multi_agent_call_output_type import BetaMultiAgentCallOutputType
    from .beta_multi_agent_call_type import BetaMultiAgentCallType
    from .beta_multi_agent_param import BetaMultiAgentParam
    from .beta_namespace_tool_param import BetaNamespaceToolParam
    from .beta_namespace_tool_param_type import BetaNamespaceToolParamType
    from .beta_output_audio import BetaOutputAudio
    from .beta_output_audio_type import BetaOutputAudioType
    from .beta_output_message import BetaOutputMessage
    from .beta_output_message_role import BetaOutputMessageRole
    from .beta_output_message_status import BetaOutputMessageStatus
    from .beta_output_message_type import BetaOutputMessageType
    from .beta_output_text_content import BetaOutputTextContent
    from .beta_output_text_content_param import BetaOutputTextContentParam
    from .beta_output_text_content_param_type import BetaOutputTextContentParamType
    from .beta_output_text_content_type import BetaOutputTextContentType
    from .beta_personality_enum_type_1 import BetaPersonalityEnumType1
    from .beta_program import BetaProgram
    from .beta_program_item_param import BetaProgramItemParam
    from .beta_program_item_param_type import BetaProgramItemParamType
    from .beta_program_output import BetaProgramOutput
    from .beta_program_output_item_param import BetaProgramOutputItemParam
    from .beta_program_output_item_param_type import BetaProgramOutputItemParamType
    from .beta_program_output_item_status import BetaProgramOutputItemStatus
    from .beta_program_output_status import BetaProgramOutputStatus
    from .beta_program_output_type import BetaProgramOutputType
    from .beta_program_tool_call_caller import BetaProgramToolCallCaller
    from .beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam
    from .beta_program_tool_call_caller_param_type import (
        BetaProgramToolCallCallerParamType,
    )
    from .beta_program_tool_call_caller_type import BetaProgramToolCallCallerType
    from .beta_program_type import BetaProgramType
    from .beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam
    from .beta_programmatic_tool_calling_param_type import (
        BetaProgrammaticToolCallingParamType,
    )
    from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig
    from .beta_prompt_cache_breakpoint_config_mode import (
        BetaPromptCacheBreakpointConfigMode,
    )
    from .beta_prompt_cache_breakpoint_param import BetaPromptCacheBreakpointParam
    from .beta_prompt_cache_breakpoint_param_mode import (
        BetaPromptCacheBreakpointParamMode,
    )
    from .beta_prompt_cache_mode_enum import BetaPromptCacheModeEnum
    from .beta_prompt_cache_options import BetaPromptCacheOptions
    from .beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from .beta_prompt_cache_retention_enum import BetaPromptCacheRetentionEnum
    from .beta_prompt_cache_ttl_enum import BetaPromptCacheTTLEnum
    from .beta_prompt_type_0 import BetaPromptType0
    from .beta_ranker_version_type import BetaRankerVersionType
    from .beta_ranking_options import BetaRankingOptions
    from .beta_reasoning import BetaReasoning
    from .beta_reasoning_context_type_0 import BetaReasoningContextType0
    from .beta_reasoning_effort_type_0 import BetaReasoningEffortType0
    from .beta_reasoning_generate_summary_type_0 import (
        BetaReasoningGenerateSummaryType0,
    )
    from .beta_reasoning_item import BetaReasoningItem
    from .beta_reasoning_item_status import BetaReasoningItemStatus
    from .beta_reasoning_item_type import BetaReasoningItemType
    from .beta_reasoning_mode_enum_type_1 import BetaReasoningModeEnumType1
    from .beta_reasoning_summary_type_0 import BetaReasoningSummaryType0
    from .beta_reasoning_text_content import BetaReasoningTextContent
    from .beta_reasoning_text_content_type import BetaReasoningTextContentType
    from .beta_refusal_content import BetaRefusalContent
    from .beta_refusal_content_type import BetaRefusalContentType
    from .beta_response import BetaResponse
    from .beta_response_audio_delta_event import BetaResponseAudioDeltaEvent
    from .beta_response_audio_delta_event_type import BetaResponseAudioDeltaEventType
    from .beta_response_audio_done_event import BetaResponseAudioDoneEvent
    from .beta_response_audio_done_event_type import BetaResponseAudioDoneEventType
    from .beta_response_audio_transcript_delta_event import (
        BetaResponseAudioTranscriptDeltaEvent,
    )
    from .beta_response_audio_transcript_delta_event_type import (
        BetaResponseAudioTranscriptDeltaEventType,
    )
    from .beta_response_audio_transcript_done_event import (
        BetaResponseAudioTranscriptDoneEvent,
    )
    from .beta_response_audio_transcript_done_event_type import (
        BetaResponseAudioTranscriptDoneEventType,
    )
    from .beta_response_code_interpreter_call_code_delta_event import (
        BetaResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .beta_response_code_interpreter_call_code_delta_event_type import (
        BetaResponseCodeInterpreterCallCodeDeltaEventType,
    )
    from .beta_response_code_interpreter_call_code_done_event import (
        BetaResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .beta_response_code_interpreter_call_code_done_event_type import (
        BetaResponseCodeInterpreterCallCodeDoneEventType,
    )
    from .beta_response_code_interpreter_call_completed_event import (
        BetaResponseCodeInterpreterCallCompletedEvent,
    )
    from .beta_response_code_interpreter_call_completed_event_type import (
        BetaResponseCodeInterpreterCallCompletedEventType,
    )
    from .beta_response_code_interpreter_call_in_progress_event import (
        BetaResponseCodeInterpreterCallInProgressEvent,
    )
    from .beta_response_code_interpreter_call_in_progress_event_type import (
        BetaResponseCodeInterpreterCallInProgressEventType,
    )
    from .beta_response_code_interpreter_call_interpreting_event import (
        BetaResponseCodeInterpreterCallInterpretingEvent,
    )
    from .beta_response_code_interpreter_call_interpreting_event_type import (
        BetaResponseCodeInterpreterCallInterpretingEventType,
    )
    from .beta_response_completed_event import BetaResponseCompletedEvent
    from .beta_response_completed_event_type import BetaResponseCompletedEventType
    from .beta_response_content_part_added_event import (
        BetaResponseContentPartAddedEvent,
    )
    from .beta_response_content_part_added_event_type import (
        BetaResponseContentPartAddedEventType,
    )
    from .beta_response_content_part_done_event import BetaResponseContentPartDoneEvent
    from .beta_response_content_part_done_event_type import (
        BetaResponseContentPartDoneEventType,
    )
    from .beta_response_conversation import BetaResponseConversation
    from .beta_response_created_event import BetaResponseCreatedEvent
    from .beta_response_created_event_type import BetaResponseCreatedEventType
    from .beta_response_custom_tool_call_input_delta_event import (
        BetaResponseCustomToolCallInputDeltaEvent,
    )
    from .beta_response_custom_tool_call_input_delta_event_type import (
        BetaResponseCustomToolCallInputDeltaEventType,
    )
    from .beta_response_custom_tool_call_input_done_event import (
        BetaResponseCustomToolCallInputDoneEvent,
    )
    from .beta_response_custom_tool_call_input_done_event_type import (
        BetaResponseCustomToolCallInputDoneEventType,
    )
    from .beta_response_error_code import BetaResponseErrorCode
    from .beta_response_error_event import BetaResponseErrorEvent
    from .beta_response_error_event_type import BetaResponseErrorEventType
    from .beta_response_error_type_0 import BetaResponseErrorType0
    from .beta_response_failed_event import BetaResponseFailedEvent
    from .beta_response_failed_event_type import BetaResponseFailedEventType
    from .beta_response_file_search_call_completed_event import (
        BetaResponseFileSearchCallCompletedEvent,
    )
    from .beta_response_file_search_call_completed_event_type import (
        BetaResponseFileSearchCallCompletedEventType,
    )
    from .beta_response_file_search_call_in_progress_event import (
        BetaResponseFileSearchCallInProgressEvent,
    )
    from .beta_response_file_search_call_in_progress_event_type import (
        BetaResponseFileSearchCallInProgressEventType,
    )
    from .beta_response_file_search_call_searching_event import (
        BetaResponseFileSearchCallSearchingEvent,
    )
    from .beta_response_file_search_call_searching_event_type import (
        BetaResponseFileSearchCallSearchingEventType,
    )
    from .beta_response_format_json_object import BetaResponseFormatJsonObject
    from .beta_response_format_json_object_type import BetaResponseFormatJsonObjectType
    from .beta_response_format_json_schema_schema import (
        BetaResponseFormatJsonSchemaSchema,
    )
    from .beta_response_format_text import BetaResponseFormatText
    from .beta_response_format_text_type import BetaResponseFormatTextType
    from .beta_response_function_call_arguments_delta_event import (
        BetaResponseFunctionCallArgumentsDeltaEvent,
    )
    from .beta_response_function_call_arguments_delta_event_type import (
        BetaResponseFunctionCallArgumentsDeltaEventType,
    )
    from .beta_response_function_call_arguments_done_event import (
        BetaResponseFunctionCallArgumentsDoneEvent,
    )
    from .beta_response_function_call_arguments_done_event_type import (
        BetaResponseFunctionCallArgumentsDoneEventType,
    )
    from .beta_response_image_gen_call_completed_event import (
        BetaResponseImageGenCallCompletedEvent,
    )
    from .beta_response_image_gen_call_completed_event_type import (
        BetaResponseImageGenCallCompletedEventType,
    )
    from .beta_response_image_gen_call_generating_event import (
        BetaResponseImageGenCallGeneratingEvent,
    )
    from .beta_response_image_gen_call_generating_event_type import (
        BetaResponseImageGenCallGeneratingEventType,
    )
    from .beta_response_image_gen_call_in_progress_event import (
        BetaResponseImageGenCallInProgressEvent,
    )
    from .beta_response_image_gen_call_in_progress_event_type import (
        BetaResponseImageGenCallInProgressEventType,
    )
    from .beta_response_image_gen_call_partial_image_event import (
        BetaResponseImageGenCallPartialImageEvent,
    )
    from .beta_response_image_gen_call_partial_image_event_type import (
        BetaResponseImageGenCallPartialImageEventType,
    )
    from .beta_response_in_progress_event import BetaResponseInProgressEvent
    from .beta_response_in_progress_event_type import BetaResponseInProgressEventType
    from .beta_response_incomplete_details_type_0 import (
        BetaResponseIncompleteDetailsType0,
    )
    from .beta_response_incomplete_details_type_0_reason import (
        BetaResponseIncompleteDetailsType0Reason,
    )
    from .beta_response_incomplete_event import BetaResponseIncompleteEvent
    from .beta_response_incomplete_event_type import BetaResponseIncompleteEventType
    from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent
    from .beta_response_inject_created_event_type import (
        BetaResponseInjectCreatedEventType,
    )
    from .beta_response_inject_event import BetaResponseInjectEvent
    from .beta_response_inject_event_type import BetaResponseInjectEventType
    from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent
    from .beta_response_inject_failed_event_error import (
        BetaResponseInjectFailedEventError,
    )
    from .beta_response_inject_failed_event_error_code import (
        BetaResponseInjectFailedEventErrorCode,
    )
    from .beta_response_inject_failed_event_type import (
        BetaResponseInjectFailedEventType,
    )
    from .beta_response_item_list import BetaResponseItemList
    from .beta_response_item_list_object import BetaResponseItemListObject
    from .beta_response_log_prob import BetaResponseLogProb
    from .beta_response_log_prob_top_logprobs_item import (
        BetaResponseLogProbTopLogprobsItem,
    )
    from .beta_response_mcp_call_arguments_delta_event import (
        BetaResponseMCPCallArgumentsDeltaEvent,
    )
    from .beta_response_mcp_call_arguments_delta_event_type import (
        BetaResponseMCPCallArgumentsDeltaEventType,
    )
    from .beta_response_mcp_call_arguments_done_event import (
        BetaResponseMCPCallArgumentsDoneEvent,
    )
    from .beta_response_mcp_call_arguments_done_event_type import (
        BetaResponseMCPCallArgumentsDoneEventType,
    )
    from .beta_response_mcp_call_completed_event import (
        BetaResponseMCPCallCompletedEvent,
    )
    from .beta_response_mcp_call_completed_event_type import (
        BetaResponseMCPCallCompletedEventType,
    )
    from .beta_response_mcp_call_failed_event import BetaResponseMCPCallFailedEvent
    from .beta_response_mcp_call_failed_event_type import (
        BetaResponseMCPCallFailedEventType,
    )
    from .beta_response_mcp_call_in_progress_event import (
        BetaResponseMCPCallInProgressEvent,
    )
    from .beta_response_mcp_call_in_progress_event_type import (
        BetaResponseMCPCallInProgressEventType,
    )
    from .beta_response_mcp_list_tools_completed_event import (
        BetaResponseMCPListToolsCompletedEvent,
    )
    from .beta_response_mcp_list_tools_completed_event_type import (
        BetaResponseMCPListToolsCompletedEventType,
    )
    from .beta_response_mcp_list_tools_failed_event import (
        BetaResponseMCPListToolsFailedEvent,
    )
    from .beta_response_mcp_list_tools_failed_event_type import (
        BetaResponseMCPListToolsFailedEventType,
    )
    from .beta_response_mcp_list_tools_in_progress_event import (
        BetaResponseMCPListToolsInProgressEvent,
    )
    from .beta_response_mcp_list_tools_in_progress_event_type import (
        BetaResponseMCPListToolsInProgressEventType,
    )
    from .beta_response_object import BetaResponseObject
    from .beta_response_output_item_added_event import BetaResponseOutputItemAddedEvent
    from .beta_response_output_item_added_event_type import (
        BetaResponseOutputItemAddedEventType,
    )
    from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent
    from .beta_response_output_item_done_event_type import (
        BetaResponseOutputItemDoneEventType,
    )
    from .beta_response_output_text_annotation_added_event import (
        BetaResponseOutputTextAnnotationAddedEvent,
    )
    from .beta_response_output_text_annotation_added_event_type import (
        BetaResponseOutputTextAnnotationAddedEventType,
    )
    from .beta_response_prompt_variables_type_0 import BetaResponsePromptVariablesType0
    from .beta_response_properties import BetaResponseProperties
    from .beta_response_queued_event import BetaResponseQueuedEvent
    from .beta_response_queued_event_type import BetaResponseQueuedEventType
    from .beta_response_reasoning_summary_part_added_event import (
        BetaResponseReasoningSummaryPartAddedEvent,
    )
    from .beta_response_reasoning_summary_part_added_event_part import (
        BetaResponseReasoningSummaryPartAddedEventPart,
    )
    from .beta_response_reasoning_summary_part_added_event_part_type import (
        BetaResponseReasoningSummaryPartAddedEventPartType,
    )
    from .beta_response_reasoning_summary_part_added_event_type import (
        BetaResponseReasoningSummaryPartAddedEventType,
    )
    from .beta_response_reasoning_summary_part_done_event import (
        BetaResponseReasoningSummaryPartDoneEvent,
    )
    from .beta_response_reasoning_summary_part_done_event_part import (
        BetaResponseReasoningSummaryPartDoneEventPart,
    )
    from .beta_response_reasoning_summary_part_done_event_part_type import (
        BetaResponseReasoningSummaryPartDoneEventPartType,
    )
    from .beta_response_reasoning_summary_part_done_event_status import (
        BetaResponseReasoningSummaryPartDoneEventStatus,
    )
    from .beta_response_reasoning_summary_part_done_event_type import (
        BetaResponseReasoningSummaryPartDoneEventType,
    )
    from .beta_response_reasoning_summary_text_delta_event import (
        BetaResponseReasoningSummaryTextDeltaEvent,
    )
    from .beta_response_reasoning_summary_text_delta_event_type import (
        BetaResponseReasoningSummaryTextDeltaEventType,
    )
    from .beta_response_reasoning_summary_text_done_event import (
        BetaResponseReasoningSummaryTextDoneEvent,
    )
    from .beta_response_reasoning_summary_text_done_event_type import (
        BetaResponseReasoningSummaryTextDoneEventType,
    )
    from .beta_response_reasoning_text_delta_event import (
        BetaResponseReasoningTextDeltaEvent,
    )
    from .beta_response_reasoning_text_delta_event_type import (
        BetaResponseReasoningTextDeltaEventType,
    )
    from .beta_response_reasoning_text_done_event import (
        BetaResponseReasoningTextDoneEvent,
    )
    from .beta_response_reasoning_text_done_event_type import (
        BetaResponseReasoningTextDoneEventType,
    )
    from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent
    from .beta_response_refusal_delta_event_type import (
        BetaResponseRefusalDeltaEventType,
    )
    from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent
    from .beta_response_refusal_done_event_type import BetaResponseRefusalDoneEventType
    from .beta_response_shell_call_command_added_streaming_event import (
        BetaResponseShellCallCommandAddedStreamingEvent,
    )
    from .beta_response_shell_call_command_added_streaming_event_type import (
        BetaResponseShellCallCommandAddedStreamingEventType,
    )
    from .beta_response_shell_call_command_delta_streaming_event import (
        BetaResponseShellCallCommandDeltaStreamingEvent,
    )
    from .beta_response_shell_call_command_delta_streaming_event_type import (
        BetaResponseShellCallCommandDeltaStreamingEventType,
    )
    from .beta_response_shell_call_command_done_streaming_event import (
        BetaResponseShellCallCommandDoneStreamingEvent,
    )
    from .beta_response_shell_call_command_done_streaming_event_type import (
        BetaResponseShellCallCommandDoneStreamingEventType,
    )
    from .beta_response_shell_call_output_content_delta_streaming_event import (
        BetaResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .beta_response_shell_call_output_content_delta_streaming_event_type import (
        BetaResponseShellCallOutputContentDeltaStreamingEventType,
    )
    from .beta_response_shell_call_output_content_done_streaming_event import (
        BetaResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .beta_response_shell_call_output_content_done_streaming_event_type import (
        BetaResponseShellCallOutputContentDoneStreamingEventType,
    )
    from .beta_response_status import BetaResponseStatus
    from .beta_response_stream_options_type_0 import BetaResponseStreamOptionsType0
    from .beta_response_text_delta_event import BetaResponseTextDeltaEvent
    from .beta_response_text_delta_event_type import BetaResponseTextDeltaEventType
    from .beta_response_text_done_event import BetaResponseTextDoneEvent
    from .beta_response_text_done_event_type import BetaResponseTextDoneEventType
    from .beta_response_text_param import BetaResponseTextParam
    from .beta_response_truncation_type_0 import BetaResponseTruncationType0
    from .beta_response_usage import BetaResponseUsage
    from .beta_response_usage_input_tokens_details import (
        BetaResponseUsageInputTokensDetails,
    )
    from .beta_response_usage_output_tokens_details import (
        BetaResponseUsageOutputTokensDetails,
    )
    from .beta_response_web_search_call_completed_event import (
        BetaResponseWebSearchCallCompletedEvent,
    )
    from .beta_response_web_search_call_completed_event_type import (
        BetaResponseWebSearchCallCompletedEventType,
    )
    from .beta_response_web_search_call_in_progress_event import (
        BetaResponseWebSearchCallInProgressEvent,
    )
    from .beta_response_web_search_call_in_progress_event_type import (
        BetaResponseWebSearchCallInProgressEventType,
    )
    from .beta_response_web_search_call_searching_event import (
        BetaResponseWebSearchCallSearchingEvent,
    )
    from .beta_response_web_search_call_searching_event_type import (
        BetaResponseWebSearchCallSearchingEventType,
    )
    from .beta_response_ws_error import BetaResponseWsError
    from .beta_response_ws_error_type import BetaResponseWsErrorType
    from .beta_responses_client_event_response_create import (
        BetaResponsesClientEventResponseCreate,
    )
    from .beta_responses_client_event_response_create_type import (
        BetaResponsesClientEventResponseCreateType,
    )
    from .beta_responses_server_event_type_0 import BetaResponsesServerEventType0
    from .beta_responses_server_event_type_1 import BetaResponsesServerEventType1
    from .beta_responses_server_event_type_2 import BetaResponsesServerEventType2
    from .beta_responses_server_event_type_3 import BetaResponsesServerEventType3
    from .beta_responses_server_event_type_4 import BetaResponsesServerEventType4
    from .beta_responses_server_event_type_5 import BetaResponsesServerEventType5
    from .beta_responses_server_event_type_6 import BetaResponsesServerEventType6
    from .beta_responses_server_event_type_7 import BetaResponsesServerEventType7
    from .beta_responses_server_event_type_8 import BetaResponsesServerEventType8
    from .beta_responses_server_event_type_9 import BetaResponsesServerEventType9
    from .beta_responses_server_event_type_10 import BetaResponsesServerEventType10
    from .beta_responses_server_event_type_11 import BetaResponsesServerEventType11
    from .beta_responses_server_event_type_12 import BetaResponsesServerEventType12
    from .beta_responses_server_event_type_13 import BetaResponsesServerEventType13
    from .beta_responses_server_event_type_14 import BetaResponsesServerEventType14
    from .beta_responses_server_event_type_15 import BetaResponsesServerEventType15
    from .beta_responses_server_event_type_16 import BetaResponsesServerEventType16
    from .beta_responses_server_event_type_17 import BetaResponsesServerEventType17
    from .beta_responses_server_event_type_18 import BetaResponsesServerEventType18
    from .beta_responses_server_event_type_19 import BetaResponsesServerEventType19
    from .beta_responses_server_event_type_20 import BetaResponsesServerEventType20
    from .beta_responses_server_event_type_21 import BetaResponsesServerEventType21
    from .beta_responses_server_event_type_22 import BetaResponsesServerEventType22
    from .beta_responses_server_event_type_23 import BetaResponsesServerEventType23
    from .beta_responses_server_event_type_24 import BetaResponsesServerEventType24
    from .beta_responses_server_event_type_25 import BetaResponsesServerEventType25
    from .beta_responses_server_event_type_26 import BetaResponsesServerEventType26
    from .beta_responses_server_event_type_27 import BetaResponsesServerEventType27
    from .beta_responses_server_event_type_28 import BetaResponsesServerEventType28
    from .beta_responses_server_event_type_29 import BetaResponsesServerEventType29
    from .beta_responses_server_event_type_30 import BetaResponsesServerEventType30
    from .beta_responses_server_event_type_31 import BetaResponsesServerEventType31
    from .beta_responses_server_event_type_32 import BetaResponsesServerEventType32
    from .beta_responses_server_event_type_33 import BetaResponsesServerEventType33
    from .beta_responses_server_event_type_34 import BetaResponsesServerEventType34
    from .beta_responses_server_event_type_35 import BetaResponsesServerEventType35
    from .beta_responses_server_event_type_36 import BetaResponsesServerEventType36
    from .beta_responses_server_event_type_37 import BetaResponsesServerEventType37
    from .beta_responses_server_event_type_38 import BetaResponsesServerEventType38
    from .beta_responses_server_event_type_39 import BetaResponsesServerEventType39
    from .beta_responses_server_event_type_40 import BetaResponsesServerEventType40
    from .beta_responses_server_event_type_41 import BetaResponsesServerEventType41
    from .beta_responses_server_event_type_42 import BetaResponsesServerEventType42
    from .beta_responses_server_event_type_43 import BetaResponsesServerEventType43
    from .beta_responses_server_event_type_44 import BetaResponsesServerEventType44
    from .beta_responses_server_event_type_45 import BetaResponsesServerEventType45
    from .beta_responses_server_event_type_46 import BetaResponsesServerEventType46
    from .beta_responses_server_event_type_47 import BetaResponsesServerEventType47
    from .beta_responses_server_event_type_48 import BetaResponsesServerEventType48
    from .beta_responses_server_event_type_49 import BetaResponsesServerEventType49
    from .beta_responses_server_event_type_50 import BetaResponsesServerEventType50
    from .beta_responses_server_event_type_51 import BetaResponsesServerEventType51
    from .beta_responses_server_event_type_52 import BetaResponsesServerEventType52
    from .beta_responses_server_event_type_53 import BetaResponsesServerEventType53
    from .beta_responses_server_event_type_54 import BetaResponsesServerEventType54
    from .beta_responses_server_event_type_55 import BetaResponsesServerEventType55
    from .beta_responses_server_event_type_56 import BetaResponsesServerEventType56
    from .beta_responses_web_socket_stream_event import (
        BetaResponsesWebSocketStreamEvent,
    )
    from .beta_screenshot_param import BetaScreenshotParam
    from .beta_screenshot_param_type import BetaScreenshotParamType
    from .beta_scroll_param import BetaScrollParam
    from .beta_scroll_param_type import BetaScrollParamType
    from .beta_search_content_type import BetaSearchContentType
    from .beta_search_context_size import BetaSearchContextSize
    from .beta_service_tier_enum import BetaServiceTierEnum
    from .beta_service_tier_responses_type_0 import BetaServiceTierResponsesType0
    from .beta_shell_call_output_delta import BetaShellCallOutputDelta
    from .beta_skill_reference_param import BetaSkillReferenceParam
    from .beta_skill_reference_param_type import BetaSkillReferenceParamType
    from .beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
    from .beta_specific_apply_patch_param_type import BetaSpecificApplyPatchParamType
    from .beta_specific_function_shell_param import BetaSpecificFunctionShellParam
    from .beta_specific_function_shell_param_type import (
        BetaSpecificFunctionShellParamType,
    )
    from .beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
    )
    from .beta_specific_programmatic_tool_calling_param_type import (
        BetaSpecificProgrammaticToolCallingParamType,
    )
    from .beta_summary_text_content import BetaSummaryTextContent
    from .beta_summary_text_content_type import BetaSummaryTextContentType
    from .beta_text_content import BetaTextContent
    from .beta_text_content_type import BetaTextContentType
    from .beta_text_response_format_json_schema import BetaTextResponseFormatJsonSchema
    from .beta_text_response_format_json_schema_type import (
        BetaTextResponseFormatJsonSchemaType,
    )
    from .beta_token_counts_body import BetaTokenCountsBody
    from .beta_token_counts_resource import BetaTokenCountsResource
    from .beta_token_counts_resource_object import BetaTokenCountsResourceObject
    from .beta_tool_choice_allowed import BetaToolChoiceAllowed
    from .beta_tool_choice_allowed_mode import BetaToolChoiceAllowedMode
    from .beta_tool_choice_allowed_tools_item import BetaToolChoiceAllowedToolsItem
    from .beta_tool_choice_allowed_type import BetaToolChoiceAllowedType
    from .beta_tool_choice_custom import BetaToolChoiceCustom
    from .beta_tool_choice_custom_type import BetaToolChoiceCustomType
    from .beta_tool_choice_function import BetaToolChoiceFunction
    from .beta_tool_choice_function_type import BetaToolChoiceFunctionType
    from .beta_tool_choice_mcp import BetaToolChoiceMCP
    from .beta_tool_choice_mcp_type import BetaToolChoiceMCPType
    from .beta_tool_choice_options import BetaToolChoiceOptions
    from .beta_tool_choice_types import BetaToolChoiceTypes
    from .beta_tool_choice_types_type import BetaToolChoiceTypesType
    from .beta_tool_search_call import BetaToolSearchCall
    from .beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from .beta_tool_search_call_item_param_type import BetaToolSearchCallItemParamType
    from .beta_tool_search_call_type import BetaToolSearchCallType
    from .beta_tool_search_execution_type import BetaToolSearchExecutionType
    from .beta_tool_search_output import BetaToolSearchOutput
    from .beta_tool_search_output_item_param import BetaToolSearchOutputItemParam
    from .beta_tool_search_output_item_param_type import (
        BetaToolSearchOutputItemParamType,
    )
    from .beta_tool_search_output_type import BetaToolSearchOutputType
    from .beta_tool_search_tool_param import BetaToolSearchToolParam
    from .beta_tool_search_tool_param_type import BetaToolSearchToolParamType
    from .beta_top_log_prob import BetaTopLogProb
    from .beta_truncation_enum import BetaTruncationEnum
    from .beta_type_param import BetaTypeParam
    from .beta_type_param_type import BetaTypeParamType
    from .beta_url_citation_body import BetaUrlCitationBody
    from .beta_url_citation_body_type import BetaUrlCitationBodyType
    from .beta_url_citation_param import BetaUrlCitationParam
    from .beta_url_citation_param_type import BetaUrlCitationParamType
    from .beta_vector_store_file_attributes_type_0 import (
        BetaVectorStoreFileAttributesType0,
    )
    from .beta_verbosity_type_0 import BetaVerbosityType0
    from .beta_wait_param import BetaWaitParam
    from .beta_wait_param_type import BetaWaitParamType
    from .beta_web_search_action_find import BetaWebSearchActionFind
    from .beta_web_search_action_find_type import BetaWebSearchActionFindType
    from .beta_web_search_action_open_page import BetaWebSearchActionOpenPage
    from .beta_web_search_action_open_page_type import BetaWebSearchActionOpenPageType
    from .beta_web_search_action_search import BetaWebSearchActionSearch
    from .beta_web_search_action_search_sources_item import (
        BetaWebSearchActionSearchSourcesItem,
    )
    from .beta_web_search_action_search_sources_item_type import (
        BetaWebSearchActionSearchSourcesItemType,
    )
    from .beta_web_search_action_search_type import BetaWebSearchActionSearchType
    from .beta_web_search_approximate_location_type_0 import (
        BetaWebSearchApproximateLocationType0,
    )
    from .beta_web_search_approximate_location_type_0_type import (
        BetaWebSearchApproximateLocationType0Type,
    )
    from .beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from .beta_web_search_preview_tool_type import BetaWebSearchPreviewToolType
    from .beta_web_search_tool import BetaWebSearchTool
    from .beta_web_search_tool_call import BetaWebSearchToolCall
    from .beta_web_search_tool_call_status import BetaWebSearchToolCallStatus
    from .beta_web_search_tool_call_type import BetaWebSearchToolCallType
    from .beta_web_search_tool_filters_type_0 import BetaWebSearchToolFiltersType0
    from .beta_web_search_tool_search_context_size import (
        BetaWebSearchToolSearchContextSize,
    )
    from .beta_web_search_tool_type import BetaWebSearchToolType
    from .c2pa_provenance_result import C2PAProvenanceResult
    from .c2pa_provenance_result_type import C2PAProvenanceResultType
    from .c2pa_validation_state_api import C2PAValidationStateApi
    from .callable_tool_allowed_caller import CallableToolAllowedCaller
    from .certificate import Certificate
    from .certificate_certificate_details import CertificateCertificateDetails
    from .certificate_object import CertificateObject
    from .chat_completion_allowed_tools import ChatCompletionAllowedTools
    from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from .chat_completion_allowed_tools_choice_type import (
        ChatCompletionAllowedToolsChoiceType,
    )
    from .chat_completion_allowed_tools_mode import ChatCompletionAllowedToolsMode
    from .chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )
    from .chat_completion_deleted import ChatCompletionDeleted
    from .chat_completion_deleted_object import ChatCompletionDeletedObject
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_list import ChatCompletionList
    from .chat_completion_list_object import ChatCompletionListObject
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from .chat_completion_message_custom_tool_call_custom import (
        ChatCompletionMessageCustomToolCallCustom,
    )
    from .chat_completion_message_custom_tool_call_type import (
        ChatCompletionMessageCustomToolCallType,
    )
    from .chat_completion_message_list import ChatCompletionMessageList
    from .chat_completion_message_list_data_item import (
        ChatCompletionMessageListDataItem,
    )
    from .chat_completion_message_list_object import ChatCompletionMessageListObject
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
    from .chat_completion_modalities_type_0_item import (
        ChatCompletionModalitiesType0Item,
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
    from .chat_completion_role import ChatCompletionRole
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
    from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
    from .chat_session_chatkit_configuration import ChatSessionChatkitConfiguration
    from .chat_session_file_upload import ChatSessionFileUpload
    from .chat_session_history import ChatSessionHistory
    from .chat_session_rate_limits import ChatSessionRateLimits
    from .chat_session_resource import ChatSessionResource
    from .chat_session_resource_object import ChatSessionResourceObject
    from .chat_session_status import ChatSessionStatus
    from .chatkit_configuration_param import ChatkitConfigurationParam
    from .chatkit_workflow import ChatkitWorkflow
    from .chatkit_workflow_state_variables_type_0 import (
        ChatkitWorkflowStateVariablesType0,
    )
    from .chatkit_workflow_tracing import ChatkitWorkflowTracing
    from .click_button_type import ClickButtonType
    from .click_param import ClickParam
    from .click_param_type import ClickParamType
    from .client_tool_call_item import ClientToolCallItem
    from .client_tool_call_item_object import ClientToolCallItemObject
    from .client_tool_call_item_type import ClientToolCallItemType
    from .client_tool_call_status import ClientToolCallStatus
    from .closed_status import ClosedStatus
    from .closed_status_type import ClosedStatusType
    from .code_interpreter_file_output import CodeInterpreterFileOutput
    from .code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem,
    )
    from .code_interpreter_file_output_type import CodeInterpreterFileOutputType
    from .code_interpreter_output_image import CodeInterpreterOutputImage
    from .code_interpreter_output_image_type import CodeInterpreterOutputImageType
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs
    from .code_interpreter_output_logs_type import CodeInterpreterOutputLogsType
    from .code_interpreter_text_output import CodeInterpreterTextOutput
    from .code_interpreter_text_output_type import CodeInterpreterTextOutputType
    from .code_interpreter_tool import CodeInterpreterTool
    from .code_interpreter_tool_call import CodeInterpreterToolCall
    from .code_interpreter_tool_call_status import CodeInterpreterToolCallStatus
    from .code_interpreter_tool_call_type import CodeInterpreterToolCallType
    from .code_interpreter_tool_type import CodeInterpreterToolType
    from .compact_resource import CompactResource
    from .compact_resource_object import CompactResourceObject
    from .compact_response_method_public_body import CompactResponseMethodPublicBody
    from .compaction_body import CompactionBody
    from .compaction_body_type import CompactionBodyType
    from .compaction_summary_item_param import CompactionSummaryItemParam
    from .compaction_summary_item_param_type import CompactionSummaryItemParamType
    from .compaction_trigger_item_param import CompactionTriggerItemParam
    from .compaction_trigger_item_param_type import CompactionTriggerItemParamType
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .complete_upload_request import CompleteUploadRequest
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
    from .computer_screenshot_content import ComputerScreenshotContent
    from .computer_screenshot_content_type import ComputerScreenshotContentType
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
    from .container_file_citation_param import ContainerFileCitationParam
    from .container_file_citation_param_type import ContainerFileCitationParamType
    from .container_file_list_resource import ContainerFileListResource
    from .container_file_list_resource_object import ContainerFileListResourceObject
    from .container_file_resource import ContainerFileResource
    from .container_list_resource import ContainerListResource
    from .container_list_resource_object import ContainerListResourceObject
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
    from .container_resource import ContainerResource
    from .container_resource_expires_after import ContainerResourceExpiresAfter
    from .container_resource_expires_after_anchor import (
        ContainerResourceExpiresAfterAnchor,
    )
    from .container_resource_memory_limit import ContainerResourceMemoryLimit
    from .container_resource_network_policy import ContainerResourceNetworkPolicy
    from .container_resource_network_policy_type import (
        ContainerResourceNetworkPolicyType,
    )
    from .context_management_param import ContextManagementParam
    from .conversation_item_list import ConversationItemList
    from .conversation_item_list_object import ConversationItemListObject
    from .conversation_param_2 import ConversationParam2
    from .conversation_resource import ConversationResource
    from .conversation_resource_object import ConversationResourceObject
    from .coord_param import CoordParam
    from .costs_result import CostsResult
    from .costs_result_amount import CostsResultAmount
    from .costs_result_object import CostsResultObject
    from .costs_result_quantity_unit_type_1 import CostsResultQuantityUnitType1
    from .create_assistant_request import CreateAssistantRequest
    from .create_assistant_request_tool_resources_type_0 import (
        CreateAssistantRequestToolResourcesType0,
    )
    from .create_assistant_request_tool_resources_type_0_code_interpreter import (
        CreateAssistantRequestToolResourcesType0CodeInterpreter,
    )
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
    from .create_chat_session_body import CreateChatSessionBody
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
    from .create_container_body import CreateContainerBody
    from .create_container_body_expires_after import CreateContainerBodyExpiresAfter
    from .create_container_body_expires_after_anchor import (
        CreateContainerBodyExpiresAfterAnchor,
    )
    from .create_container_body_memory_limit import CreateContainerBodyMemoryLimit
    from .create_container_file_body import CreateContainerFileBody
    from .create_content_provenance_body import CreateContentProvenanceBody
    from .create_conversation_body import CreateConversationBody
    from .create_conversation_items_body import CreateConversationItemsBody
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_request_encoding_format import (
        CreateEmbeddingRequestEncodingFormat,
    )
    from .create_embedding_request_model_type_1 import CreateEmbeddingRequestModelType1
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_embedding_response_object import CreateEmbeddingResponseObject
    from .create_embedding_response_usage import CreateEmbeddingResponseUsage
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_completions_run_data_source_input_messages_type_0 import (
        CreateEvalCompletionsRunDataSourceInputMessagesType0,
    )
    from .create_eval_completions_run_data_source_input_messages_type_0_type import (
        CreateEvalCompletionsRunDataSourceInputMessagesType0Type,
    )
    from .create_eval_completions_run_data_source_input_messages_type_1 import (
        CreateEvalCompletionsRunDataSourceInputMessagesType1,
    )
    from .create_eval_completions_run_data_source_input_messages_type_1_type import (
        CreateEvalCompletionsRunDataSourceInputMessagesType1Type,
    )
    from .create_eval_completions_run_data_source_sampling_params import (
        CreateEvalCompletionsRunDataSourceSamplingParams,
    )
    from .create_eval_completions_run_data_source_type import (
        CreateEvalCompletionsRunDataSourceType,
    )
    from .create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig
    from .create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,
    )
    from .create_eval_custom_data_source_config_type import (
        CreateEvalCustomDataSourceConfigType,
    )
    from .create_eval_item_type_0 import CreateEvalItemType0
    from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from .create_eval_jsonl_run_data_source_type import CreateEvalJsonlRunDataSourceType
    from .create_eval_label_model_grader import CreateEvalLabelModelGrader
    from .create_eval_label_model_grader_type import CreateEvalLabelModelGraderType
    from .create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
    from .create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata,
    )
    from .create_eval_logs_data_source_config_type import (
        CreateEvalLogsDataSourceConfigType,
    )
    from .create_eval_request import CreateEvalRequest
    from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
    from .create_eval_responses_run_data_source_input_messages_type_0 import (
        CreateEvalResponsesRunDataSourceInputMessagesType0,
    )
    from .create_eval_responses_run_data_source_input_messages_type_0_template_item_type_0 import (
        CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0,
    )
    from .create_eval_responses_run_data_source_input_messages_type_0_type import (
        CreateEvalResponsesRunDataSourceInputMessagesType0Type,
    )
    from .create_eval_responses_run_data_source_input_messages_type_1 import (
        CreateEvalResponsesRunDataSourceInputMessagesType1,
    )
    from .create_eval_responses_run_data_source_input_messages_type_1_type import (
        CreateEvalResponsesRunDataSourceInputMessagesType1Type,
    )
    from .create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from .create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
    from .create_eval_responses_run_data_source_type import (
        CreateEvalResponsesRunDataSourceType,
    )
    from .create_eval_run_request import CreateEvalRunRequest
    from .create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from .create_eval_stored_completions_data_source_config_metadata import (
        CreateEvalStoredCompletionsDataSourceConfigMetadata,
    )
    from .create_eval_stored_completions_data_source_config_type import (
        CreateEvalStoredCompletionsDataSourceConfigType,
    )
    from .create_file_request import CreateFileRequest
    from .create_file_request_purpose import CreateFileRequestPurpose
    from .create_fine_tuning_checkpoint_permission_request import (
        CreateFineTuningCheckpointPermissionRequest,
    )
    from .create_fine_tuning_job_request import CreateFineTuningJobRequest
    from .create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from .create_fine_tuning_job_request_hyperparameters_batch_size_type_0 import (
        CreateFineTuningJobRequestHyperparametersBatchSizeType0,
    )
    from .create_fine_tuning_job_request_hyperparameters_learning_rate_multiplier_type_0 import (
        CreateFineTuningJobRequestHyperparametersLearningRateMultiplierType0,
    )
    from .create_fine_tuning_job_request_hyperparameters_n_epochs_type_0 import (
        CreateFineTuningJobRequestHyperparametersNEpochsType0,
    )
    from .create_fine_tuning_job_request_integrations_type_0_item import (
        CreateFineTuningJobRequestIntegrationsType0Item,
    )
    from .create_fine_tuning_job_request_integrations_type_0_item_type_type_0 import (
        CreateFineTuningJobRequestIntegrationsType0ItemTypeType0,
    )
    from .create_fine_tuning_job_request_integrations_type_0_item_wandb import (
        CreateFineTuningJobRequestIntegrationsType0ItemWandb,
    )
    from .create_fine_tuning_job_request_model_type_1 import (
        CreateFineTuningJobRequestModelType1,
    )
    from .create_group_body import CreateGroupBody
    from .create_group_user_body import CreateGroupUserBody
    from .create_image_edit_request import CreateImageEditRequest
    from .create_image_edit_request_background_type_0 import (
        CreateImageEditRequestBackgroundType0,
    )
    from .create_image_edit_request_model_type_1 import CreateImageEditRequestModelType1
    from .create_image_edit_request_output_format_type_0 import (
        CreateImageEditRequestOutputFormatType0,
    )
    from .create_image_edit_request_quality_type_0 import (
        CreateImageEditRequestQualityType0,
    )
    from .create_image_edit_request_response_format_type_0 import (
        CreateImageEditRequestResponseFormatType0,
    )
    from .create_image_edit_request_size_type_1 import CreateImageEditRequestSizeType1
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
    from .create_image_variation_request import CreateImageVariationRequest
    from .create_image_variation_request_model_type_1 import (
        CreateImageVariationRequestModelType1,
    )
    from .create_image_variation_request_response_format_type_0 import (
        CreateImageVariationRequestResponseFormatType0,
    )
    from .create_image_variation_request_size_type_0 import (
        CreateImageVariationRequestSizeType0,
    )
    from .create_message_request import CreateMessageRequest
    from .create_message_request_attachments_type_0_item import (
        CreateMessageRequestAttachmentsType0Item,
    )
    from .create_message_request_role import CreateMessageRequestRole
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
    from .create_project_service_account_api_key_body import (
        CreateProjectServiceAccountApiKeyBody,
    )
    from .create_response import CreateResponse
    from .create_response_truncation_type_0 import CreateResponseTruncationType0
    from .create_run_include_item import CreateRunIncludeItem
    from .create_run_request import CreateRunRequest
    from .create_skill_body import CreateSkillBody
    from .create_skill_version_body import CreateSkillVersionBody
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_model_type_1 import CreateSpeechRequestModelType1
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_stream_format import CreateSpeechRequestStreamFormat
    from .create_spend_alert_body import CreateSpendAlertBody
    from .create_spend_alert_body_currency import CreateSpendAlertBodyCurrency
    from .create_spend_alert_body_interval import CreateSpendAlertBodyInterval
    from .create_thread_and_run_request import CreateThreadAndRunRequest
    from .create_thread_and_run_request_model_type_1 import (
        CreateThreadAndRunRequestModelType1,
    )
    from .create_thread_and_run_request_tool_resources_type_0 import (
        CreateThreadAndRunRequestToolResourcesType0,
    )
    from .create_thread_and_run_request_tool_resources_type_0_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesType0CodeInterpreter,
    )
    from .create_thread_and_run_request_tool_resources_type_0_file_search import (
        CreateThreadAndRunRequestToolResourcesType0FileSearch,
    )
    from .create_thread_request import CreateThreadRequest
    from .create_thread_request_tool_resources_type_0 import (
        CreateThreadRequestToolResourcesType0,
    )
    from .create_thread_request_tool_resources_type_0_code_interpreter import (
        CreateThreadRequestToolResourcesType0CodeInterpreter,
    )
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
    from .create_upload_request import CreateUploadRequest
    from .create_upload_request_purpose import CreateUploadRequestPurpose
    from .create_vector_store_file_request import CreateVectorStoreFileRequest
    from .create_vector_store_request import CreateVectorStoreRequest
    from .create_video_character_body import CreateVideoCharacterBody
    from .create_video_edit_json_body import CreateVideoEditJsonBody
    from .create_video_edit_multipart_body import CreateVideoEditMultipartBody
    from .create_video_extend_json_body import CreateVideoExtendJsonBody
    from .create_video_extend_multipart_body import CreateVideoExtendMultipartBody
    from .create_video_json_body import CreateVideoJsonBody
    from .create_video_multipart_body import CreateVideoMultipartBody
    from .create_video_remix_body import CreateVideoRemixBody
    from .create_voice_consent_request import CreateVoiceConsentRequest
    from .create_voice_request import CreateVoiceRequest
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
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_assistant_response_object import DeleteAssistantResponseObject
    from .delete_certificate_response import DeleteCertificateResponse
    from .delete_certificate_response_object import DeleteCertificateResponseObject
    from .delete_eval_response_200 import DeleteEvalResponse200
    from .delete_eval_run_response_200 import DeleteEvalRunResponse200
    from .delete_file_response import DeleteFileResponse
    from .delete_file_response_object import DeleteFileResponseObject
    from .delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse,
    )
    from .delete_fine_tuning_checkpoint_permission_response_object import (
        DeleteFineTuningCheckpointPermissionResponseObject,
    )
    from .delete_message_response import DeleteMessageResponse
    from .delete_message_response_object import DeleteMessageResponseObject
    from .delete_model_response import DeleteModelResponse
    from .delete_thread_response import DeleteThreadResponse
    from .delete_thread_response_object import DeleteThreadResponseObject
    from .delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from .delete_vector_store_file_response_object import (
        DeleteVectorStoreFileResponseObject,
    )
    from .delete_vector_store_response import DeleteVectorStoreResponse
    from .delete_vector_store_response_object import DeleteVectorStoreResponseObject
    from .deleted_conversation_resource import DeletedConversationResource
    from .deleted_conversation_resource_object import DeletedConversationResourceObject
    from .deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from .deleted_skill_resource import DeletedSkillResource
    from .deleted_skill_resource_object import DeletedSkillResourceObject
    from .deleted_skill_version_resource import DeletedSkillVersionResource
    from .deleted_skill_version_resource_object import DeletedSkillVersionResourceObject
    from .deleted_thread_resource import DeletedThreadResource
    from .deleted_thread_resource_object import DeletedThreadResourceObject
    from .deleted_video_resource import DeletedVideoResource
    from .deleted_video_resource_object import DeletedVideoResourceObject
    from .detail_enum import DetailEnum
    from .direct_tool_call_caller import DirectToolCallCaller
    from .direct_tool_call_caller_param import DirectToolCallCallerParam
    from .direct_tool_call_caller_param_type import DirectToolCallCallerParamType
    from .direct_tool_call_caller_type import DirectToolCallCallerType
    from .done_event import DoneEvent
    from .done_event_data import DoneEventData
    from .done_event_event import DoneEventEvent
    from .double_click_action import DoubleClickAction
    from .double_click_action_type import DoubleClickActionType
    from .drag_param import DragParam
    from .drag_param_type import DragParamType
    from .drag_point import DragPoint
    from .easy_input_message import EasyInputMessage
    from .easy_input_message_role import EasyInputMessageRole
    from .easy_input_message_type import EasyInputMessageType
    from .edit_image_body_json_param import EditImageBodyJsonParam
    from .edit_image_body_json_param_background_type_0 import (
        EditImageBodyJsonParamBackgroundType0,
    )
    from .edit_image_body_json_param_input_fidelity_type_0 import (
        EditImageBodyJsonParamInputFidelityType0,
    )
    from .edit_image_body_json_param_model_type_1 import (
        EditImageBodyJsonParamModelType1,
    )
    from .edit_image_body_json_param_moderation_type_0 import (
        EditImageBodyJsonParamModerationType0,
    )
    from .edit_image_body_json_param_output_format_type_0 import (
        EditImageBodyJsonParamOutputFormatType0,
    )
    from .edit_image_body_json_param_quality_type_0 import (
        EditImageBodyJsonParamQualityType0,
    )
    from .edit_image_body_json_param_size_type_0 import EditImageBodyJsonParamSizeType0
    from .embedding import Embedding
    from .embedding_object import EmbeddingObject
    from .empty_model_param import EmptyModelParam
    from .error import Error
    from .error_2 import Error2
    from .error_event import ErrorEvent
    from .error_event_event import ErrorEventEvent
    from .error_payload import ErrorPayload
    from .error_payload_headers import ErrorPayloadHeaders
    from .error_response import ErrorResponse
    from .eval_ import Eval
    from .eval_api_error import EvalApiError
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig
    from .eval_custom_data_source_config_schema import EvalCustomDataSourceConfigSchema
    from .eval_custom_data_source_config_type import EvalCustomDataSourceConfigType
    from .eval_grader_python import EvalGraderPython
    from .eval_grader_score_model import EvalGraderScoreModel
    from .eval_grader_text_similarity import EvalGraderTextSimilarity
    from .eval_item import EvalItem
    from .eval_item_content_output_text import EvalItemContentOutputText
    from .eval_item_content_output_text_type import EvalItemContentOutputTextType
    from .eval_item_input_image import EvalItemInputImage
    from .eval_item_input_image_type import EvalItemInputImageType
    from .eval_item_role import EvalItemRole
    from .eval_item_type import EvalItemType
    from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from .eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem,
    )
    from .eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from .eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )
    from .eval_jsonl_file_content_source_type import EvalJsonlFileContentSourceType
    from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
    from .eval_jsonl_file_id_source_type import EvalJsonlFileIdSourceType
    from .eval_list import EvalList
    from .eval_list_object import EvalListObject
    from .eval_logs_data_source_config import EvalLogsDataSourceConfig
    from .eval_logs_data_source_config_schema import EvalLogsDataSourceConfigSchema
    from .eval_logs_data_source_config_type import EvalLogsDataSourceConfigType
    from .eval_object import EvalObject
    from .eval_responses_source import EvalResponsesSource
    from .eval_responses_source_metadata_type_0 import EvalResponsesSourceMetadataType0
    from .eval_responses_source_type import EvalResponsesSourceType
    from .eval_run import EvalRun
    from .eval_run_list import EvalRunList
    from .eval_run_list_object import EvalRunListObject
    from .eval_run_object import EvalRunObject
    from .eval_run_output_item import EvalRunOutputItem
    from .eval_run_output_item_datasource_item import EvalRunOutputItemDatasourceItem
    from .eval_run_output_item_list import EvalRunOutputItemList
    from .eval_run_output_item_list_object import EvalRunOutputItemListObject
    from .eval_run_output_item_object import EvalRunOutputItemObject
    from .eval_run_output_item_result import EvalRunOutputItemResult
    from .eval_run_output_item_result_sample_type_0 import (
        EvalRunOutputItemResultSampleType0,
    )
    from .eval_run_output_item_sample import EvalRunOutputItemSample
    from .eval_run_output_item_sample_input_item import EvalRunOutputItemSampleInputItem
    from .eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem,
    )
    from .eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage
    from .eval_run_per_model_usage_item import EvalRunPerModelUsageItem
    from .eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem,
    )
    from .eval_run_result_counts import EvalRunResultCounts
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_stored_completions_data_source_config_schema import (
        EvalStoredCompletionsDataSourceConfigSchema,
    )
    from .eval_stored_completions_data_source_config_type import (
        EvalStoredCompletionsDataSourceConfigType,
    )
    from .eval_stored_completions_source import EvalStoredCompletionsSource
    from .eval_stored_completions_source_type import EvalStoredCompletionsSourceType
    from .expires_after_param import ExpiresAfterParam
    from .expires_after_param_anchor import ExpiresAfterParamAnchor
    from .file_annotation import FileAnnotation
    from .file_annotation_source import FileAnnotationSource
    from .file_annotation_source_type import FileAnnotationSourceType
    from .file_annotation_type import FileAnnotationType
    from .file_citation_body import FileCitationBody
    from .file_citation_body_type import FileCitationBodyType
    from .file_citation_param import FileCitationParam
    from .file_citation_param_type import FileCitationParamType
    from .file_detail_enum import FileDetailEnum
    from .file_expiration_after import FileExpirationAfter
    from .file_expiration_after_anchor import FileExpirationAfterAnchor
    from .file_input_detail import FileInputDetail
    from .file_path import FilePath
    from .file_path_type import FilePathType
    from .file_search_ranker import FileSearchRanker
    from .file_search_ranking_options import FileSearchRankingOptions
    from .file_search_tool import FileSearchTool
    from .file_search_tool_call import FileSearchToolCall
    from .file_search_tool_call_results_type_0_item import (
        FileSearchToolCallResultsType0Item,
    )
    from .file_search_tool_call_status import FileSearchToolCallStatus
    from .file_search_tool_call_type import FileSearchToolCallType
    from .file_search_tool_type import FileSearchToolType
    from .file_upload_param import FileUploadParam
    from .fine_tune_chat_completion_request_assistant_message import (
        FineTuneChatCompletionRequestAssistantMessage,
    )
    from .fine_tune_chat_completion_request_assistant_message_weight import (
        FineTuneChatCompletionRequestAssistantMessageWeight,
    )
    from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters
    from .fine_tune_dpo_hyperparameters_batch_size_type_0 import (
        FineTuneDPOHyperparametersBatchSizeType0,
    )
    from .fine_tune_dpo_hyperparameters_beta_type_0 import (
        FineTuneDPOHyperparametersBetaType0,
    )
    from .fine_tune_dpo_hyperparameters_learning_rate_multiplier_type_0 import (
        FineTuneDPOHyperparametersLearningRateMultiplierType0,
    )
    from .fine_tune_dpo_hyperparameters_n_epochs_type_0 import (
        FineTuneDPOHyperparametersNEpochsType0,
    )
    from .fine_tune_dpo_method import FineTuneDPOMethod
    from .fine_tune_method import FineTuneMethod
    from .fine_tune_method_type import FineTuneMethodType
    from .fine_tune_reinforcement_hyperparameters import (
        FineTuneReinforcementHyperparameters,
    )
    from .fine_tune_reinforcement_hyperparameters_batch_size_type_0 import (
        FineTuneReinforcementHyperparametersBatchSizeType0,
    )
    from .fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0 import (
        FineTuneReinforcementHyperparametersComputeMultiplierType0,
    )
    from .fine_tune_reinforcement_hyperparameters_eval_interval_type_0 import (
        FineTuneReinforcementHyperparametersEvalIntervalType0,
    )
    from .fine_tune_reinforcement_hyperparameters_eval_samples_type_0 import (
        FineTuneReinforcementHyperparametersEvalSamplesType0,
    )
    from .fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0 import (
        FineTuneReinforcementHyperparametersLearningRateMultiplierType0,
    )
    from .fine_tune_reinforcement_hyperparameters_n_epochs_type_0 import (
        FineTuneReinforcementHyperparametersNEpochsType0,
    )
    from .fine_tune_reinforcement_hyperparameters_reasoning_effort import (
        FineTuneReinforcementHyperparametersReasoningEffort,
    )
    from .fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from .fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters
    from .fine_tune_supervised_hyperparameters_batch_size_type_0 import (
        FineTuneSupervisedHyperparametersBatchSizeType0,
    )
    from .fine_tune_supervised_hyperparameters_learning_rate_multiplier_type_0 import (
        FineTuneSupervisedHyperparametersLearningRateMultiplierType0,
    )
    from .fine_tune_supervised_hyperparameters_n_epochs_type_0 import (
        FineTuneSupervisedHyperparametersNEpochsType0,
    )
    from .fine_tune_supervised_method import FineTuneSupervisedMethod
    from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
    from .fine_tuning_checkpoint_permission_object import (
        FineTuningCheckpointPermissionObject,
    )
    from .fine_tuning_integration import FineTuningIntegration
    from .fine_tuning_integration_type import FineTuningIntegrationType
    from .fine_tuning_integration_wandb import FineTuningIntegrationWandb
    from .fine_tuning_job import FineTuningJob
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint
    from .fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics
    from .fine_tuning_job_checkpoint_object import FineTuningJobCheckpointObject
    from .fine_tuning_job_error_type_0 import FineTuningJobErrorType0
    from .fine_tuning_job_event import FineTuningJobEvent
    from .fine_tuning_job_event_data import FineTuningJobEventData
    from .fine_tuning_job_event_level import FineTuningJobEventLevel
    from .fine_tuning_job_event_object import FineTuningJobEventObject
    from .fine_tuning_job_event_type import FineTuningJobEventType
    from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from .fine_tuning_job_hyperparameters_batch_size_type_0_type_0 import (
        FineTuningJobHyperparametersBatchSizeType0Type0,
    )
    from .fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0 import (
        FineTuningJobHyperparametersLearningRateMultiplierType0,
    )
    from .fine_tuning_job_hyperparameters_n_epochs_type_0 import (
        FineTuningJobHyperparametersNEpochsType0,
    )
    from .fine_tuning_job_object import FineTuningJobObject
    from .fine_tuning_job_status import FineTuningJobStatus
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
    from .get_certificate_include_item import GetCertificateIncludeItem
    from .get_chat_completion_messages_order import GetChatCompletionMessagesOrder
    from .get_eval_run_output_items_order import GetEvalRunOutputItemsOrder
    from .get_eval_run_output_items_status import GetEvalRunOutputItemsStatus
    from .get_eval_runs_order import GetEvalRunsOrder
    from .get_eval_runs_status import GetEvalRunsStatus
    from .get_run_step_include_item import GetRunStepIncludeItem
    from .grader_label_model import GraderLabelModel
    from .grader_label_model_type import GraderLabelModelType
    from .grader_multi import GraderMulti
    from .grader_multi_type import GraderMultiType
    from .grader_python import GraderPython
    from .grader_python_type import GraderPythonType
    from .grader_score_model import GraderScoreModel
    from .grader_score_model_sampling_params import GraderScoreModelSamplingParams
    from .grader_score_model_type import GraderScoreModelType
    from .grader_string_check import GraderStringCheck
    from .grader_string_check_operation import GraderStringCheckOperation
    from .grader_string_check_type import GraderStringCheckType
    from .grader_text_similarity import GraderTextSimilarity
    from .grader_text_similarity_evaluation_metric import (
        GraderTextSimilarityEvaluationMetric,
    )
    from .grader_text_similarity_type import GraderTextSimilarityType
    from .grammar_syntax_1 import GrammarSyntax1
    from .group import Group
    from .group_deleted_resource import GroupDeletedResource
    from .group_deleted_resource_object import GroupDeletedResourceObject
    from .group_list_resource import GroupListResource
    from .group_list_resource_object import GroupListResourceObject
    from .group_member_user import GroupMemberUser
    from .group_member_user_user_type import GroupMemberUserUserType
    from .group_object import GroupObject
    from .group_resource_with_success import GroupResourceWithSuccess
    from .group_response import GroupResponse
    from .group_response_group_type import GroupResponseGroupType
    from .group_role_assignment import GroupRoleAssignment
    from .group_role_assignment_object import GroupRoleAssignmentObject
    from .group_user import GroupUser
    from .group_user_assignment import GroupUserAssignment
    from .group_user_assignment_object import GroupUserAssignmentObject
    from .group_user_deleted_resource import GroupUserDeletedResource
    from .group_user_deleted_resource_object import GroupUserDeletedResourceObject
    from .history_param import HistoryParam
    from .hosted_tool_permission import HostedToolPermission
    from .hosted_tool_permission_update import HostedToolPermissionUpdate
    from .http_error import HTTPError
    from .http_error_type import HTTPErrorType
    from .hybrid_search_options import HybridSearchOptions
    from .image import Image
    from .image_detail import ImageDetail
    from .image_edit_completed_event import ImageEditCompletedEvent
    from .image_edit_completed_event_background import ImageEditCompletedEventBackground
    from .image_edit_completed_event_output_format import (
        ImageEditCompletedEventOutputFormat,
    )
    from .image_edit_completed_event_quality import ImageEditCompletedEventQuality
    from .image_edit_completed_event_size import ImageEditCompletedEventSize
    from .image_edit_completed_event_type import ImageEditCompletedEventType
    from .image_edit_partial_image_event import ImageEditPartialImageEvent
    from .image_edit_partial_image_event_background import (
        ImageEditPartialImageEventBackground,
    )
    from .image_edit_partial_image_event_output_format import (
        ImageEditPartialImageEventOutputFormat,
    )
    from .image_edit_partial_image_event_quality import (
        ImageEditPartialImageEventQuality,
    )
    from .image_edit_partial_image_event_size import ImageEditPartialImageEventSize
    from .image_edit_partial_image_event_type import ImageEditPartialImageEventType
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
    from .image_ref_param_2 import ImageRefParam2
    from .images_response import ImagesResponse
    from .images_response_background import ImagesResponseBackground
    from .images_response_output_format import ImagesResponseOutputFormat
    from .images_response_quality import ImagesResponseQuality
    from .images_response_size import ImagesResponseSize
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .include_enum import IncludeEnum
    from .inference_options import InferenceOptions
    from .inline_skill_param import InlineSkillParam
    from .inline_skill_param_type import InlineSkillParamType
    from .inline_skill_source_param import InlineSkillSourceParam
    from .inline_skill_source_param_media_type import InlineSkillSourceParamMediaType
    from .inline_skill_source_param_type import InlineSkillSourceParamType
    from .input_audio import InputAudio
    from .input_audio_input_audio import InputAudioInputAudio
    from .input_audio_input_audio_format import InputAudioInputAudioFormat
    from .input_audio_type import InputAudioType
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
    from .invite import Invite
    from .invite_delete_response import InviteDeleteResponse
    from .invite_delete_response_object import InviteDeleteResponseObject
    from .invite_list_response import InviteListResponse
    from .invite_list_response_object import InviteListResponseObject
    from .invite_object import InviteObject
    from .invite_project_group_body import InviteProjectGroupBody
    from .invite_projects_item import InviteProjectsItem
    from .invite_projects_item_role import InviteProjectsItemRole
    from .invite_request import InviteRequest
    from .invite_request_projects_item import InviteRequestProjectsItem
    from .invite_request_projects_item_role import InviteRequestProjectsItemRole
    from .invite_request_role import InviteRequestRole
    from .invite_role import InviteRole
    from .invite_status import InviteStatus
    from .item_reference_param import ItemReferenceParam
    from .item_reference_param_type_type_0 import ItemReferenceParamTypeType0
    from .key_press_action import KeyPressAction
    from .key_press_action_type import KeyPressActionType
    from .list_assistants_order import ListAssistantsOrder
    from .list_assistants_response import ListAssistantsResponse
    from .list_audit_logs_effective_at import ListAuditLogsEffectiveAt
    from .list_audit_logs_response import ListAuditLogsResponse
    from .list_audit_logs_response_object import ListAuditLogsResponseObject
    from .list_batches_response import ListBatchesResponse
    from .list_batches_response_object import ListBatchesResponseObject
    from .list_certificates_response import ListCertificatesResponse
    from .list_certificates_response_object import ListCertificatesResponseObject
    from .list_chat_completions_order import ListChatCompletionsOrder
    from .list_container_files_order import ListContainerFilesOrder
    from .list_containers_order import ListContainersOrder
    from .list_conversation_items_order import ListConversationItemsOrder
    from .list_evals_order import ListEvalsOrder
    from .list_evals_order_by import ListEvalsOrderBy
    from .list_files_in_vector_store_batch_filter import (
        ListFilesInVectorStoreBatchFilter,
    )
    from .list_files_in_vector_store_batch_order import ListFilesInVectorStoreBatchOrder
    from .list_files_order import ListFilesOrder
    from .list_files_response import ListFilesResponse
    from .list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse,
    )
    from .list_fine_tuning_checkpoint_permission_response_object import (
        ListFineTuningCheckpointPermissionResponseObject,
    )
    from .list_fine_tuning_checkpoint_permissions_order import (
        ListFineTuningCheckpointPermissionsOrder,
    )
    from .list_fine_tuning_job_checkpoints_response import (
        ListFineTuningJobCheckpointsResponse,
    )
    from .list_fine_tuning_job_checkpoints_response_object import (
        ListFineTuningJobCheckpointsResponseObject,
    )
    from .list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
    from .list_fine_tuning_job_events_response_object import (
        ListFineTuningJobEventsResponseObject,
    )
    from .list_group_role_assignments_order import ListGroupRoleAssignmentsOrder
    from .list_group_users_order import ListGroupUsersOrder
    from .list_groups_order import ListGroupsOrder
    from .list_input_items_order import ListInputItemsOrder
    from .list_messages_order import ListMessagesOrder
    from .list_messages_response import ListMessagesResponse
    from .list_models_response import ListModelsResponse
    from .list_models_response_object import ListModelsResponseObject
    from .list_organization_certificates_order import ListOrganizationCertificatesOrder
    from .list_organization_spend_alerts_order import ListOrganizationSpendAlertsOrder
    from .list_paginated_fine_tuning_jobs_metadata_type_0 import (
        ListPaginatedFineTuningJobsMetadataType0,
    )
    from .list_paginated_fine_tuning_jobs_response import (
        ListPaginatedFineTuningJobsResponse,
    )
    from .list_paginated_fine_tuning_jobs_response_object import (
        ListPaginatedFineTuningJobsResponseObject,
    )
    from .list_project_api_keys_owner_project_access import (
        ListProjectApiKeysOwnerProjectAccess,
    )
    from .list_project_certificates_order import ListProjectCertificatesOrder
    from .list_project_certificates_response import ListProjectCertificatesResponse
    from .list_project_certificates_response_object import (
        ListProjectCertificatesResponseObject,
    )
    from .list_project_group_role_assignments_order import (
        ListProjectGroupRoleAssignmentsOrder,
    )
    from .list_project_groups_order import ListProjectGroupsOrder
    from .list_project_roles_order import ListProjectRolesOrder
    from .list_project_spend_alerts_order import ListProjectSpendAlertsOrder
    from .list_project_user_role_assignments_order import (
        ListProjectUserRoleAssignmentsOrder,
    )
    from .list_roles_order import ListRolesOrder
    from .list_run_steps_include_item import ListRunStepsIncludeItem
    from .list_run_steps_order import ListRunStepsOrder
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_order import ListRunsOrder
    from .list_runs_response import ListRunsResponse
    from .list_user_role_assignments_order import ListUserRoleAssignmentsOrder
    from .list_vector_store_files_filter import ListVectorStoreFilesFilter
    from .list_vector_store_files_order import ListVectorStoreFilesOrder
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_order import ListVectorStoresOrder
    from .list_vector_stores_response import ListVectorStoresResponse
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
    from .locked_status import LockedStatus
    from .locked_status_type import LockedStatusType
    from .log_prob import LogProb
    from .log_prob_properties import LogProbProperties
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
    from .message import Message
    from .message_content_image_file_object import MessageContentImageFileObject
    from .message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )
    from .message_content_image_file_object_image_file_detail import (
        MessageContentImageFileObjectImageFileDetail,
    )
    from .message_content_image_file_object_type import (
        MessageContentImageFileObjectType,
    )
    from .message_content_image_url_object import MessageContentImageUrlObject
    from .message_content_image_url_object_image_url import (
        MessageContentImageUrlObjectImageUrl,
    )
    from .message_content_image_url_object_image_url_detail import (
        MessageContentImageUrlObjectImageUrlDetail,
    )
    from .message_content_image_url_object_type import MessageContentImageUrlObjectType
    from .message_content_refusal_object import MessageContentRefusalObject
    from .message_content_refusal_object_type import MessageContentRefusalObjectType
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
    )
    from .message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_citation_object_type import (
        MessageContentTextAnnotationsFileCitationObjectType,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
    )
    from .message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_annotations_file_path_object_type import (
        MessageContentTextAnnotationsFilePathObjectType,
    )
    from .message_content_text_object import MessageContentTextObject
    from .message_content_text_object_text import MessageContentTextObjectText
    from .message_content_text_object_type import MessageContentTextObjectType
    from .message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
    )
    from .message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile,
    )
    from .message_delta_content_image_file_object_image_file_detail import (
        MessageDeltaContentImageFileObjectImageFileDetail,
    )
    from .message_delta_content_image_file_object_type import (
        MessageDeltaContentImageFileObjectType,
    )
    from .message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject,
    )
    from .message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl,
    )
    from .message_delta_content_image_url_object_image_url_detail import (
        MessageDeltaContentImageUrlObjectImageUrlDetail,
    )
    from .message_delta_content_image_url_object_type import (
        MessageDeltaContentImageUrlObjectType,
    )
    from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
    from .message_delta_content_refusal_object_type import (
        MessageDeltaContentRefusalObjectType,
    )
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_delta_content_text_annotations_file_citation_object_type import (
        MessageDeltaContentTextAnnotationsFileCitationObjectType,
    )
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_delta_content_text_annotations_file_path_object_type import (
        MessageDeltaContentTextAnnotationsFilePathObjectType,
    )
    from .message_delta_content_text_object import MessageDeltaContentTextObject
    from .message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText,
    )
    from .message_delta_content_text_object_type import (
        MessageDeltaContentTextObjectType,
    )
    from .message_delta_object import MessageDeltaObject
    from .message_delta_object_delta import MessageDeltaObjectDelta
    from .message_delta_object_delta_role import MessageDeltaObjectDeltaRole
    from .message_delta_object_object import MessageDeltaObjectObject
    from .message_object import MessageObject
    from .message_object_attachments_type_0_item import (
        MessageObjectAttachmentsType0Item,
    )
    from .message_object_incomplete_details_type_0 import (
        MessageObjectIncompleteDetailsType0,
    )
    from .message_object_incomplete_details_type_0_reason import (
        MessageObjectIncompleteDetailsType0Reason,
    )
    from .message_object_object import MessageObjectObject
    from .message_object_role import MessageObjectRole
    from .message_object_status import MessageObjectStatus
    from .message_phase import MessagePhase
    from .message_phase_2 import MessagePhase2
    from .message_request_content_text_object import MessageRequestContentTextObject
    from .message_request_content_text_object_type import (
        MessageRequestContentTextObjectType,
    )
    from .message_role import MessageRole
    from .message_status import MessageStatus
    from .message_stream_event_type_0 import MessageStreamEventType0
    from .message_stream_event_type_0_event import MessageStreamEventType0Event
    from .message_stream_event_type_1 import MessageStreamEventType1
    from .message_stream_event_type_1_event import MessageStreamEventType1Event
    from .message_stream_event_type_2 import MessageStreamEventType2
    from .message_stream_event_type_2_event import MessageStreamEventType2Event
    from .message_stream_event_type_3 import MessageStreamEventType3
    from .message_stream_event_type_3_event import MessageStreamEventType3Event
    from .message_stream_event_type_4 import MessageStreamEventType4
    from .message_stream_event_type_4_event import MessageStreamEventType4Event
    from .message_type import MessageType
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
    from .modify_assistant_request import ModifyAssistantRequest
    from .modify_assistant_request_tool_resources_type_0 import (
        ModifyAssistantRequestToolResourcesType0,
    )
    from .modify_assistant_request_tool_resources_type_0_code_interpreter import (
        ModifyAssistantRequestToolResourcesType0CodeInterpreter,
    )
    from .modify_assistant_request_tool_resources_type_0_file_search import (
        ModifyAssistantRequestToolResourcesType0FileSearch,
    )
    from .modify_certificate_request import ModifyCertificateRequest
    from .modify_message_request import ModifyMessageRequest
    from .modify_run_request import ModifyRunRequest
    from .modify_thread_request import ModifyThreadRequest
    from .modify_thread_request_tool_resources_type_0 import (
        ModifyThreadRequestToolResourcesType0,
    )
    from .modify_thread_request_tool_resources_type_0_code_interpreter import (
        ModifyThreadRequestToolResourcesType0CodeInterpreter,
    )
    from .modify_thread_request_tool_resources_type_0_file_search import (
        ModifyThreadRequestToolResourcesType0FileSearch,
    )
    from .move_param import MoveParam
    from .move_param_type import MoveParamType
    from .namespace_tool_param import NamespaceToolParam
    from .namespace_tool_param_type import NamespaceToolParamType
    from .noise_reduction_type import NoiseReductionType
    from .open_ai_file import OpenAIFile
    from .open_ai_file_object import OpenAIFileObject
    from .open_ai_file_purpose import OpenAIFilePurpose
    from .open_ai_file_status import OpenAIFileStatus
    from .order_enum import OrderEnum
    from .organization_certificate import OrganizationCertificate
    from .organization_certificate_activation_response import (
        OrganizationCertificateActivationResponse,
    )
    from .organization_certificate_activation_response_object import (
        OrganizationCertificateActivationResponseObject,
    )
    from .organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails,
    )
    from .organization_certificate_deactivation_response import (
        OrganizationCertificateDeactivationResponse,
    )
    from .organization_certificate_deactivation_response_object import (
        OrganizationCertificateDeactivationResponseObject,
    )
    from .organization_certificate_object import OrganizationCertificateObject
    from .organization_data_retention import OrganizationDataRetention
    from .organization_data_retention_object import OrganizationDataRetentionObject
    from .organization_data_retention_type import OrganizationDataRetentionType
    from .organization_project_certificate import OrganizationProjectCertificate
    from .organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse,
    )
    from .organization_project_certificate_activation_response_object import (
        OrganizationProjectCertificateActivationResponseObject,
    )
    from .organization_project_certificate_certificate_details import (
        OrganizationProjectCertificateCertificateDetails,
    )
    from .organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse,
    )
    from .organization_project_certificate_deactivation_response_object import (
        OrganizationProjectCertificateDeactivationResponseObject,
    )
    from .organization_project_certificate_object import (
        OrganizationProjectCertificateObject,
    )
    from .organization_spend_alert import OrganizationSpendAlert
    from .organization_spend_alert_currency import OrganizationSpendAlertCurrency
    from .organization_spend_alert_deleted_resource import (
        OrganizationSpendAlertDeletedResource,
    )
    from .organization_spend_alert_deleted_resource_object import (
        OrganizationSpendAlertDeletedResourceObject,
    )
    from .organization_spend_alert_interval import OrganizationSpendAlertInterval
    from .organization_spend_alert_list_resource import (
        OrganizationSpendAlertListResource,
    )
    from .organization_spend_alert_list_resource_object import (
        OrganizationSpendAlertListResourceObject,
    )
    from .organization_spend_alert_object import OrganizationSpendAlertObject
    from .organization_spend_limit_deleted_resource import (
        OrganizationSpendLimitDeletedResource,
    )
    from .organization_spend_limit_deleted_resource_object import (
        OrganizationSpendLimitDeletedResourceObject,
    )
    from .organization_spend_limit_resource import OrganizationSpendLimitResource
    from .organization_spend_limit_resource_object import (
        OrganizationSpendLimitResourceObject,
    )
    from .other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam,
    )
    from .other_chunking_strategy_response_param_type import (
        OtherChunkingStrategyResponseParamType,
    )
    from .output_audio import OutputAudio
    from .output_audio_type import OutputAudioType
    from .output_message import OutputMessage
    from .output_message_role import OutputMessageRole
    from .output_message_status import OutputMessageStatus
    from .output_message_type import OutputMessageType
    from .output_text_content import OutputTextContent
    from .output_text_content_type import OutputTextContentType
    from .personality_enum_type_1 import PersonalityEnumType1
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
    from .project import Project
    from .project_api_key import ProjectApiKey
    from .project_api_key_delete_response import ProjectApiKeyDeleteResponse
    from .project_api_key_delete_response_object import (
        ProjectApiKeyDeleteResponseObject,
    )
    from .project_api_key_list_response import ProjectApiKeyListResponse
    from .project_api_key_list_response_object import ProjectApiKeyListResponseObject
    from .project_api_key_object import ProjectApiKeyObject
    from .project_api_key_owner import ProjectApiKeyOwner
    from .project_api_key_owner_project_access import ProjectApiKeyOwnerProjectAccess
    from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
    from .project_api_key_owner_type import ProjectApiKeyOwnerType
    from .project_api_key_owner_user import ProjectApiKeyOwnerUser
    from .project_create_request import ProjectCreateRequest
    from .project_data_retention import ProjectDataRetention
    from .project_data_retention_object import ProjectDataRetentionObject
    from .project_data_retention_type import ProjectDataRetentionType
    from .project_group import ProjectGroup
    from .project_group_deleted_resource import ProjectGroupDeletedResource
    from .project_group_deleted_resource_object import ProjectGroupDeletedResourceObject
    from .project_group_group_type import ProjectGroupGroupType
    from .project_group_list_resource import ProjectGroupListResource
    from .project_group_list_resource_object import ProjectGroupListResourceObject
    from .project_group_object import ProjectGroupObject
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions
    from .project_hosted_tool_permissions_update_request import (
        ProjectHostedToolPermissionsUpdateRequest,
    )
    from .project_list_response import ProjectListResponse
    from .project_list_response_object import ProjectListResponseObject
    from .project_model_permissions import ProjectModelPermissions
    from .project_model_permissions_delete_response import (
        ProjectModelPermissionsDeleteResponse,
    )
    from .project_model_permissions_delete_response_object import (
        ProjectModelPermissionsDeleteResponseObject,
    )
    from .project_model_permissions_mode import ProjectModelPermissionsMode
    from .project_model_permissions_object import ProjectModelPermissionsObject
    from .project_model_permissions_update_request import (
        ProjectModelPermissionsUpdateRequest,
    )
    from .project_model_permissions_update_request_mode import (
        ProjectModelPermissionsUpdateRequestMode,
    )
    from .project_object import ProjectObject
    from .project_rate_limit import ProjectRateLimit
    from .project_rate_limit_list_response import ProjectRateLimitListResponse
    from .project_rate_limit_list_response_object import (
        ProjectRateLimitListResponseObject,
    )
    from .project_rate_limit_object import ProjectRateLimitObject
    from .project_rate_limit_update_request import ProjectRateLimitUpdateRequest
    from .project_service_account import ProjectServiceAccount
    from .project_service_account_api_key import ProjectServiceAccountApiKey
    from .project_service_account_api_key_object import (
        ProjectServiceAccountApiKeyObject,
    )
    from .project_service_account_create_request import (
        ProjectServiceAccountCreateRequest,
    )
    from .project_service_account_create_response import (
        ProjectServiceAccountCreateResponse,
    )
    from .project_service_account_create_response_object import (
        ProjectServiceAccountCreateResponseObject,
    )
    from .project_service_account_create_response_role import (
        ProjectServiceAccountCreateResponseRole,
    )
    from .project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse,
    )
    from .project_service_account_delete_response_object import (
        ProjectServiceAccountDeleteResponseObject,
    )
    from .project_service_account_list_response import ProjectServiceAccountListResponse
    from .project_service_account_list_response_object import (
        ProjectServiceAccountListResponseObject,
    )
    from .project_service_account_object import ProjectServiceAccountObject
    from .project_service_account_role import ProjectServiceAccountRole
    from .project_spend_alert import ProjectSpendAlert
    from .project_spend_alert_currency import ProjectSpendAlertCurrency
    from .project_spend_alert_deleted_resource import ProjectSpendAlertDeletedResource
    from .project_spend_alert_deleted_resource_object import (
        ProjectSpendAlertDeletedResourceObject,
    )
    from .project_spend_alert_interval import ProjectSpendAlertInterval
    from .project_spend_alert_list_resource import ProjectSpendAlertListResource
    from .project_spend_alert_list_resource_object import (
        ProjectSpendAlertListResourceObject,
    )
    from .project_spend_alert_object import ProjectSpendAlertObject
    from .project_spend_limit_deleted_resource import ProjectSpendLimitDeletedResource
    from .project_spend_limit_deleted_resource_object import (
        ProjectSpendLimitDeletedResourceObject,
    )
    from .project_spend_limit_resource import ProjectSpendLimitResource
    from .project_spend_limit_resource_object import ProjectSpendLimitResourceObject
    from .project_update_request import ProjectUpdateRequest
    from .project_user import ProjectUser
    from .project_user_create_request import ProjectUserCreateRequest
    from .project_user_delete_response import ProjectUserDeleteResponse
    from .project_user_delete_response_object import ProjectUserDeleteResponseObject
    from .project_user_list_response import ProjectUserListResponse
    from .project_user_object import ProjectUserObject
    from .project_user_update_request import ProjectUserUpdateRequest
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode
    from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam
    from .prompt_cache_breakpoint_param_mode import PromptCacheBreakpointParamMode
    from .prompt_cache_mode_enum import PromptCacheModeEnum
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_param import PromptCacheOptionsParam
    from .prompt_cache_retention_enum import PromptCacheRetentionEnum
    from .prompt_cache_ttl_enum import PromptCacheTTLEnum
    from .prompt_type_0 import PromptType0
    from .provenance_check_object import ProvenanceCheckObject
    from .provenance_detection_result_api import ProvenanceDetectionResultApi
    from .provenance_resource import ProvenanceResource
    from .public_assign_organization_group_role_body import (
        PublicAssignOrganizationGroupRoleBody,
    )
    from .public_create_organization_role_body import PublicCreateOrganizationRoleBody
    from .public_project_residency import PublicProjectResidency
    from .public_role_list_resource import PublicRoleListResource
    from .public_role_list_resource_object import PublicRoleListResourceObject
    from .public_update_organization_role_body import PublicUpdateOrganizationRoleBody
    from .ranker_version_type import RankerVersionType
    from .ranking_options import RankingOptions
    from .rate_limits_param import RateLimitsParam
    from .realtime_audio_formats_type_0 import RealtimeAudioFormatsType0
    from .realtime_audio_formats_type_0_rate import RealtimeAudioFormatsType0Rate
    from .realtime_audio_formats_type_0_type import RealtimeAudioFormatsType0Type
    from .realtime_audio_formats_type_1 import RealtimeAudioFormatsType1
    from .realtime_audio_formats_type_1_type import RealtimeAudioFormatsType1Type
    from .realtime_audio_formats_type_2 import RealtimeAudioFormatsType2
    from .realtime_audio_formats_type_2_type import RealtimeAudioFormatsType2Type
    from .realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate,
    )
    from .realtime_beta_client_event_conversation_item_create_type import (
        RealtimeBetaClientEventConversationItemCreateType,
    )
    from .realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete,
    )
    from .realtime_beta_client_event_conversation_item_delete_type import (
        RealtimeBetaClientEventConversationItemDeleteType,
    )
    from .realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .realtime_beta_client_event_conversation_item_retrieve_type import (
        RealtimeBetaClientEventConversationItemRetrieveType,
    )
    from .realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate,
    )
    from .realtime_beta_client_event_conversation_item_truncate_type import (
        RealtimeBetaClientEventConversationItemTruncateType,
    )
    from .realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .realtime_beta_client_event_input_audio_buffer_append_type import (
        RealtimeBetaClientEventInputAudioBufferAppendType,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear_type import (
        RealtimeBetaClientEventInputAudioBufferClearType,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit_type import (
        RealtimeBetaClientEventInputAudioBufferCommitType,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear_type import (
        RealtimeBetaClientEventOutputAudioBufferClearType,
    )
    from .realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel,
    )
    from .realtime_beta_client_event_response_cancel_type import (
        RealtimeBetaClientEventResponseCancelType,
    )
    from .realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate,
    )
    from .realtime_beta_client_event_response_create_type import (
        RealtimeBetaClientEventResponseCreateType,
    )
    from .realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate,
    )
    from .realtime_beta_client_event_session_update_type import (
        RealtimeBetaClientEventSessionUpdateType,
    )
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_client_event_transcription_session_update_type import (
        RealtimeBetaClientEventTranscriptionSessionUpdateType,
    )
    from .realtime_beta_response import RealtimeBetaResponse
    from .realtime_beta_response_create_params import RealtimeBetaResponseCreateParams
    from .realtime_beta_response_create_params_conversation_type_1 import (
        RealtimeBetaResponseCreateParamsConversationType1,
    )
    from .realtime_beta_response_create_params_max_output_tokens_type_1 import (
        RealtimeBetaResponseCreateParamsMaxOutputTokensType1,
    )
    from .realtime_beta_response_create_params_modalities_item import (
        RealtimeBetaResponseCreateParamsModalitiesItem,
    )
    from .realtime_beta_response_create_params_output_audio_format import (
        RealtimeBetaResponseCreateParamsOutputAudioFormat,
    )
    from .realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )
    from .realtime_beta_response_create_params_tools_item_type import (
        RealtimeBetaResponseCreateParamsToolsItemType,
    )
    from .realtime_beta_response_max_output_tokens_type_1 import (
        RealtimeBetaResponseMaxOutputTokensType1,
    )
    from .realtime_beta_response_modalities_item import (
        RealtimeBetaResponseModalitiesItem,
    )
    from .realtime_beta_response_object import RealtimeBetaResponseObject
    from .realtime_beta_response_output_audio_format import (
        RealtimeBetaResponseOutputAudioFormat,
    )
    from .realtime_beta_response_status import RealtimeBetaResponseStatus
    from .realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails
    from .realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError,
    )
    from .realtime_beta_response_status_details_reason import (
        RealtimeBetaResponseStatusDetailsReason,
    )
    from .realtime_beta_response_status_details_type import (
        RealtimeBetaResponseStatusDetailsType,
    )
    from .realtime_beta_response_usage import RealtimeBetaResponseUsage
    from .realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails,
    )
    from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated,
    )
    from .realtime_beta_server_event_conversation_item_created_type import (
        RealtimeBetaServerEventConversationItemCreatedType,
    )
    from .realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted,
    )
    from .realtime_beta_server_event_conversation_item_deleted_type import (
        RealtimeBetaServerEventConversationItemDeletedType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_beta_server_event_conversation_item_retrieved_type import (
        RealtimeBetaServerEventConversationItemRetrievedType,
    )
    from .realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated,
    )
    from .realtime_beta_server_event_conversation_item_truncated_type import (
        RealtimeBetaServerEventConversationItemTruncatedType,
    )
    from .realtime_beta_server_event_error import RealtimeBetaServerEventError
    from .realtime_beta_server_event_error_error import (
        RealtimeBetaServerEventErrorError,
    )
    from .realtime_beta_server_event_error_type import RealtimeBetaServerEventErrorType
    from .realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .realtime_beta_server_event_input_audio_buffer_cleared_type import (
        RealtimeBetaServerEventInputAudioBufferClearedType,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed_type import (
        RealtimeBetaServerEventInputAudioBufferCommittedType,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started_type import (
        RealtimeBetaServerEventInputAudioBufferSpeechStartedType,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped_type import (
        RealtimeBetaServerEventInputAudioBufferSpeechStoppedType,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed_type import (
        RealtimeBetaServerEventMCPListToolsCompletedType,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed_type import (
        RealtimeBetaServerEventMCPListToolsFailedType,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress_type import (
        RealtimeBetaServerEventMCPListToolsInProgressType,
    )
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_beta_server_event_rate_limits_updated_type import (
        RealtimeBetaServerEventRateLimitsUpdatedType,
    )
    from .realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta,
    )
    from .realtime_beta_server_event_response_audio_delta_type import (
        RealtimeBetaServerEventResponseAudioDeltaType,
    )
    from .realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone,
    )
    from .realtime_beta_server_event_response_audio_done_type import (
        RealtimeBetaServerEventResponseAudioDoneType,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta_type import (
        RealtimeBetaServerEventResponseAudioTranscriptDeltaType,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_audio_transcript_done_type import (
        RealtimeBetaServerEventResponseAudioTranscriptDoneType,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_added_part_type import (
        RealtimeBetaServerEventResponseContentPartAddedPartType,
    )
    from .realtime_beta_server_event_response_content_part_added_type import (
        RealtimeBetaServerEventResponseContentPartAddedType,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone,
    )
    from .realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_content_part_done_part_type import (
        RealtimeBetaServerEventResponseContentPartDonePartType,
    )
    from .realtime_beta_server_event_response_content_part_done_type import (
        RealtimeBetaServerEventResponseContentPartDoneType,
    )
    from .realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated,
    )
    from .realtime_beta_server_event_response_created_type import (
        RealtimeBetaServerEventResponseCreatedType,
    )
    from .realtime_beta_server_event_response_done import (
        RealtimeBetaServerEventResponseDone,
    )
    from .realtime_beta_server_event_response_done_type import (
        RealtimeBetaServerEventResponseDoneType,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta_type import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done_type import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta_type import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done_type import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDoneType,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .realtime_beta_server_event_response_mcp_call_completed_type import (
        RealtimeBetaServerEventResponseMCPCallCompletedType,
    )
    from .realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .realtime_beta_server_event_response_mcp_call_failed_type import (
        RealtimeBetaServerEventResponseMCPCallFailedType,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress_type import (
        RealtimeBetaServerEventResponseMCPCallInProgressType,
    )
    from .realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .realtime_beta_server_event_response_output_item_added_type import (
        RealtimeBetaServerEventResponseOutputItemAddedType,
    )
    from .realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .realtime_beta_server_event_response_output_item_done_type import (
        RealtimeBetaServerEventResponseOutputItemDoneType,
    )
    from .realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta,
    )
    from .realtime_beta_server_event_response_text_delta_type import (
        RealtimeBetaServerEventResponseTextDeltaType,
    )
    from .realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone,
    )
    from .realtime_beta_server_event_response_text_done_type import (
        RealtimeBetaServerEventResponseTextDoneType,
    )
    from .realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated,
    )
    from .realtime_beta_server_event_session_created_type import (
        RealtimeBetaServerEventSessionCreatedType,
    )
    from .realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated,
    )
    from .realtime_beta_server_event_session_updated_type import (
        RealtimeBetaServerEventSessionUpdatedType,
    )
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_created_type import (
        RealtimeBetaServerEventTranscriptionSessionCreatedType,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_beta_server_event_transcription_session_updated_type import (
        RealtimeBetaServerEventTranscriptionSessionUpdatedType,
    )
    from .realtime_call_create_request import RealtimeCallCreateRequest
    from .realtime_call_refer_request import RealtimeCallReferRequest
    from .realtime_call_reject_request import RealtimeCallRejectRequest
    from .realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate,
    )
    from .realtime_client_event_conversation_item_create_type import (
        RealtimeClientEventConversationItemCreateType,
    )
    from .realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete,
    )
    from .realtime_client_event_conversation_item_delete_type import (
        RealtimeClientEventConversationItemDeleteType,
    )
    from .realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve,
    )
    from .realtime_client_event_conversation_item_retrieve_type import (
        RealtimeClientEventConversationItemRetrieveType,
    )
    from .realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate,
    )
    from .realtime_client_event_conversation_item_truncate_type import (
        RealtimeClientEventConversationItemTruncateType,
    )
    from .realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend,
    )
    from .realtime_client_event_input_audio_buffer_append_type import (
        RealtimeClientEventInputAudioBufferAppendType,
    )
    from .realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear,
    )
    from .realtime_client_event_input_audio_buffer_clear_type import (
        RealtimeClientEventInputAudioBufferClearType,
    )
    from .realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit,
    )
    from .realtime_client_event_input_audio_buffer_commit_type import (
        RealtimeClientEventInputAudioBufferCommitType,
    )
    from .realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear,
    )
    from .realtime_client_event_output_audio_buffer_clear_type import (
        RealtimeClientEventOutputAudioBufferClearType,
    )
    from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
    from .realtime_client_event_response_cancel_type import (
        RealtimeClientEventResponseCancelType,
    )
    from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
    from .realtime_client_event_response_create_type import (
        RealtimeClientEventResponseCreateType,
    )
    from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate
    from .realtime_client_event_session_update_type import (
        RealtimeClientEventSessionUpdateType,
    )
    from .realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .realtime_client_event_transcription_session_update_type import (
        RealtimeClientEventTranscriptionSessionUpdateType,
    )
    from .realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from .realtime_conversation_item_function_call_object import (
        RealtimeConversationItemFunctionCallObject,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_function_call_output_object import (
        RealtimeConversationItemFunctionCallOutputObject,
    )
    from .realtime_conversation_item_function_call_output_status import (
        RealtimeConversationItemFunctionCallOutputStatus,
    )
    from .realtime_conversation_item_function_call_output_type import (
        RealtimeConversationItemFunctionCallOutputType,
    )
    from .realtime_conversation_item_function_call_status import (
        RealtimeConversationItemFunctionCallStatus,
    )
    from .realtime_conversation_item_function_call_type import (
        RealtimeConversationItemFunctionCallType,
    )
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from .realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_assistant_content_item_type import (
        RealtimeConversationItemMessageAssistantContentItemType,
    )
    from .realtime_conversation_item_message_assistant_object import (
        RealtimeConversationItemMessageAssistantObject,
    )
    from .realtime_conversation_item_message_assistant_role import (
        RealtimeConversationItemMessageAssistantRole,
    )
    from .realtime_conversation_item_message_assistant_status import (
        RealtimeConversationItemMessageAssistantStatus,
    )
    from .realtime_conversation_item_message_assistant_type import (
        RealtimeConversationItemMessageAssistantType,
    )
    from .realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from .realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_system_content_item_type import (
        RealtimeConversationItemMessageSystemContentItemType,
    )
    from .realtime_conversation_item_message_system_object import (
        RealtimeConversationItemMessageSystemObject,
    )
    from .realtime_conversation_item_message_system_role import (
        RealtimeConversationItemMessageSystemRole,
    )
    from .realtime_conversation_item_message_system_status import (
        RealtimeConversationItemMessageSystemStatus,
    )
    from .realtime_conversation_item_message_system_type import (
        RealtimeConversationItemMessageSystemType,
    )
    from .realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from .realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_message_user_content_item_detail import (
        RealtimeConversationItemMessageUserContentItemDetail,
    )
    from .realtime_conversation_item_message_user_content_item_type import (
        RealtimeConversationItemMessageUserContentItemType,
    )
    from .realtime_conversation_item_message_user_object import (
        RealtimeConversationItemMessageUserObject,
    )
    from .realtime_conversation_item_message_user_role import (
        RealtimeConversationItemMessageUserRole,
    )
    from .realtime_conversation_item_message_user_status import (
        RealtimeConversationItemMessageUserStatus,
    )
    from .realtime_conversation_item_message_user_type import (
        RealtimeConversationItemMessageUserType,
    )
    from .realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference,
    )
    from .realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )
    from .realtime_conversation_item_with_reference_content_item_type import (
        RealtimeConversationItemWithReferenceContentItemType,
    )
    from .realtime_conversation_item_with_reference_object import (
        RealtimeConversationItemWithReferenceObject,
    )
    from .realtime_conversation_item_with_reference_role import (
        RealtimeConversationItemWithReferenceRole,
    )
    from .realtime_conversation_item_with_reference_status import (
        RealtimeConversationItemWithReferenceStatus,
    )
    from .realtime_conversation_item_with_reference_type import (
        RealtimeConversationItemWithReferenceType,
    )
    from .realtime_create_client_secret_request import RealtimeCreateClientSecretRequest
    from .realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from .realtime_create_client_secret_request_expires_after_anchor import (
        RealtimeCreateClientSecretRequestExpiresAfterAnchor,
    )
    from .realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse,
    )
    from .realtime_function_tool import RealtimeFunctionTool
    from .realtime_function_tool_parameters import RealtimeFunctionToolParameters
    from .realtime_function_tool_type import RealtimeFunctionToolType
    from .realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from .realtime_mcp_approval_request_type import RealtimeMCPApprovalRequestType
    from .realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from .realtime_mcp_approval_response_type import RealtimeMCPApprovalResponseType
    from .realtime_mcp_list_tools import RealtimeMCPListTools
    from .realtime_mcp_list_tools_type import RealtimeMCPListToolsType
    from .realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from .realtime_mcp_protocol_error_type import RealtimeMCPProtocolErrorType
    from .realtime_mcp_tool_call import RealtimeMCPToolCall
    from .realtime_mcp_tool_call_type import RealtimeMCPToolCallType
    from .realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from .realtime_mcp_tool_execution_error_type import (
        RealtimeMCPToolExecutionErrorType,
    )
    from .realtime_mcphttp_error import RealtimeMCPHTTPError
    from .realtime_mcphttp_error_type import RealtimeMCPHTTPErrorType
    from .realtime_reasoning import RealtimeReasoning
    from .realtime_reasoning_effort import RealtimeReasoningEffort
    from .realtime_response import RealtimeResponse
    from .realtime_response_audio import RealtimeResponseAudio
    from .realtime_response_audio_output import RealtimeResponseAudioOutput
    from .realtime_response_create_params import RealtimeResponseCreateParams
    from .realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio
    from .realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_response_create_params_conversation_type_1 import (
        RealtimeResponseCreateParamsConversationType1,
    )
    from .realtime_response_create_params_max_output_tokens_type_1 import (
        RealtimeResponseCreateParamsMaxOutputTokensType1,
    )
    from .realtime_response_create_params_output_modalities_item import (
        RealtimeResponseCreateParamsOutputModalitiesItem,
    )
    from .realtime_response_max_output_tokens_type_1 import (
        RealtimeResponseMaxOutputTokensType1,
    )
    from .realtime_response_object import RealtimeResponseObject
    from .realtime_response_output_modalities_item import (
        RealtimeResponseOutputModalitiesItem,
    )
    from .realtime_response_status import RealtimeResponseStatus
    from .realtime_response_status_details import RealtimeResponseStatusDetails
    from .realtime_response_status_details_error import (
        RealtimeResponseStatusDetailsError,
    )
    from .realtime_response_status_details_reason import (
        RealtimeResponseStatusDetailsReason,
    )
    from .realtime_response_status_details_type import RealtimeResponseStatusDetailsType
    from .realtime_response_usage import RealtimeResponseUsage
    from .realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails,
    )
    from .realtime_response_usage_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails,
    )
    from .realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated,
    )
    from .realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_created_type import (
        RealtimeServerEventConversationCreatedType,
    )
    from .realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded,
    )
    from .realtime_server_event_conversation_item_added_type import (
        RealtimeServerEventConversationItemAddedType,
    )
    from .realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated,
    )
    from .realtime_server_event_conversation_item_created_type import (
        RealtimeServerEventConversationItemCreatedType,
    )
    from .realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted,
    )
    from .realtime_server_event_conversation_item_deleted_type import (
        RealtimeServerEventConversationItemDeletedType,
    )
    from .realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone,
    )
    from .realtime_server_event_conversation_item_done_type import (
        RealtimeServerEventConversationItemDoneType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedType,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment_type import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_retrieved_type import (
        RealtimeServerEventConversationItemRetrievedType,
    )
    from .realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated,
    )
    from .realtime_server_event_conversation_item_truncated_type import (
        RealtimeServerEventConversationItemTruncatedType,
    )
    from .realtime_server_event_error import RealtimeServerEventError
    from .realtime_server_event_error_error import RealtimeServerEventErrorError
    from .realtime_server_event_error_type import RealtimeServerEventErrorType
    from .realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared,
    )
    from .realtime_server_event_input_audio_buffer_cleared_type import (
        RealtimeServerEventInputAudioBufferClearedType,
    )
    from .realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted,
    )
    from .realtime_server_event_input_audio_buffer_committed_type import (
        RealtimeServerEventInputAudioBufferCommittedType,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received_type import (
        RealtimeServerEventInputAudioBufferDtmfEventReceivedType,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_started_type import (
        RealtimeServerEventInputAudioBufferSpeechStartedType,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped_type import (
        RealtimeServerEventInputAudioBufferSpeechStoppedType,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered_type import (
        RealtimeServerEventInputAudioBufferTimeoutTriggeredType,
    )
    from .realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted,
    )
    from .realtime_server_event_mcp_list_tools_completed_type import (
        RealtimeServerEventMCPListToolsCompletedType,
    )
    from .realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed,
    )
    from .realtime_server_event_mcp_list_tools_failed_type import (
        RealtimeServerEventMCPListToolsFailedType,
    )
    from .realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress,
    )
    from .realtime_server_event_mcp_list_tools_in_progress_type import (
        RealtimeServerEventMCPListToolsInProgressType,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_cleared_type import (
        RealtimeServerEventOutputAudioBufferClearedType,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_started_type import (
        RealtimeServerEventOutputAudioBufferStartedType,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_server_event_output_audio_buffer_stopped_type import (
        RealtimeServerEventOutputAudioBufferStoppedType,
    )
    from .realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_server_event_rate_limits_updated_type import (
        RealtimeServerEventRateLimitsUpdatedType,
    )
    from .realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta,
    )
    from .realtime_server_event_response_audio_delta_type import (
        RealtimeServerEventResponseAudioDeltaType,
    )
    from .realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone,
    )
    from .realtime_server_event_response_audio_done_type import (
        RealtimeServerEventResponseAudioDoneType,
    )
    from .realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_server_event_response_audio_transcript_delta_type import (
        RealtimeServerEventResponseAudioTranscriptDeltaType,
    )
    from .realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .realtime_server_event_response_audio_transcript_done_type import (
        RealtimeServerEventResponseAudioTranscriptDoneType,
    )
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded,
    )
    from .realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart,
    )
    from .realtime_server_event_response_content_part_added_part_type import (
        RealtimeServerEventResponseContentPartAddedPartType,
    )
    from .realtime_server_event_response_content_part_added_type import (
        RealtimeServerEventResponseContentPartAddedType,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone,
    )
    from .realtime_server_event_response_content_part_done_part import (
        RealtimeServerEventResponseContentPartDonePart,
    )
    from .realtime_server_event_response_content_part_done_part_type import (
        RealtimeServerEventResponseContentPartDonePartType,
    )
    from .realtime_server_event_response_content_part_done_type import (
        RealtimeServerEventResponseContentPartDoneType,
    )
    from .realtime_server_event_response_created import (
        RealtimeServerEventResponseCreated,
    )
    from .realtime_server_event_response_created_type import (
        RealtimeServerEventResponseCreatedType,
    )
    from .realtime_server_event_response_done import RealtimeServerEventResponseDone
    from .realtime_server_event_response_done_type import (
        RealtimeServerEventResponseDoneType,
    )
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_delta_type import (
        RealtimeServerEventResponseFunctionCallArgumentsDeltaType,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_function_call_arguments_done_type import (
        RealtimeServerEventResponseFunctionCallArgumentsDoneType,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta_type import (
        RealtimeServerEventResponseMCPCallArgumentsDeltaType,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_done_type import (
        RealtimeServerEventResponseMCPCallArgumentsDoneType,
    )
    from .realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted,
    )
    from .realtime_server_event_response_mcp_call_completed_type import (
        RealtimeServerEventResponseMCPCallCompletedType,
    )
    from .realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed,
    )
    from .realtime_server_event_response_mcp_call_failed_type import (
        RealtimeServerEventResponseMCPCallFailedType,
    )
    from .realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress,
    )
    from .realtime_server_event_response_mcp_call_in_progress_type import (
        RealtimeServerEventResponseMCPCallInProgressType,
    )
    from .realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded,
    )
    from .realtime_server_event_response_output_item_added_type import (
        RealtimeServerEventResponseOutputItemAddedType,
    )
    from .realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone,
    )
    from .realtime_server_event_response_output_item_done_type import (
        RealtimeServerEventResponseOutputItemDoneType,
    )
    from .realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta,
    )
    from .realtime_server_event_response_text_delta_type import (
        RealtimeServerEventResponseTextDeltaType,
    )
    from .realtime_server_event_response_text_done import (
        RealtimeServerEventResponseTextDone,
    )
    from .realtime_server_event_response_text_done_type import (
        RealtimeServerEventResponseTextDoneType,
    )
    from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
    from .realtime_server_event_session_created_type import (
        RealtimeServerEventSessionCreatedType,
    )
    from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
    from .realtime_server_event_session_updated_type import (
        RealtimeServerEventSessionUpdatedType,
    )
    from .realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .realtime_server_event_transcription_session_updated_type import (
        RealtimeServerEventTranscriptionSessionUpdatedType,
    )
    from .realtime_session import RealtimeSession
    from .realtime_session_create_request import RealtimeSessionCreateRequest
    from .realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret,
    )
    from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from .realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from .realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput,
    )
    from .realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput,
    )
    from .realtime_session_create_request_ga_include_item import (
        RealtimeSessionCreateRequestGAIncludeItem,
    )
    from .realtime_session_create_request_ga_max_output_tokens_type_1 import (
        RealtimeSessionCreateRequestGAMaxOutputTokensType1,
    )
    from .realtime_session_create_request_ga_model_type_1 import (
        RealtimeSessionCreateRequestGAModelType1,
    )
    from .realtime_session_create_request_ga_output_modalities_item import (
        RealtimeSessionCreateRequestGAOutputModalitiesItem,
    )
    from .realtime_session_create_request_ga_tracing_type_0 import (
        RealtimeSessionCreateRequestGATracingType0,
    )
    from .realtime_session_create_request_ga_tracing_type_1 import (
        RealtimeSessionCreateRequestGATracingType1,
    )
    from .realtime_session_create_request_ga_tracing_type_1_metadata import (
        RealtimeSessionCreateRequestGATracingType1Metadata,
    )
    from .realtime_session_create_request_ga_type import (
        RealtimeSessionCreateRequestGAType,
    )
    from .realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from .realtime_session_create_request_max_response_output_tokens_type_1 import (
        RealtimeSessionCreateRequestMaxResponseOutputTokensType1,
    )
    from .realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,
    )
    from .realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,
    )
    from .realtime_session_create_request_tools_item_type import (
        RealtimeSessionCreateRequestToolsItemType,
    )
    from .realtime_session_create_request_tracing_type_0 import (
        RealtimeSessionCreateRequestTracingType0,
    )
    from .realtime_session_create_request_tracing_type_1 import (
        RealtimeSessionCreateRequestTracingType1,
    )
    from .realtime_session_create_request_tracing_type_1_metadata import (
        RealtimeSessionCreateRequestTracingType1Metadata,
    )
    from .realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse
    from .realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio,
    )
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
    from .realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,
    )
    from .realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput,
    )
    from .realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .realtime_session_create_response_ga_include_item import (
        RealtimeSessionCreateResponseGAIncludeItem,
    )
    from .realtime_session_create_response_ga_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseGAMaxOutputTokensType1,
    )
    from .realtime_session_create_response_ga_model_type_1 import (
        RealtimeSessionCreateResponseGAModelType1,
    )
    from .realtime_session_create_response_ga_object import (
        RealtimeSessionCreateResponseGAObject,
    )
    from .realtime_session_create_response_ga_output_modalities_item import (
        RealtimeSessionCreateResponseGAOutputModalitiesItem,
    )
    from .realtime_session_create_response_ga_tracing_type_0_type_0 import (
        RealtimeSessionCreateResponseGATracingType0Type0,
    )
    from .realtime_session_create_response_ga_tracing_type_0_type_1 import (
        RealtimeSessionCreateResponseGATracingType0Type1,
    )
    from .realtime_session_create_response_ga_tracing_type_0_type_1_metadata import (
        RealtimeSessionCreateResponseGATracingType0Type1Metadata,
    )
    from .realtime_session_create_response_ga_type import (
        RealtimeSessionCreateResponseGAType,
    )
    from .realtime_session_create_response_include_item import (
        RealtimeSessionCreateResponseIncludeItem,
    )
    from .realtime_session_create_response_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseMaxOutputTokensType1,
    )
    from .realtime_session_create_response_tracing_type_0 import (
        RealtimeSessionCreateResponseTracingType0,
    )
    from .realtime_session_create_response_tracing_type_1 import (
        RealtimeSessionCreateResponseTracingType1,
    )
    from .realtime_session_create_response_tracing_type_1_metadata import (
        RealtimeSessionCreateResponseTracingType1Metadata,
    )
    from .realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection,
    )
    from .realtime_session_include_type_0_item import RealtimeSessionIncludeType0Item
    from .realtime_session_input_audio_format import RealtimeSessionInputAudioFormat
    from .realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,
    )
    from .realtime_session_max_response_output_tokens_type_1 import (
        RealtimeSessionMaxResponseOutputTokensType1,
    )
    from .realtime_session_model_type_1 import RealtimeSessionModelType1
    from .realtime_session_object import RealtimeSessionObject
    from .realtime_session_output_audio_format import RealtimeSessionOutputAudioFormat
    from .realtime_session_tracing_type_0_type_0 import RealtimeSessionTracingType0Type0
    from .realtime_session_tracing_type_0_type_1 import RealtimeSessionTracingType0Type1
    from .realtime_session_tracing_type_0_type_1_metadata import (
        RealtimeSessionTracingType0Type1Metadata,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )
    from .realtime_transcription_session_create_request_ga_audio_input import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInput,
    )
    from .realtime_transcription_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_request_ga_include_item import (
        RealtimeTranscriptionSessionCreateRequestGAIncludeItem,
    )
    from .realtime_transcription_session_create_request_ga_type import (
        RealtimeTranscriptionSessionCreateRequestGAType,
    )
    from .realtime_transcription_session_create_request_include_item import (
        RealtimeTranscriptionSessionCreateRequestIncludeItem,
    )
    from .realtime_transcription_session_create_request_input_audio_format import (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    )
    from .realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from .realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )
    from .realtime_transcription_session_create_request_turn_detection_type import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0,
    )
    from .realtime_transcription_session_create_response_ga_include_item import (
        RealtimeTranscriptionSessionCreateResponseGAIncludeItem,
    )
    from .realtime_transcription_session_create_response_ga_type import (
        RealtimeTranscriptionSessionCreateResponseGAType,
    )
    from .realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_input_audio_buffer_append_type import (
        RealtimeTranslationClientEventInputAudioBufferAppendType,
    )
    from .realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose,
    )
    from .realtime_translation_client_event_session_close_type import (
        RealtimeTranslationClientEventSessionCloseType,
    )
    from .realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate,
    )
    from .realtime_translation_client_event_session_update_type import (
        RealtimeTranslationClientEventSessionUpdateType,
    )
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest,
    )
    from .realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from .realtime_translation_client_secret_create_request_expires_after_anchor import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor,
    )
    from .realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse,
    )
    from .realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed,
    )
    from .realtime_translation_server_event_session_closed_type import (
        RealtimeTranslationServerEventSessionClosedType,
    )
    from .realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated,
    )
    from .realtime_translation_server_event_session_created_type import (
        RealtimeTranslationServerEventSessionCreatedType,
    )
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_input_transcript_delta_type import (
        RealtimeTranslationServerEventSessionInputTranscriptDeltaType,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta_format import (
        RealtimeTranslationServerEventSessionOutputAudioDeltaFormat,
    )
    from .realtime_translation_server_event_session_output_audio_delta_type import (
        RealtimeTranslationServerEventSessionOutputAudioDeltaType,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_transcript_delta_type import (
        RealtimeTranslationServerEventSessionOutputTranscriptDeltaType,
    )
    from .realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated,
    )
    from .realtime_translation_server_event_session_updated_type import (
        RealtimeTranslationServerEventSessionUpdatedType,
    )
    from .realtime_translation_session import RealtimeTranslationSession
    from .realtime_translation_session_audio import RealtimeTranslationSessionAudio
    from .realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,
    )
    from .realtime_translation_session_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionAudioInputNoiseReductionType0,
    )
    from .realtime_translation_session_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionAudioInputTranscriptionType0,
    )
    from .realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )
    from .realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )
    from .realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from .realtime_translation_session_create_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0,
    )
    from .realtime_translation_session_create_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0,
    )
    from .realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput,
    )
    from .realtime_translation_session_type import RealtimeTranslationSessionType
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest,
    )
    from .realtime_translation_session_update_request_audio import (
        RealtimeTranslationSessionUpdateRequestAudio,
    )
    from .realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from .realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
    )
    from .realtime_translation_session_update_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
    )
    from .realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .realtime_truncation_type_0 import RealtimeTruncationType0
    from .realtime_truncation_type_1 import RealtimeTruncationType1
    from .realtime_truncation_type_1_token_limits import (
        RealtimeTruncationType1TokenLimits,
    )
    from .realtime_truncation_type_1_type import RealtimeTruncationType1Type
    from .realtime_turn_detection_type_0_type_0 import RealtimeTurnDetectionType0Type0
    from .realtime_turn_detection_type_0_type_1 import RealtimeTurnDetectionType0Type1
    from .realtime_turn_detection_type_0_type_1_eagerness import (
        RealtimeTurnDetectionType0Type1Eagerness,
    )
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
    from .response_format_text_grammar import ResponseFormatTextGrammar
    from .response_format_text_grammar_type import ResponseFormatTextGrammarType
    from .response_format_text_python import ResponseFormatTextPython
    from .response_format_text_python_type import ResponseFormatTextPythonType
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
    from .response_output_text import ResponseOutputText
    from .response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent,
    )
    from .response_output_text_annotation_added_event_type import (
        ResponseOutputTextAnnotationAddedEventType,
    )
    from .response_output_text_type import ResponseOutputTextType
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
    from .response_ws_error import ResponseWsError
    from .response_ws_error_type import ResponseWsErrorType
    from .responses_client_event_response_create import (
        ResponsesClientEventResponseCreate,
    )
    from .responses_client_event_response_create_type import (
        ResponsesClientEventResponseCreateType,
    )
    from .responses_server_event_type_0 import ResponsesServerEventType0
    from .responses_server_event_type_1 import ResponsesServerEventType1
    from .responses_server_event_type_2 import ResponsesServerEventType2
    from .responses_server_event_type_3 import ResponsesServerEventType3
    from .responses_server_event_type_4 import ResponsesServerEventType4
    from .responses_server_event_type_5 import ResponsesServerEventType5
    from .responses_server_event_type_6 import ResponsesServerEventType6
    from .responses_server_event_type_7 import ResponsesServerEventType7
    from .responses_server_event_type_8 import ResponsesServerEventType8
    from .responses_server_event_type_9 import ResponsesServerEventType9
    from .responses_server_event_type_10 import ResponsesServerEventType10
    from .responses_server_event_type_11 import ResponsesServerEventType11
    from .responses_server_event_type_12 import ResponsesServerEventType12
    from .responses_server_event_type_13 import ResponsesServerEventType13
    from .responses_server_event_type_14 import ResponsesServerEventType14
    from .responses_server_event_type_15 import ResponsesServerEventType15
    from .responses_server_event_type_16 import ResponsesServerEventType16
    from .responses_server_event_type_17 import ResponsesServerEventType17
    from .responses_server_event_type_18 import ResponsesServerEventType18
    from .responses_server_event_type_19 import ResponsesServerEventType19
    from .responses_server_event_type_20 import ResponsesServerEventType20
    from .responses_server_event_type_21 import ResponsesServerEventType21
    from .responses_server_event_type_22 import ResponsesServerEventType22
    from .responses_server_event_type_23 import ResponsesServerEventType23
    from .responses_server_event_type_24 import ResponsesServerEventType24
    from .responses_server_event_type_25 import ResponsesServerEventType25
    from .responses_server_event_type_26 import ResponsesServerEventType26
    from .responses_server_event_type_27 import ResponsesServerEventType27
    from .responses_server_event_type_28 import ResponsesServerEventType28
    from .responses_server_event_type_29 import ResponsesServerEventType29
    from .responses_server_event_type_30 import ResponsesServerEventType30
    from .responses_server_event_type_31 import ResponsesServerEventType31
    from .responses_server_event_type_32 import ResponsesServerEventType32
    from .responses_server_event_type_33 import ResponsesServerEventType33
    from .responses_server_event_type_34 import ResponsesServerEventType34
    from .responses_server_event_type_35 import ResponsesServerEventType35
    from .responses_server_event_type_36 import ResponsesServerEventType36
    from .responses_server_event_type_37 import ResponsesServerEventType37
    from .responses_server_event_type_38 import ResponsesServerEventType38
    from .responses_server_event_type_39 import ResponsesServerEventType39
    from .responses_server_event_type_40 import ResponsesServerEventType40
    from .responses_server_event_type_41 import ResponsesServerEventType41
    from .responses_server_event_type_42 import ResponsesServerEventType42
    from .responses_server_event_type_43 import ResponsesServerEventType43
    from .responses_server_event_type_44 import ResponsesServerEventType44
    from .responses_server_event_type_45 import ResponsesServerEventType45
    from .responses_server_event_type_46 import ResponsesServerEventType46
    from .responses_server_event_type_47 import ResponsesServerEventType47
    from .responses_server_event_type_48 import ResponsesServerEventType48
    from .responses_server_event_type_49 import ResponsesServerEventType49
    from .responses_server_event_type_50 import ResponsesServerEventType50
    from .responses_server_event_type_51 import ResponsesServerEventType51
    from .responses_server_event_type_52 import ResponsesServerEventType52
    from .responses_server_event_type_53 import ResponsesServerEventType53
    from .responses_server_event_type_54 import ResponsesServerEventType54
    from .responses_server_event_type_55 import ResponsesServerEventType55
    from .responses_server_event_type_56 import ResponsesServerEventType56
    from .responses_web_socket_stream_event import ResponsesWebSocketStreamEvent
    from .retrieve_project_group_group_type import RetrieveProjectGroupGroupType
    from .role import Role
    from .role_deleted_resource import RoleDeletedResource
    from .role_deleted_resource_object import RoleDeletedResourceObject
    from .role_list_resource import RoleListResource
    from .role_list_resource_object import RoleListResourceObject
    from .role_object import RoleObject
    from .run_completion_usage_type_0 import RunCompletionUsageType0
    from .run_grader_request import RunGraderRequest
    from .run_grader_request_item import RunGraderRequestItem
    from .run_grader_response import RunGraderResponse
    from .run_grader_response_metadata import RunGraderResponseMetadata
    from .run_grader_response_metadata_errors import RunGraderResponseMetadataErrors
    from .run_grader_response_metadata_scores import RunGraderResponseMetadataScores
    from .run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from .run_grader_response_sub_rewards import RunGraderResponseSubRewards
    from .run_object import RunObject
    from .run_object_incomplete_details_type_0 import RunObjectIncompleteDetailsType0
    from .run_object_incomplete_details_type_0_reason import (
        RunObjectIncompleteDetailsType0Reason,
    )
    from .run_object_last_error_type_0 import RunObjectLastErrorType0
    from .run_object_last_error_type_0_code import RunObjectLastErrorType0Code
    from .run_object_object import RunObjectObject
    from .run_object_required_action_type_0 import RunObjectRequiredActionType0
    from .run_object_required_action_type_0_submit_tool_outputs import (
        RunObjectRequiredActionType0SubmitToolOutputs,
    )
    from .run_object_required_action_type_0_type import RunObjectRequiredActionType0Type
    from .run_object_status import RunObjectStatus
    from .run_step_completion_usage_type_0 import RunStepCompletionUsageType0
    from .run_step_delta_object import RunStepDeltaObject
    from .run_step_delta_object_delta import RunStepDeltaObjectDelta
    from .run_step_delta_object_object import RunStepDeltaObjectObject
    from .run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from .run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_delta_step_details_message_creation_object_type import (
        RunStepDeltaStepDetailsMessageCreationObjectType,
    )
    from .run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_delta_step_details_tool_calls_code_object_type import (
        RunStepDeltaStepDetailsToolCallsCodeObjectType,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object_type import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object_type import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object_type import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectType,
    )
    from .run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_delta_step_details_tool_calls_function_object_type import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectType,
    )
    from .run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )
    from .run_step_delta_step_details_tool_calls_object_type import (
        RunStepDeltaStepDetailsToolCallsObjectType,
    )
    from .run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from .run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_message_creation_object_type import (
        RunStepDetailsMessageCreationObjectType,
    )
    from .run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_object_type import (
        RunStepDetailsToolCallsCodeObjectType,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_image_object_type import (
        RunStepDetailsToolCallsCodeOutputImageObjectType,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_code_output_logs_object_type import (
        RunStepDetailsToolCallsCodeOutputLogsObjectType,
    )
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_details_tool_calls_file_search_object_type import (
        RunStepDetailsToolCallsFileSearchObjectType,
    )
    from .run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
    )
    from .run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )
    from .run_step_details_tool_calls_file_search_result_object_content_item_type import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItemType,
    )
    from .run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
    )
    from .run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_function_object_type import (
        RunStepDetailsToolCallsFunctionObjectType,
    )
    from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from .run_step_details_tool_calls_object_type import (
        RunStepDetailsToolCallsObjectType,
    )
    from .run_step_object import RunStepObject
    from .run_step_object_last_error_type_0 import RunStepObjectLastErrorType0
    from .run_step_object_last_error_type_0_code import RunStepObjectLastErrorType0Code
    from .run_step_object_object import RunStepObjectObject
    from .run_step_object_status import RunStepObjectStatus
    from .run_step_object_type import RunStepObjectType
    from .run_step_stream_event_type_0 import RunStepStreamEventType0
    from .run_step_stream_event_type_0_event import RunStepStreamEventType0Event
    from .run_step_stream_event_type_1 import RunStepStreamEventType1
    from .run_step_stream_event_type_1_event import RunStepStreamEventType1Event
    from .run_step_stream_event_type_2 import RunStepStreamEventType2
    from .run_step_stream_event_type_2_event import RunStepStreamEventType2Event
    from .run_step_stream_event_type_3 import RunStepStreamEventType3
    from .run_step_stream_event_type_3_event import RunStepStreamEventType3Event
    from .run_step_stream_event_type_4 import RunStepStreamEventType4
    from .run_step_stream_event_type_4_event import RunStepStreamEventType4Event
    from .run_step_stream_event_type_5 import RunStepStreamEventType5
    from .run_step_stream_event_type_5_event import RunStepStreamEventType5Event
    from .run_step_stream_event_type_6 import RunStepStreamEventType6
    from .run_step_stream_event_type_6_event import RunStepStreamEventType6Event
    from .run_stream_event_type_0 import RunStreamEventType0
    from .run_stream_event_type_0_event import RunStreamEventType0Event
    from .run_stream_event_type_1 import RunStreamEventType1
    from .run_stream_event_type_1_event import RunStreamEventType1Event
    from .run_stream_event_type_2 import RunStreamEventType2
    from .run_stream_event_type_2_event import RunStreamEventType2Event
    from .run_stream_event_type_3 import RunStreamEventType3
    from .run_stream_event_type_3_event import RunStreamEventType3Event
    from .run_stream_event_type_4 import RunStreamEventType4
    from .run_stream_event_type_4_event import RunStreamEventType4Event
    from .run_stream_event_type_5 import RunStreamEventType5
    from .run_stream_event_type_5_event import RunStreamEventType5Event
    from .run_stream_event_type_6 import RunStreamEventType6
    from .run_stream_event_type_6_event import RunStreamEventType6Event
    from .run_stream_event_type_7 import RunStreamEventType7
    from .run_stream_event_type_7_event import RunStreamEventType7Event
    from .run_stream_event_type_8 import RunStreamEventType8
    from .run_stream_event_type_8_event import RunStreamEventType8Event
    from .run_stream_event_type_9 import RunStreamEventType9
    from .run_stream_event_type_9_event import RunStreamEventType9Event
    from .run_tool_call_object import RunToolCallObject
    from .run_tool_call_object_function import RunToolCallObjectFunction
    from .run_tool_call_object_type import RunToolCallObjectType
    from .screenshot_param import ScreenshotParam
    from .screenshot_param_type import ScreenshotParamType
    from .scroll_param import ScrollParam
    from .scroll_param_type import ScrollParamType
    from .search_content_type import SearchContentType
    from .search_context_size import SearchContextSize
    from .service_account_api_key_body import ServiceAccountApiKeyBody
    from .service_account_api_key_body_object import ServiceAccountApiKeyBodyObject
    from .service_tier_enum import ServiceTierEnum
    from .service_tier_responses_type_0 import ServiceTierResponsesType0
    from .service_tier_type_0 import ServiceTierType0
    from .set_default_skill_version_body import SetDefaultSkillVersionBody
    from .shell_call_output_delta import ShellCallOutputDelta
    from .skill_list_resource import SkillListResource
    from .skill_list_resource_object import SkillListResourceObject
    from .skill_reference_param import SkillReferenceParam
    from .skill_reference_param_type import SkillReferenceParamType
    from .skill_resource import SkillResource
    from .skill_resource_object import SkillResourceObject
    from .skill_version_list_resource import SkillVersionListResource
    from .skill_version_list_resource_object import SkillVersionListResourceObject
    from .skill_version_resource import SkillVersionResource
    from .skill_version_resource_object import SkillVersionResourceObject
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
    from .spend_alert_notification_channel import SpendAlertNotificationChannel
    from .spend_alert_notification_channel_type import SpendAlertNotificationChannelType
    from .spend_limit_currency_type_1 import SpendLimitCurrencyType1
    from .spend_limit_enforcement import SpendLimitEnforcement
    from .spend_limit_enforcement_status_type_1 import SpendLimitEnforcementStatusType1
    from .spend_limit_interval_type_1 import SpendLimitIntervalType1
    from .static_chunking_strategy import StaticChunkingStrategy
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from .static_chunking_strategy_request_param_type import (
        StaticChunkingStrategyRequestParamType,
    )
    from .static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam,
    )
    from .static_chunking_strategy_response_param_type import (
        StaticChunkingStrategyResponseParamType,
    )
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from .submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )
    from .summary_text_content import SummaryTextContent
    from .summary_text_content_type import SummaryTextContentType
    from .synth_id_provenance_result import SynthIDProvenanceResult
    from .synth_id_provenance_result_type import SynthIDProvenanceResultType
    from .task_group_item import TaskGroupItem
    from .task_group_item_object import TaskGroupItemObject
    from .task_group_item_type import TaskGroupItemType
    from .task_group_task import TaskGroupTask
    from .task_item import TaskItem
    from .task_item_object import TaskItemObject
    from .task_item_type import TaskItemType
    from .task_type import TaskType
    from .text_content import TextContent
    from .text_content_type import TextContentType
    from .text_response_format_json_schema import TextResponseFormatJsonSchema
    from .text_response_format_json_schema_type import TextResponseFormatJsonSchemaType
    from .thread_item_list_resource import ThreadItemListResource
    from .thread_item_list_resource_object import ThreadItemListResourceObject
    from .thread_list_resource import ThreadListResource
    from .thread_list_resource_object import ThreadListResourceObject
    from .thread_object import ThreadObject
    from .thread_object_object import ThreadObjectObject
    from .thread_object_tool_resources_type_0 import ThreadObjectToolResourcesType0
    from .thread_object_tool_resources_type_0_code_interpreter import (
        ThreadObjectToolResourcesType0CodeInterpreter,
    )
    from .thread_object_tool_resources_type_0_file_search import (
        ThreadObjectToolResourcesType0FileSearch,
    )
    from .thread_resource import ThreadResource
    from .thread_resource_object import ThreadResourceObject
    from .thread_stream_event_type_0 import ThreadStreamEventType0
    from .thread_stream_event_type_0_event import ThreadStreamEventType0Event
    from .toggle_certificates_request import ToggleCertificatesRequest
    from .token_counts_body import TokenCountsBody
    from .token_counts_resource import TokenCountsResource
    from .token_counts_resource_object import TokenCountsResourceObject
    from .tool_choice import ToolChoice
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
    from .transcription_chunking_strategy_type_0 import (
        TranscriptionChunkingStrategyType0,
    )
    from .transcription_diarized_segment import TranscriptionDiarizedSegment
    from .transcription_diarized_segment_type import TranscriptionDiarizedSegmentType
    from .transcription_include import TranscriptionInclude
    from .transcription_language import TranscriptionLanguage
    from .transcription_segment import TranscriptionSegment
    from .transcription_word import TranscriptionWord
    from .truncation_enum import TruncationEnum
    from .truncation_object import TruncationObject
    from .truncation_object_type import TruncationObjectType
    from .type_param import TypeParam
    from .type_param_type import TypeParamType
    from .update_chat_completion_body import UpdateChatCompletionBody
    from .update_conversation_body import UpdateConversationBody
    from .update_eval_body import UpdateEvalBody
    from .update_group_body import UpdateGroupBody
    from .update_organization_data_retention_body import (
        UpdateOrganizationDataRetentionBody,
    )
    from .update_organization_data_retention_body_retention_type import (
        UpdateOrganizationDataRetentionBodyRetentionType,
    )
    from .update_organization_spend_limit_body import UpdateOrganizationSpendLimitBody
    from .update_organization_spend_limit_body_currency import (
        UpdateOrganizationSpendLimitBodyCurrency,
    )
    from .update_organization_spend_limit_body_interval import (
        UpdateOrganizationSpendLimitBodyInterval,
    )
    from .update_project_data_retention_body import UpdateProjectDataRetentionBody
    from .update_project_data_retention_body_retention_type import (
        UpdateProjectDataRetentionBodyRetentionType,
    )
    from .update_project_service_account_body import UpdateProjectServiceAccountBody
    from .update_project_service_account_body_role import (
        UpdateProjectServiceAccountBodyRole,
    )
    from .update_project_spend_limit_body import UpdateProjectSpendLimitBody
    from .update_project_spend_limit_body_currency import (
        UpdateProjectSpendLimitBodyCurrency,
    )
    from .update_project_spend_limit_body_interval import (
        UpdateProjectSpendLimitBodyInterval,
    )
    from .update_vector_store_file_attributes_request import (
        UpdateVectorStoreFileAttributesRequest,
    )
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .update_voice_consent_request import UpdateVoiceConsentRequest
    from .upload import Upload
    from .upload_certificate_request import UploadCertificateRequest
    from .upload_object import UploadObject
    from .upload_part import UploadPart
    from .upload_part_object import UploadPartObject
    from .upload_status import UploadStatus
    from .url_annotation import UrlAnnotation
    from .url_annotation_source import UrlAnnotationSource
    from .url_annotation_source_type import UrlAnnotationSourceType
    from .url_annotation_type import UrlAnnotationType
    from .url_citation_body import UrlCitationBody
    from .url_citation_body_type import UrlCitationBodyType
    from .url_citation_param import UrlCitationParam
    from .url_citation_param_type import UrlCitationParamType
    from .usage_audio_speeches_bucket_width import UsageAudioSpeechesBucketWidth
    from .usage_audio_speeches_group_by_item import UsageAudioSpeechesGroupByItem
    from .usage_audio_speeches_result import UsageAudioSpeechesResult
    from .usage_audio_speeches_result_object import UsageAudioSpeechesResultObject
    from .usage_audio_transcriptions_bucket_width import (
        UsageAudioTranscriptionsBucketWidth,
    )
    from .usage_audio_transcriptions_group_by_item import (
        UsageAudioTranscriptionsGroupByItem,
    )
    from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
    from .usage_audio_transcriptions_result_object import (
        UsageAudioTranscriptionsResultObject,
    )
    from .usage_code_interpreter_sessions_bucket_width import (
        UsageCodeInterpreterSessionsBucketWidth,
    )
    from .usage_code_interpreter_sessions_group_by_item import (
        UsageCodeInterpreterSessionsGroupByItem,
    )
    from .usage_code_interpreter_sessions_result import (
        UsageCodeInterpreterSessionsResult,
    )
    from .usage_code_interpreter_sessions_result_object import (
        UsageCodeInterpreterSessionsResultObject,
    )
    from .usage_completions_bucket_width import UsageCompletionsBucketWidth
    from .usage_completions_group_by_item import UsageCompletionsGroupByItem
    from .usage_completions_result import UsageCompletionsResult
    from .usage_completions_result_object import UsageCompletionsResultObject
    from .usage_costs_bucket_width import UsageCostsBucketWidth
    from .usage_costs_group_by_item import UsageCostsGroupByItem
    from .usage_embeddings_bucket_width import UsageEmbeddingsBucketWidth
    from .usage_embeddings_group_by_item import UsageEmbeddingsGroupByItem
    from .usage_embeddings_result import UsageEmbeddingsResult
    from .usage_embeddings_result_object import UsageEmbeddingsResultObject
    from .usage_file_search_calls_bucket_width import UsageFileSearchCallsBucketWidth
    from .usage_file_search_calls_group_by_item import UsageFileSearchCallsGroupByItem
    from .usage_file_search_calls_result import UsageFileSearchCallsResult
    from .usage_file_search_calls_result_object import UsageFileSearchCallsResultObject
    from .usage_images_bucket_width import UsageImagesBucketWidth
    from .usage_images_group_by_item import UsageImagesGroupByItem
    from .usage_images_result import UsageImagesResult
    from .usage_images_result_object import UsageImagesResultObject
    from .usage_images_sizes_item import UsageImagesSizesItem
    from .usage_images_sources_item import UsageImagesSourcesItem
    from .usage_moderations_bucket_width import UsageModerationsBucketWidth
    from .usage_moderations_group_by_item import UsageModerationsGroupByItem
    from .usage_moderations_result import UsageModerationsResult
    from .usage_moderations_result_object import UsageModerationsResultObject
    from .usage_response import UsageResponse
    from .usage_response_object import UsageResponseObject
    from .usage_time_bucket import UsageTimeBucket
    from .usage_time_bucket_object import UsageTimeBucketObject
    from .usage_vector_stores_bucket_width import UsageVectorStoresBucketWidth
    from .usage_vector_stores_group_by_item import UsageVectorStoresGroupByItem
    from .usage_vector_stores_result import UsageVectorStoresResult
    from .usage_vector_stores_result_object import UsageVectorStoresResultObject
    from .usage_web_search_calls_bucket_width import UsageWebSearchCallsBucketWidth
    from .usage_web_search_calls_context_levels_item import (
        UsageWebSearchCallsContextLevelsItem,
    )
    from .usage_web_search_calls_group_by_item import UsageWebSearchCallsGroupByItem
    from .usage_web_search_calls_result import UsageWebSearchCallsResult
    from .usage_web_search_calls_result_object import UsageWebSearchCallsResultObject
    from .user import User
    from .user_delete_response import UserDeleteResponse
    from .user_delete_response_object import UserDeleteResponseObject
    from .user_list_resource import UserListResource
    from .user_list_resource_object import UserListResourceObject
    from .user_list_response import UserListResponse
    from .user_list_response_object import UserListResponseObject
    from .user_message_input_text import UserMessageInputText
    from .user_message_input_text_type import UserMessageInputTextType
    from .user_message_item import UserMessageItem
    from .user_message_item_object import UserMessageItemObject
    from .user_message_item_type import UserMessageItemType
    from .user_message_quoted_text import UserMessageQuotedText
    from .user_message_quoted_text_type import UserMessageQuotedTextType
    from .user_object import UserObject
    from .user_projects_type_0 import UserProjectsType0
    from .user_projects_type_0_data_item import UserProjectsType0DataItem
    from .user_projects_type_0_object import UserProjectsType0Object
    from .user_role_assignment import UserRoleAssignment
    from .user_role_assignment_object import UserRoleAssignmentObject
    from .user_role_update_request import UserRoleUpdateRequest
    from .user_user import UserUser
    from .user_user_object import UserUserObject
    from .vad_config import VadConfig
    from .vad_config_type import VadConfigType
    from .validate_grader_request import ValidateGraderRequest
    from .validate_grader_response import ValidateGraderResponse
    from .vector_store_expiration_after import VectorStoreExpirationAfter
    from .vector_store_expiration_after_anchor import VectorStoreExpirationAfterAnchor
    from .vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0
    from .vector_store_file_batch_object import VectorStoreFileBatchObject
    from .vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )
    from .vector_store_file_batch_object_object import VectorStoreFileBatchObjectObject
    from .vector_store_file_batch_object_status import VectorStoreFileBatchObjectStatus
    from .vector_store_file_content_response import VectorStoreFileContentResponse
    from .vector_store_file_content_response_data_item import (
        VectorStoreFileContentResponseDataItem,
    )
    from .vector_store_file_content_response_object import (
        VectorStoreFileContentResponseObject,
    )
    from .vector_store_file_object import VectorStoreFileObject
    from .vector_store_file_object_last_error_type_0 import (
        VectorStoreFileObjectLastErrorType0,
    )
    from .vector_store_file_object_last_error_type_0_code import (
        VectorStoreFileObjectLastErrorType0Code,
    )
    from .vector_store_file_object_object import VectorStoreFileObjectObject
    from .vector_store_file_object_status import VectorStoreFileObjectStatus
    from .vector_store_object import VectorStoreObject
    from .vector_store_object_file_counts import VectorStoreObjectFileCounts
    from .vector_store_object_object import VectorStoreObjectObject
    from .vector_store_object_status import VectorStoreObjectStatus
    from .vector_store_search_request import VectorStoreSearchRequest
    from .vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,
    )
    from .vector_store_search_request_ranking_options_ranker import (
        VectorStoreSearchRequestRankingOptionsRanker,
    )
    from .vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,
    )
    from .vector_store_search_result_content_object_type import (
        VectorStoreSearchResultContentObjectType,
    )
    from .vector_store_search_result_item import VectorStoreSearchResultItem
    from .vector_store_search_results_page import VectorStoreSearchResultsPage
    from .vector_store_search_results_page_object import (
        VectorStoreSearchResultsPageObject,
    )
    from .verbosity_type_0 import VerbosityType0
    from .video_character_resource import VideoCharacterResource
    from .video_content_variant import VideoContentVariant
    from .video_list_resource import VideoListResource
    from .video_list_resource_object import VideoListResourceObject
    from .video_model_type_1 import VideoModelType1
    from .video_reference_input_param import VideoReferenceInputParam
    from .video_resource import VideoResource
    from .video_resource_object import VideoResourceObject
    from .video_seconds import VideoSeconds
    from .video_size import VideoSize
    from .video_status import VideoStatus
    from .voice_consent_deleted_resource import VoiceConsentDeletedResource
    from .voice_consent_deleted_resource_object import VoiceConsentDeletedResourceObject
    from .voice_consent_list_resource import VoiceConsentListResource
    from .voice_consent_list_resource_object import VoiceConsentListResourceObject
    from .voice_consent_resource import VoiceConsentResource
    from .voice_consent_resource_object import VoiceConsentResourceObject
    from .voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
    from .voice_ids_shared_type_1 import VoiceIdsSharedType1
    from .voice_resource import VoiceResource
    from .voice_resource_object import VoiceResourceObject
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
    from .webhook_batch_cancelled import WebhookBatchCancelled
    from .webhook_batch_cancelled_data import WebhookBatchCancelledData
    from .webhook_batch_cancelled_object import WebhookBatchCancelledObject
    from .webhook_batch_cancelled_type import WebhookBatchCancelledType
    from .webhook_batch_completed import WebhookBatchCompleted
    from .webhook_batch_completed_data import WebhookBatchCompletedData
    from .webhook_batch_completed_object import WebhookBatchCompletedObject
    from .webhook_batch_completed_type import WebhookBatchCompletedType
    from .webhook_batch_expired import WebhookBatchExpired
    from .webhook_batch_expired_data import WebhookBatchExpiredData
    from .webhook_batch_expired_object import WebhookBatchExpiredObject
    from .webhook_batch_expired_type import WebhookBatchExpiredType
    from .webhook_batch_failed import WebhookBatchFailed
    from .webhook_batch_failed_data import WebhookBatchFailedData
    from .webhook_batch_failed_object import WebhookBatchFailedObject
    from .webhook_batch_failed_type import WebhookBatchFailedType
    from .webhook_eval_run_canceled import WebhookEvalRunCanceled
    from .webhook_eval_run_canceled_data import WebhookEvalRunCanceledData
    from .webhook_eval_run_canceled_object import WebhookEvalRunCanceledObject
    from .webhook_eval_run_canceled_type import WebhookEvalRunCanceledType
    from .webhook_eval_run_failed import WebhookEvalRunFailed
    from .webhook_eval_run_failed_data import WebhookEvalRunFailedData
    from .webhook_eval_run_failed_object import WebhookEvalRunFailedObject
    from .webhook_eval_run_failed_type import WebhookEvalRunFailedType
    from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded
    from .webhook_eval_run_succeeded_data import WebhookEvalRunSucceededData
    from .webhook_eval_run_succeeded_object import WebhookEvalRunSucceededObject
    from .webhook_eval_run_succeeded_type import WebhookEvalRunSucceededType
    from .webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled
    from .webhook_fine_tuning_job_cancelled_data import (
        WebhookFineTuningJobCancelledData,
    )
    from .webhook_fine_tuning_job_cancelled_object import (
        WebhookFineTuningJobCancelledObject,
    )
    from .webhook_fine_tuning_job_cancelled_type import (
        WebhookFineTuningJobCancelledType,
    )
    from .webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
    from .webhook_fine_tuning_job_failed_data import WebhookFineTuningJobFailedData
    from .webhook_fine_tuning_job_failed_object import WebhookFineTuningJobFailedObject
    from .webhook_fine_tuning_job_failed_type import WebhookFineTuningJobFailedType
    from .webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded
    from .webhook_fine_tuning_job_succeeded_data import (
        WebhookFineTuningJobSucceededData,
    )
    from .webhook_fine_tuning_job_succeeded_object import (
        WebhookFineTuningJobSucceededObject,
    )
    from .webhook_fine_tuning_job_succeeded_type import (
        WebhookFineTuningJobSucceededType,
    )
    from .webhook_live_call_incoming import WebhookLiveCallIncoming
    from .webhook_live_call_incoming_data import WebhookLiveCallIncomingData
    from .webhook_live_call_incoming_data_sip_headers_item import (
        WebhookLiveCallIncomingDataSipHeadersItem,
    )
    from .webhook_live_call_incoming_object import WebhookLiveCallIncomingObject
    from .webhook_live_call_incoming_type import WebhookLiveCallIncomingType
    from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
    from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_realtime_call_incoming_object import WebhookRealtimeCallIncomingObject
    from .webhook_realtime_call_incoming_type import WebhookRealtimeCallIncomingType
    from .webhook_response_cancelled import WebhookResponseCancelled
    from .webhook_response_cancelled_data import WebhookResponseCancelledData
    from .webhook_response_cancelled_object import WebhookResponseCancelledObject
    from .webhook_response_cancelled_type import WebhookResponseCancelledType
    from .webhook_response_completed import WebhookResponseCompleted
    from .webhook_response_completed_data import WebhookResponseCompletedData
    from .webhook_response_completed_object import WebhookResponseCompletedObject
    from .webhook_response_completed_type import WebhookResponseCompletedType
    from .webhook_response_failed import WebhookResponseFailed
    from .webhook_response_failed_data import WebhookResponseFailedData
    from .webhook_response_failed_object import WebhookResponseFailedObject
    from .webhook_response_failed_type import WebhookResponseFailedType
    from .webhook_response_incomplete import WebhookResponseIncomplete
    from .webhook_response_incomplete_data import WebhookResponseIncompleteData
    from .webhook_response_incomplete_object import WebhookResponseIncompleteObject
    from .webhook_response_incomplete_type import WebhookResponseIncompleteType
    from .widget_message_item import WidgetMessageItem
    from .widget_message_item_object import WidgetMessageItemObject
    from .widget_message_item_type import WidgetMessageItemType
    from .workflow_param import WorkflowParam
    from .workflow_param_state_variables import WorkflowParamStateVariables
    from .workflow_tracing_param import WorkflowTracingParam

# The module (below this package) that defines each model, imported on first use.
_MODULES: dict[str, str] = {
    "ActiveStatus": "active_status",
    "ActiveStatusType": "active_status_type",
    "AddUploadPartRequest": "add_upload_part_request",
    "AdditionalTools": "additional_tools",
    "AdditionalToolsItemParam": "additional_tools_item_param",
    "AdditionalToolsItemParamRole": "additional_tools_item_param_role",
    "AdditionalToolsItemParamType": "additional_tools_item_param_type",
    "AdditionalToolsType": "additional_tools_type",
    "AdminApiKey": "admin_api_key",
    "AdminApiKeyCreateResponse": "admin_api_key_create_response",
    "AdminApiKeyObject": "admin_api_key_object",
    "AdminApiKeyOwner": "admin_api_key_owner",
    "AdminApiKeysCreateBody": "admin_api_keys_create_body",
    "AdminApiKeysDeleteResponse200": "admin_api_keys_delete_response_200",
    "AdminApiKeysDeleteResponse200Object": "admin_api_keys_delete_response_200_object",
    "AdminApiKeysListOrder": "admin_api_keys_list_order",
    "ApiKeyList": "api_key_list",
    "ApiKeyListObject": "api_key_list_object",
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
    "AssignedRoleDetails": "assigned_role_details",
    "AssignedRoleDetailsAssignmentSourcesType0Item": "assigned_role_details_assignment_sources_type_0_item",
    "AssignedRoleDetailsCreatedByUserObjType0": "assigned_role_details_created_by_user_obj_type_0",
    "AssignedRoleDetailsMetadataType0": "assigned_role_details_metadata_type_0",
    "AssistantMessageItem": "assistant_message_item",
    "AssistantMessageItemObject": "assistant_message_item_object",
    "AssistantMessageItemType": "assistant_message_item_type",
    "AssistantObject": "assistant_object",
    "AssistantObjectObject": "assistant_object_object",
    "AssistantObjectToolResourcesType0": "assistant_object_tool_resources_type_0",
    "AssistantObjectToolResourcesType0CodeInterpreter": "assistant_object_tool_resources_type_0_code_interpreter",
    "AssistantObjectToolResourcesType0FileSearch": "assistant_object_tool_resources_type_0_file_search",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsCodeType": "assistant_tools_code_type",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchType": "assistant_tools_file_search_type",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFileSearchTypeOnlyType": "assistant_tools_file_search_type_only_type",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantToolsFunctionType": "assistant_tools_function_type",
    "AssistantsApiResponseFormatOptionType0": "assistants_api_response_format_option_type_0",
    "AssistantsApiToolChoiceOptionType0": "assistants_api_tool_choice_option_type_0",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceType": "assistants_named_tool_choice_type",
    "Attachment": "attachment",
    "AttachmentType": "attachment_type",
    "AudioResponseFormat": "audio_response_format",
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionDelay": "audio_transcription_delay",
    "AudioTranscriptionModelType1": "audio_transcription_model_type_1",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranscriptionResponseModelType1": "audio_transcription_response_model_type_1",
    "AuditLog": "audit_log",
    "AuditLogActor": "audit_log_actor",
    "AuditLogActorApiKey": "audit_log_actor_api_key",
    "AuditLogActorApiKeyType": "audit_log_actor_api_key_type",
    "AuditLogActorServiceAccount": "audit_log_actor_service_account",
    "AuditLogActorSession": "audit_log_actor_session",
    "AuditLogActorType": "audit_log_actor_type",
    "AuditLogActorUser": "audit_log_actor_user",
    "AuditLogApiKeyCreated": "audit_log_api_key_created",
    "AuditLogApiKeyCreatedData": "audit_log_api_key_created_data",
    "AuditLogApiKeyDeleted": "audit_log_api_key_deleted",
    "AuditLogApiKeyUpdated": "audit_log_api_key_updated",
    "AuditLogApiKeyUpdatedChangesRequested": "audit_log_api_key_updated_changes_requested",
    "AuditLogCertificateCreated": "audit_log_certificate_created",
    "AuditLogCertificateDeleted": "audit_log_certificate_deleted",
    "AuditLogCertificateUpdated": "audit_log_certificate_updated",
    "AuditLogCertificatesActivated": "audit_log_certificates_activated",
    "AuditLogCertificatesActivatedCertificatesItem": "audit_log_certificates_activated_certificates_item",
    "AuditLogCertificatesDeactivated": "audit_log_certificates_deactivated",
    "AuditLogCertificatesDeactivatedCertificatesItem": "audit_log_certificates_deactivated_certificates_item",
    "AuditLogCheckpointPermissionCreated": "audit_log_checkpoint_permission_created",
    "AuditLogCheckpointPermissionCreatedData": "audit_log_checkpoint_permission_created_data",
    "AuditLogCheckpointPermissionDeleted": "audit_log_checkpoint_permission_deleted",
    "AuditLogEventType": "audit_log_event_type",
    "AuditLogExternalKeyRegistered": "audit_log_external_key_registered",
    "AuditLogExternalKeyRegisteredData": "audit_log_external_key_registered_data",
    "AuditLogExternalKeyRemoved": "audit_log_external_key_removed",
    "AuditLogGroupCreated": "audit_log_group_created",
    "AuditLogGroupCreatedData": "audit_log_group_created_data",
    "AuditLogGroupDeleted": "audit_log_group_deleted",
    "AuditLogGroupUpdated": "audit_log_group_updated",
    "AuditLogGroupUpdatedChangesRequested": "audit_log_group_updated_changes_requested",
    "AuditLogInviteAccepted": "audit_log_invite_accepted",
    "AuditLogInviteDeleted": "audit_log_invite_deleted",
    "AuditLogInviteSent": "audit_log_invite_sent",
    "AuditLogInviteSentData": "audit_log_invite_sent_data",
    "AuditLogIpAllowlistConfigActivated": "audit_log_ip_allowlist_config_activated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem": "audit_log_ip_allowlist_config_activated_configs_item",
    "AuditLogIpAllowlistConfigDeactivated": "audit_log_ip_allowlist_config_deactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfigsItem": "audit_log_ip_allowlist_config_deactivated_configs_item",
    "AuditLogIpAllowlistCreated": "audit_log_ip_allowlist_created",
    "AuditLogIpAllowlistDeleted": "audit_log_ip_allowlist_deleted",
    "AuditLogIpAllowlistUpdated": "audit_log_ip_allowlist_updated",
    "AuditLogLoginFailed": "audit_log_login_failed",
    "AuditLogLoginSucceeded": "audit_log_login_succeeded",
    "AuditLogLogoutFailed": "audit_log_logout_failed",
    "AuditLogLogoutSucceeded": "audit_log_logout_succeeded",
    "AuditLogOrganizationUpdated": "audit_log_organization_updated",
    "AuditLogOrganizationUpdatedChangesRequested": "audit_log_organization_updated_changes_requested",
    "AuditLogProject": "audit_log_project",
    "AuditLogProjectArchived": "audit_log_project_archived",
    "AuditLogProjectCreated": "audit_log_project_created",
    "AuditLogProjectCreatedData": "audit_log_project_created_data",
    "AuditLogProjectDeleted": "audit_log_project_deleted",
    "AuditLogProjectUpdated": "audit_log_project_updated",
    "AuditLogProjectUpdatedChangesRequested": "audit_log_project_updated_changes_requested",
    "AuditLogRateLimitDeleted": "audit_log_rate_limit_deleted",
    "AuditLogRateLimitUpdated": "audit_log_rate_limit_updated",
    "AuditLogRateLimitUpdatedChangesRequested": "audit_log_rate_limit_updated_changes_requested",
    "AuditLogRoleAssignmentCreated": "audit_log_role_assignment_created",
    "AuditLogRoleAssignmentDeleted": "audit_log_role_assignment_deleted",
    "AuditLogRoleBoundToResource": "audit_log_role_bound_to_resource",
    "AuditLogRoleBoundToResourceSource": "audit_log_role_bound_to_resource_source",
    "AuditLogRoleCreated": "audit_log_role_created",
    "AuditLogRoleDeleted": "audit_log_role_deleted",
    "AuditLogRoleUnboundFromResource": "audit_log_role_unbound_from_resource",
    "AuditLogRoleUnboundFromResourceSource": "audit_log_role_unbound_from_resource_source",
    "AuditLogRoleUpdated": "audit_log_role_updated",
    "AuditLogRoleUpdatedChangesRequested": "audit_log_role_updated_changes_requested",
    "AuditLogRoleUpdatedChangesRequestedMetadata": "audit_log_role_updated_changes_requested_metadata",
    "AuditLogScimDisabled": "audit_log_scim_disabled",
    "AuditLogScimEnabled": "audit_log_scim_enabled",
    "AuditLogServiceAccountCreated": "audit_log_service_account_created",
    "AuditLogServiceAccountCreatedData": "audit_log_service_account_created_data",
    "AuditLogServiceAccountDeleted": "audit_log_service_account_deleted",
    "AuditLogServiceAccountUpdated": "audit_log_service_account_updated",
    "AuditLogServiceAccountUpdatedChangesRequested": "audit_log_service_account_updated_changes_requested",
    "AuditLogUserAdded": "audit_log_user_added",
    "AuditLogUserAddedData": "audit_log_user_added_data",
    "AuditLogUserDeleted": "audit_log_user_deleted",
    "AuditLogUserUpdated": "audit_log_user_updated",
    "AuditLogUserUpdatedChangesRequested": "audit_log_user_updated_changes_requested",
    "AuditLogWorkloadIdentityProviderCreated": "audit_log_workload_identity_provider_created",
    "AuditLogWorkloadIdentityProviderCreatedData": "audit_log_workload_identity_provider_created_data",
    "AuditLogWorkloadIdentityProviderDeleted": "audit_log_workload_identity_provider_deleted",
    "AuditLogWorkloadIdentityProviderMappingCreated": "audit_log_workload_identity_provider_mapping_created",
    "AuditLogWorkloadIdentityProviderMappingCreatedData": "audit_log_workload_identity_provider_mapping_created_data",
    "AuditLogWorkloadIdentityProviderMappingDeleted": "audit_log_workload_identity_provider_mapping_deleted",
    "AuditLogWorkloadIdentityProviderMappingUpdated": "audit_log_workload_identity_provider_mapping_updated",
    "AuditLogWorkloadIdentityProviderMappingUpdatedChangesRequested": "audit_log_workload_identity_provider_mapping_updated_changes_requested",
    "AuditLogWorkloadIdentityProviderUpdated": "audit_log_workload_identity_provider_updated",
    "AuditLogWorkloadIdentityProviderUpdatedChangesRequested": "audit_log_workload_identity_provider_updated_changes_requested",
    "AutoChunkingStrategyRequestParam": "auto_chunking_strategy_request_param",
    "AutoChunkingStrategyRequestParamType": "auto_chunking_strategy_request_param_type",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamType": "auto_code_interpreter_tool_param_type",
    "AutomaticThreadTitlingParam": "automatic_thread_titling_param",
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
    "BetaAdditionalTools": "beta_additional_tools",
    "BetaAdditionalToolsItemParam": "beta_additional_tools_item_param",
    "BetaAdditionalToolsItemParamRole": "beta_additional_tools_item_param_role",
    "BetaAdditionalToolsItemParamType": "beta_additional_tools_item_param_type",
    "BetaAdditionalToolsType": "beta_additional_tools_type",
    "BetaAgentMessage": "beta_agent_message",
    "BetaAgentMessageItemParam": "beta_agent_message_item_param",
    "BetaAgentMessageItemParamType": "beta_agent_message_item_param_type",
    "BetaAgentMessageType": "beta_agent_message_type",
    "BetaAgentTag": "beta_agent_tag",
    "BetaAgentTagParam": "beta_agent_tag_param",
    "BetaApplyPatchCallOutputStatus": "beta_apply_patch_call_output_status",
    "BetaApplyPatchCallOutputStatusParam": "beta_apply_patch_call_output_status_param",
    "BetaApplyPatchCallStatus": "beta_apply_patch_call_status",
    "BetaApplyPatchCallStatusParam": "beta_apply_patch_call_status_param",
    "BetaApplyPatchCreateFileOperation": "beta_apply_patch_create_file_operation",
    "BetaApplyPatchCreateFileOperationParam": "beta_apply_patch_create_file_operation_param",
    "BetaApplyPatchCreateFileOperationParamType": "beta_apply_patch_create_file_operation_param_type",
    "BetaApplyPatchCreateFileOperationType": "beta_apply_patch_create_file_operation_type",
    "BetaApplyPatchDeleteFileOperation": "beta_apply_patch_delete_file_operation",
    "BetaApplyPatchDeleteFileOperationParam": "beta_apply_patch_delete_file_operation_param",
    "BetaApplyPatchDeleteFileOperationParamType": "beta_apply_patch_delete_file_operation_param_type",
    "BetaApplyPatchDeleteFileOperationType": "beta_apply_patch_delete_file_operation_type",
    "BetaApplyPatchToolCall": "beta_apply_patch_tool_call",
    "BetaApplyPatchToolCallItemParam": "beta_apply_patch_tool_call_item_param",
    "BetaApplyPatchToolCallItemParamType": "beta_apply_patch_tool_call_item_param_type",
    "BetaApplyPatchToolCallOutput": "beta_apply_patch_tool_call_output",
    "BetaApplyPatchToolCallOutputItemParam": "beta_apply_patch_tool_call_output_item_param",
    "BetaApplyPatchToolCallOutputItemParamType": "beta_apply_patch_tool_call_output_item_param_type",
    "BetaApplyPatchToolCallOutputType": "beta_apply_patch_tool_call_output_type",
    "BetaApplyPatchToolCallType": "beta_apply_patch_tool_call_type",
    "BetaApplyPatchToolParam": "beta_apply_patch_tool_param",
    "BetaApplyPatchToolParamType": "beta_apply_patch_tool_param_type",
    "BetaApplyPatchUpdateFileOperation": "beta_apply_patch_update_file_operation",
    "BetaApplyPatchUpdateFileOperationParam": "beta_apply_patch_update_file_operation_param",
    "BetaApplyPatchUpdateFileOperationParamType": "beta_apply_patch_update_file_operation_param_type",
    "BetaApplyPatchUpdateFileOperationType": "beta_apply_patch_update_file_operation_type",
    "BetaApproximateLocation": "beta_approximate_location",
    "BetaApproximateLocationType": "beta_approximate_location_type",
    "BetaAutoCodeInterpreterToolParam": "beta_auto_code_interpreter_tool_param",
    "BetaAutoCodeInterpreterToolParamType": "beta_auto_code_interpreter_tool_param_type",
    "BetaCallableToolAllowedCaller": "beta_callable_tool_allowed_caller",
    "BetaCancelResponseBeta": "beta_cancel_response_beta",
    "BetaClickButtonType": "beta_click_button_type",
    "BetaClickParam": "beta_click_param",
    "BetaClickParamType": "beta_click_param_type",
    "BetaCodeInterpreterOutputImage": "beta_code_interpreter_output_image",
    "BetaCodeInterpreterOutputImageType": "beta_code_interpreter_output_image_type",
    "BetaCodeInterpreterOutputLogs": "beta_code_interpreter_output_logs",
    "BetaCodeInterpreterOutputLogsType": "beta_code_interpreter_output_logs_type",
    "BetaCodeInterpreterTool": "beta_code_interpreter_tool",
    "BetaCodeInterpreterToolCall": "beta_code_interpreter_tool_call",
    "BetaCodeInterpreterToolCallStatus": "beta_code_interpreter_tool_call_status",
    "BetaCodeInterpreterToolCallType": "beta_code_interpreter_tool_call_type",
    "BetaCodeInterpreterToolType": "beta_code_interpreter_tool_type",
    "BetaCompactResource": "beta_compact_resource",
    "BetaCompactResourceObject": "beta_compact_resource_object",
    "BetaCompactResponseMethodPublicBody": "beta_compact_response_method_public_body",
    "BetaCompactconversationBeta": "beta_compactconversation_beta",
    "BetaCompactionBody": "beta_compaction_body",
    "BetaCompactionBodyType": "beta_compaction_body_type",
    "BetaCompactionSummaryItemParam": "beta_compaction_summary_item_param",
    "BetaCompactionSummaryItemParamType": "beta_compaction_summary_item_param_type",
    "BetaCompactionTriggerItemParam": "beta_compaction_trigger_item_param",
    "BetaCompactionTriggerItemParamType": "beta_compaction_trigger_item_param_type",
    "BetaComparisonFilter": "beta_comparison_filter",
    "BetaComparisonFilterType": "beta_comparison_filter_type",
    "BetaCompoundFilter": "beta_compound_filter",
    "BetaCompoundFilterType": "beta_compound_filter_type",
    "BetaComputerCallOutputItemParam": "beta_computer_call_output_item_param",
    "BetaComputerCallOutputItemParamType": "beta_computer_call_output_item_param_type",
    "BetaComputerCallOutputStatus": "beta_computer_call_output_status",
    "BetaComputerCallSafetyCheckParam": "beta_computer_call_safety_check_param",
    "BetaComputerEnvironment": "beta_computer_environment",
    "BetaComputerScreenshotContent": "beta_computer_screenshot_content",
    "BetaComputerScreenshotContentType": "beta_computer_screenshot_content_type",
    "BetaComputerScreenshotImage": "beta_computer_screenshot_image",
    "BetaComputerScreenshotImageType": "beta_computer_screenshot_image_type",
    "BetaComputerTool": "beta_computer_tool",
    "BetaComputerToolCall": "beta_computer_tool_call",
    "BetaComputerToolCallOutput": "beta_computer_tool_call_output",
    "BetaComputerToolCallOutputResource": "beta_computer_tool_call_output_resource",
    "BetaComputerToolCallOutputResourceStatus": "beta_computer_tool_call_output_resource_status",
    "BetaComputerToolCallOutputResourceType": "beta_computer_tool_call_output_resource_type",
    "BetaComputerToolCallOutputStatus": "beta_computer_tool_call_output_status",
    "BetaComputerToolCallOutputType": "beta_computer_tool_call_output_type",
    "BetaComputerToolCallStatus": "beta_computer_tool_call_status",
    "BetaComputerToolCallType": "beta_computer_tool_call_type",
    "BetaComputerToolType": "beta_computer_tool_type",
    "BetaComputerUsePreviewTool": "beta_computer_use_preview_tool",
    "BetaComputerUsePreviewToolType": "beta_computer_use_preview_tool_type",
    "BetaContainerAutoParam": "beta_container_auto_param",
    "BetaContainerAutoParamType": "beta_container_auto_param_type",
    "BetaContainerFileCitationBody": "beta_container_file_citation_body",
    "BetaContainerFileCitationBodyType": "beta_container_file_citation_body_type",
    "BetaContainerFileCitationParam": "beta_container_file_citation_param",
    "BetaContainerFileCitationParamType": "beta_container_file_citation_param_type",
    "BetaContainerMemoryLimit": "beta_container_memory_limit",
    "BetaContainerNetworkPolicyAllowlistParam": "beta_container_network_policy_allowlist_param",
    "BetaContainerNetworkPolicyAllowlistParamType": "beta_container_network_policy_allowlist_param_type",
    "BetaContainerNetworkPolicyDisabledParam": "beta_container_network_policy_disabled_param",
    "BetaContainerNetworkPolicyDisabledParamType": "beta_container_network_policy_disabled_param_type",
    "BetaContainerNetworkPolicyDomainSecretParam": "beta_container_network_policy_domain_secret_param",
    "BetaContainerReferenceParam": "beta_container_reference_param",
    "BetaContainerReferenceParamType": "beta_container_reference_param_type",
    "BetaContainerReferenceResource": "beta_container_reference_resource",
    "BetaContainerReferenceResourceType": "beta_container_reference_resource_type",
    "BetaContextManagementParam": "beta_context_management_param",
    "BetaConversationParam2": "beta_conversation_param_2",
    "BetaCoordParam": "beta_coord_param",
    "BetaCreateModelResponseProperties": "beta_create_model_response_properties",
    "BetaCreateModelResponsePropertiesPromptCacheRetentionType0": "beta_create_model_response_properties_prompt_cache_retention_type_0",
    "BetaCreateResponse": "beta_create_response",
    "BetaCreateResponseBeta": "beta_create_response_beta",
    "BetaCreateResponseTruncationType0": "beta_create_response_truncation_type_0",
    "BetaCustomGrammarFormatParam": "beta_custom_grammar_format_param",
    "BetaCustomGrammarFormatParamType": "beta_custom_grammar_format_param_type",
    "BetaCustomTextFormatParam": "beta_custom_text_format_param",
    "BetaCustomTextFormatParamType": "beta_custom_text_format_param_type",
    "BetaCustomToolCall": "beta_custom_tool_call",
    "BetaCustomToolCallOutput": "beta_custom_tool_call_output",
    "BetaCustomToolCallOutputResource": "beta_custom_tool_call_output_resource",
    "BetaCustomToolCallOutputType": "beta_custom_tool_call_output_type",
    "BetaCustomToolCallResource": "beta_custom_tool_call_resource",
    "BetaCustomToolCallType": "beta_custom_tool_call_type",
    "BetaCustomToolParam": "beta_custom_tool_param",
    "BetaCustomToolParamType": "beta_custom_tool_param_type",
    "BetaDeleteResponseBeta": "beta_delete_response_beta",
    "BetaDetailEnum": "beta_detail_enum",
    "BetaDirectToolCallCaller": "beta_direct_tool_call_caller",
    "BetaDirectToolCallCallerParam": "beta_direct_tool_call_caller_param",
    "BetaDirectToolCallCallerParamType": "beta_direct_tool_call_caller_param_type",
    "BetaDirectToolCallCallerType": "beta_direct_tool_call_caller_type",
    "BetaDoubleClickAction": "beta_double_click_action",
    "BetaDoubleClickActionType": "beta_double_click_action_type",
    "BetaDragParam": "beta_drag_param",
    "BetaDragParamType": "beta_drag_param_type",
    "BetaEasyInputMessage": "beta_easy_input_message",
    "BetaEasyInputMessageRole": "beta_easy_input_message_role",
    "BetaEasyInputMessageType": "beta_easy_input_message_type",
    "BetaEmptyModelParam": "beta_empty_model_param",
    "BetaEncryptedContent": "beta_encrypted_content",
    "BetaEncryptedContentParam": "beta_encrypted_content_param",
    "BetaEncryptedContentParamType": "beta_encrypted_content_param_type",
    "BetaEncryptedContentType": "beta_encrypted_content_type",
    "BetaError": "beta_error",
    "BetaErrorPayload": "beta_error_payload",
    "BetaErrorPayloadHeaders": "beta_error_payload_headers",
    "BetaFileCitationBody": "beta_file_citation_body",
    "BetaFileCitationBodyType": "beta_file_citation_body_type",
    "BetaFileCitationParam": "beta_file_citation_param",
    "BetaFileCitationParamType": "beta_file_citation_param_type",
    "BetaFileDetailEnum": "beta_file_detail_enum",
    "BetaFileInputDetail": "beta_file_input_detail",
    "BetaFilePath": "beta_file_path",
    "BetaFilePathType": "beta_file_path_type",
    "BetaFileSearchTool": "beta_file_search_tool",
    "BetaFileSearchToolCall": "beta_file_search_tool_call",
    "BetaFileSearchToolCallResultsType0Item": "beta_file_search_tool_call_results_type_0_item",
    "BetaFileSearchToolCallStatus": "beta_file_search_tool_call_status",
    "BetaFileSearchToolCallType": "beta_file_search_tool_call_type",
    "BetaFileSearchToolType": "beta_file_search_tool_type",
    "BetaFunctionCallItemStatus": "beta_function_call_item_status",
    "BetaFunctionCallOutputItemParam": "beta_function_call_output_item_param",
    "BetaFunctionCallOutputItemParamType": "beta_function_call_output_item_param_type",
    "BetaFunctionCallOutputStatusEnum": "beta_function_call_output_status_enum",
    "BetaFunctionCallStatus": "beta_function_call_status",
    "BetaFunctionShellAction": "beta_function_shell_action",
    "BetaFunctionShellActionParam": "beta_function_shell_action_param",
    "BetaFunctionShellCall": "beta_function_shell_call",
    "BetaFunctionShellCallItemParam": "beta_function_shell_call_item_param",
    "BetaFunctionShellCallItemParamType": "beta_function_shell_call_item_param_type",
    "BetaFunctionShellCallItemStatus": "beta_function_shell_call_item_status",
    "BetaFunctionShellCallOutput": "beta_function_shell_call_output",
    "BetaFunctionShellCallOutputContent": "beta_function_shell_call_output_content",
    "BetaFunctionShellCallOutputContentParam": "beta_function_shell_call_output_content_param",
    "BetaFunctionShellCallOutputExitOutcome": "beta_function_shell_call_output_exit_outcome",
    "BetaFunctionShellCallOutputExitOutcomeParam": "beta_function_shell_call_output_exit_outcome_param",
    "BetaFunctionShellCallOutputExitOutcomeParamType": "beta_function_shell_call_output_exit_outcome_param_type",
    "BetaFunctionShellCallOutputExitOutcomeType": "beta_function_shell_call_output_exit_outcome_type",
    "BetaFunctionShellCallOutputItemParam": "beta_function_shell_call_output_item_param",
    "BetaFunctionShellCallOutputItemParamType": "beta_function_shell_call_output_item_param_type",
    "BetaFunctionShellCallOutputStatusEnum": "beta_function_shell_call_output_status_enum",
    "BetaFunctionShellCallOutputTimeoutOutcome": "beta_function_shell_call_output_timeout_outcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam": "beta_function_shell_call_output_timeout_outcome_param",
    "BetaFunctionShellCallOutputTimeoutOutcomeParamType": "beta_function_shell_call_output_timeout_outcome_param_type",
    "BetaFunctionShellCallOutputTimeoutOutcomeType": "beta_function_shell_call_output_timeout_outcome_type",
    "BetaFunctionShellCallOutputType": "beta_function_shell_call_output_type",
    "BetaFunctionShellCallStatus": "beta_function_shell_call_status",
    "BetaFunctionShellCallType": "beta_function_shell_call_type",
    "BetaFunctionShellToolParam": "beta_function_shell_tool_param",
    "BetaFunctionShellToolParamType": "beta_function_shell_tool_param_type",
    "BetaFunctionTool": "beta_function_tool",
    "BetaFunctionToolCall": "beta_function_tool_call",
    "BetaFunctionToolCallOutput": "beta_function_tool_call_output",
    "BetaFunctionToolCallOutputResource": "beta_function_tool_call_output_resource",
    "BetaFunctionToolCallOutputStatus": "beta_function_tool_call_output_status",
    "BetaFunctionToolCallOutputType": "beta_function_tool_call_output_type",
    "BetaFunctionToolCallResource": "beta_function_tool_call_resource",
    "BetaFunctionToolCallStatus": "beta_function_tool_call_status",
    "BetaFunctionToolCallType": "beta_function_tool_call_type",
    "BetaFunctionToolOutputSchemaType0": "beta_function_tool_output_schema_type_0",
    "BetaFunctionToolParam": "beta_function_tool_param",
    "BetaFunctionToolParamOutputSchemaType0": "beta_function_tool_param_output_schema_type_0",
    "BetaFunctionToolParamType": "beta_function_tool_param_type",
    "BetaFunctionToolParametersType0": "beta_function_tool_parameters_type_0",
    "BetaFunctionToolType": "beta_function_tool_type",
    "BetaGetResponseBeta": "beta_get_response_beta",
    "BetaGetinputtokencountsBeta": "beta_getinputtokencounts_beta",
    "BetaGrammarSyntax1": "beta_grammar_syntax_1",
    "BetaHTTPError": "beta_http_error",
    "BetaHTTPErrorType": "beta_http_error_type",
    "BetaHybridSearchOptions": "beta_hybrid_search_options",
    "BetaImageDetail": "beta_image_detail",
    "BetaImageGenActionEnum": "beta_image_gen_action_enum",
    "BetaImageGenTool": "beta_image_gen_tool",
    "BetaImageGenToolBackground": "beta_image_gen_tool_background",
    "BetaImageGenToolCall": "beta_image_gen_tool_call",
    "BetaImageGenToolCallStatus": "beta_image_gen_tool_call_status",
    "BetaImageGenToolCallType": "beta_image_gen_tool_call_type",
    "BetaImageGenToolInputImageMask": "beta_image_gen_tool_input_image_mask",
    "BetaImageGenToolModelType1": "beta_image_gen_tool_model_type_1",
    "BetaImageGenToolModeration": "beta_image_gen_tool_moderation",
    "BetaImageGenToolOutputFormat": "beta_image_gen_tool_output_format",
    "BetaImageGenToolQuality": "beta_image_gen_tool_quality",
    "BetaImageGenToolSizeType1": "beta_image_gen_tool_size_type_1",
    "BetaImageGenToolType": "beta_image_gen_tool_type",
    "BetaIncludeEnum": "beta_include_enum",
    "BetaInlineSkillParam": "beta_inline_skill_param",
    "BetaInlineSkillParamType": "beta_inline_skill_param_type",
    "BetaInlineSkillSourceParam": "beta_inline_skill_source_param",
    "BetaInlineSkillSourceParamMediaType": "beta_inline_skill_source_param_media_type",
    "BetaInlineSkillSourceParamType": "beta_inline_skill_source_param_type",
    "BetaInputAudio": "beta_input_audio",
    "BetaInputAudioInputAudio": "beta_input_audio_input_audio",
    "BetaInputAudioInputAudioFormat": "beta_input_audio_input_audio_format",
    "BetaInputAudioType": "beta_input_audio_type",
    "BetaInputFidelity": "beta_input_fidelity",
    "BetaInputFileContent": "beta_input_file_content",
    "BetaInputFileContentParam": "beta_input_file_content_param",
    "BetaInputFileContentParamType": "beta_input_file_content_param_type",
    "BetaInputFileContentType": "beta_input_file_content_type",
    "BetaInputImageContent": "beta_input_image_content",
    "BetaInputImageContentParamAutoParam": "beta_input_image_content_param_auto_param",
    "BetaInputImageContentParamAutoParamType": "beta_input_image_content_param_auto_param_type",
    "BetaInputImageContentType": "beta_input_image_content_type",
    "BetaInputMessage": "beta_input_message",
    "BetaInputMessageResource": "beta_input_message_resource",
    "BetaInputMessageRole": "beta_input_message_role",
    "BetaInputMessageStatus": "beta_input_message_status",
    "BetaInputMessageType": "beta_input_message_type",
    "BetaInputTextContent": "beta_input_text_content",
    "BetaInputTextContentParam": "beta_input_text_content_param",
    "BetaInputTextContentParamType": "beta_input_text_content_param_type",
    "BetaInputTextContentType": "beta_input_text_content_type",
    "BetaItemReferenceParam": "beta_item_reference_param",
    "BetaItemReferenceParamTypeType0": "beta_item_reference_param_type_type_0",
    "BetaKeyPressAction": "beta_key_press_action",
    "BetaKeyPressActionType": "beta_key_press_action_type",
    "BetaListInputItemsBeta": "beta_list_input_items_beta",
    "BetaListInputItemsOrder": "beta_list_input_items_order",
    "BetaLocalEnvironmentParam": "beta_local_environment_param",
    "BetaLocalEnvironmentParamType": "beta_local_environment_param_type",
    "BetaLocalEnvironmentResource": "beta_local_environment_resource",
    "BetaLocalEnvironmentResourceType": "beta_local_environment_resource_type",
    "BetaLocalShellExecAction": "beta_local_shell_exec_action",
    "BetaLocalShellExecActionEnv": "beta_local_shell_exec_action_env",
    "BetaLocalShellExecActionType": "beta_local_shell_exec_action_type",
    "BetaLocalShellToolCall": "beta_local_shell_tool_call",
    "BetaLocalShellToolCallOutput": "beta_local_shell_tool_call_output",
    "BetaLocalShellToolCallOutputStatusType0": "beta_local_shell_tool_call_output_status_type_0",
    "BetaLocalShellToolCallOutputType": "beta_local_shell_tool_call_output_type",
    "BetaLocalShellToolCallStatus": "beta_local_shell_tool_call_status",
    "BetaLocalShellToolCallType": "beta_local_shell_tool_call_type",
    "BetaLocalShellToolParam": "beta_local_shell_tool_param",
    "BetaLocalShellToolParamType": "beta_local_shell_tool_param_type",
    "BetaLocalSkillParam": "beta_local_skill_param",
    "BetaLogProb": "beta_log_prob",
    "BetaMCPApprovalRequest": "beta_mcp_approval_request",
    "BetaMCPApprovalRequestType": "beta_mcp_approval_request_type",
    "BetaMCPApprovalResponse": "beta_mcp_approval_response",
    "BetaMCPApprovalResponseResource": "beta_mcp_approval_response_resource",
    "BetaMCPApprovalResponseResourceType": "beta_mcp_approval_response_resource_type",
    "BetaMCPApprovalResponseType": "beta_mcp_approval_response_type",
    "BetaMCPListTools": "beta_mcp_list_tools",
    "BetaMCPListToolsTool": "beta_mcp_list_tools_tool",
    "BetaMCPListToolsToolAnnotationsType0": "beta_mcp_list_tools_tool_annotations_type_0",
    "BetaMCPListToolsToolInputSchema": "beta_mcp_list_tools_tool_input_schema",
    "BetaMCPListToolsType": "beta_mcp_list_tools_type",
    "BetaMCPProtocolError": "beta_mcp_protocol_error",
    "BetaMCPProtocolErrorType": "beta_mcp_protocol_error_type",
    "BetaMCPTool": "beta_mcp_tool",
    "BetaMCPToolCall": "beta_mcp_tool_call",
    "BetaMCPToolCallStatus": "beta_mcp_tool_call_status",
    "BetaMCPToolCallType": "beta_mcp_tool_call_type",
    "BetaMCPToolConnectorId": "beta_mcp_tool_connector_id",
    "BetaMCPToolExecutionError": "beta_mcp_tool_execution_error",
    "BetaMCPToolExecutionErrorType": "beta_mcp_tool_execution_error_type",
    "BetaMCPToolFilter": "beta_mcp_tool_filter",
    "BetaMCPToolHeadersType0": "beta_mcp_tool_headers_type_0",
    "BetaMCPToolRequireApprovalType0Type0": "beta_mcp_tool_require_approval_type_0_type_0",
    "BetaMCPToolRequireApprovalType0Type1": "beta_mcp_tool_require_approval_type_0_type_1",
    "BetaMCPToolType": "beta_mcp_tool_type",
    "BetaMessage": "beta_message",
    "BetaMessagePhase": "beta_message_phase",
    "BetaMessagePhase2": "beta_message_phase_2",
    "BetaMessageRole": "beta_message_role",
    "BetaMessageStatus": "beta_message_status",
    "BetaMessageType": "beta_message_type",
    "BetaMetadataType0": "beta_metadata_type_0",
    "BetaModelIdsResponsesType1": "beta_model_ids_responses_type_1",
    "BetaModelIdsSharedType1": "beta_model_ids_shared_type_1",
    "BetaModelResponseProperties": "beta_model_response_properties",
    "BetaModelResponsePropertiesPromptCacheRetentionType0": "beta_model_response_properties_prompt_cache_retention_type_0",
    "BetaModeration": "beta_moderation",
    "BetaModerationConfigParam": "beta_moderation_config_param",
    "BetaModerationErrorBody": "beta_moderation_error_body",
    "BetaModerationErrorBodyType": "beta_moderation_error_body_type",
    "BetaModerationInputType": "beta_moderation_input_type",
    "BetaModerationMode": "beta_moderation_mode",
    "BetaModerationParam": "beta_moderation_param",
    "BetaModerationPolicyParam": "beta_moderation_policy_param",
    "BetaModerationResultBody": "beta_moderation_result_body",
    "BetaModerationResultBodyCategories": "beta_moderation_result_body_categories",
    "BetaModerationResultBodyCategoryAppliedInputTypes": "beta_moderation_result_body_category_applied_input_types",
    "BetaModerationResultBodyCategoryScores": "beta_moderation_result_body_category_scores",
    "BetaModerationResultBodyType": "beta_moderation_result_body_type",
    "BetaMoveParam": "beta_move_param",
    "BetaMoveParamType": "beta_move_param_type",
    "BetaMultiAgentAction": "beta_multi_agent_action",
    "BetaMultiAgentAction1": "beta_multi_agent_action_1",
    "BetaMultiAgentCall": "beta_multi_agent_call",
    "BetaMultiAgentCallItemParam": "beta_multi_agent_call_item_param",
    "BetaMultiAgentCallItemParamType": "beta_multi_agent_call_item_param_type",
    "BetaMultiAgentCallOutput": "beta_multi_agent_call_output",
    "BetaMultiAgentCallOutputItemParam": "beta_multi_agent_call_output_item_param",
    "BetaMultiAgentCallOutputItemParamType": "beta_multi_agent_call_output_item_param_type",
    "BetaMultiAgentCallOutputType": "beta_multi_agent_call_output_type",
    "BetaMultiAgentCallType": "beta_multi_agent_call_type",
    "BetaMultiAgentParam": "beta_multi_agent_param",
    "BetaNamespaceToolParam": "beta_namespace_tool_param",
    "BetaNamespaceToolParamType": "beta_namespace_tool_param_type",
    "BetaOutputAudio": "beta_output_audio",
    "BetaOutputAudioType": "beta_output_audio_type",
    "BetaOutputMessage": "beta_output_message",
    "BetaOutputMessageRole": "beta_output_message_role",
    "BetaOutputMessageStatus": "beta_output_message_status",
    "BetaOutputMessageType": "beta_output_message_type",
    "BetaOutputTextContent": "beta_output_text_content",
    "BetaOutputTextContentParam": "beta_output_text_content_param",
    "BetaOutputTextContentParamType": "beta_output_text_content_param_type",
    "BetaOutputTextContentType": "beta_output_text_content_type",
    "BetaPersonalityEnumType1": "beta_personality_enum_type_1",
    "BetaProgram": "beta_program",
    "BetaProgramItemParam": "beta_program_item_param",
    "BetaProgramItemParamType": "beta_program_item_param_type",
    "BetaProgramOutput": "beta_program_output",
    "BetaProgramOutputItemParam": "beta_program_output_item_param",
    "BetaProgramOutputItemParamType": "beta_program_output_item_param_type",
    "BetaProgramOutputItemStatus": "beta_program_output_item_status",
    "BetaProgramOutputStatus": "beta_program_output_status",
    "BetaProgramOutputType": "beta_program_output_type",
    "BetaProgramToolCallCaller": "beta_program_tool_call_caller",
    "BetaProgramToolCallCallerParam": "beta_program_tool_call_caller_param",
    "BetaProgramToolCallCallerParamType": "beta_program_tool_call_caller_param_type",
    "BetaProgramToolCallCallerType": "beta_program_tool_call_caller_type",
    "BetaProgramType": "beta_program_type",
    "BetaProgrammaticToolCallingParam": "beta_programmatic_tool_calling_param",
    "BetaProgrammaticToolCallingParamType": "beta_programmatic_tool_calling_param_type",
    "BetaPromptCacheBreakpointConfig": "beta_prompt_cache_breakpoint_config",
    "BetaPromptCacheBreakpointConfigMode": "beta_prompt_cache_breakpoint_config_mode",
    "BetaPromptCacheBreakpointParam": "beta_prompt_cache_breakpoint_param",
    "BetaPromptCacheBreakpointParamMode": "beta_prompt_cache_breakpoint_param_mode",
    "BetaPromptCacheModeEnum": "beta_prompt_cache_mode_enum",
    "BetaPromptCacheOptions": "beta_prompt_cache_options",
    "BetaPromptCacheOptionsParam": "beta_prompt_cache_options_param",
    "BetaPromptCacheRetentionEnum": "beta_prompt_cache_retention_enum",
    "BetaPromptCacheTTLEnum": "beta_prompt_cache_ttl_enum",
    "BetaPromptType0": "beta_prompt_type_0",
    "BetaRankerVersionType": "beta_ranker_version_type",
    "BetaRankingOptions": "beta_ranking_options",
    "BetaReasoning": "beta_reasoning",
    "BetaReasoningContextType0": "beta_reasoning_context_type_0",
    "BetaReasoningEffortType0": "beta_reasoning_effort_type_0",
    "BetaReasoningGenerateSummaryType0": "beta_reasoning_generate_summary_type_0",
    "BetaReasoningItem": "beta_reasoning_item",
    "BetaReasoningItemStatus": "beta_reasoning_item_status",
    "BetaReasoningItemType": "beta_reasoning_item_type",
    "BetaReasoningModeEnumType1": "beta_reasoning_mode_enum_type_1",
    "BetaReasoningSummaryType0": "beta_reasoning_summary_type_0",
    "BetaReasoningTextContent": "beta_reasoning_text_content",
    "BetaReasoningTextContentType": "beta_reasoning_text_content_type",
    "BetaRefusalContent": "beta_refusal_content",
    "BetaRefusalContentType": "beta_refusal_content_type",
    "BetaResponse": "beta_response",
    "BetaResponseAudioDeltaEvent": "beta_response_audio_delta_event",
    "BetaResponseAudioDeltaEventType": "beta_response_audio_delta_event_type",
    "BetaResponseAudioDoneEvent": "beta_response_audio_done_event",
    "BetaResponseAudioDoneEventType": "beta_response_audio_done_event_type",
    "BetaResponseAudioTranscriptDeltaEvent": "beta_response_audio_transcript_delta_event",
    "BetaResponseAudioTranscriptDeltaEventType": "beta_response_audio_transcript_delta_event_type",
    "BetaResponseAudioTranscriptDoneEvent": "beta_response_audio_transcript_done_event",
    "BetaResponseAudioTranscriptDoneEventType": "beta_response_audio_transcript_done_event_type",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent": "beta_response_code_interpreter_call_code_delta_event",
    "BetaResponseCodeInterpreterCallCodeDeltaEventType": "beta_response_code_interpreter_call_code_delta_event_type",
    "BetaResponseCodeInterpreterCallCodeDoneEvent": "beta_response_code_interpreter_call_code_done_event",
    "BetaResponseCodeInterpreterCallCodeDoneEventType": "beta_response_code_interpreter_call_code_done_event_type",
    "BetaResponseCodeInterpreterCallCompletedEvent": "beta_response_code_interpreter_call_completed_event",
    "BetaResponseCodeInterpreterCallCompletedEventType": "beta_response_code_interpreter_call_completed_event_type",
    "BetaResponseCodeInterpreterCallInProgressEvent": "beta_response_code_interpreter_call_in_progress_event",
    "BetaResponseCodeInterpreterCallInProgressEventType": "beta_response_code_interpreter_call_in_progress_event_type",
    "BetaResponseCodeInterpreterCallInterpretingEvent": "beta_response_code_interpreter_call_interpreting_event",
    "BetaResponseCodeInterpreterCallInterpretingEventType": "beta_response_code_interpreter_call_interpreting_event_type",
    "BetaResponseCompletedEvent": "beta_response_completed_event",
    "BetaResponseCompletedEventType": "beta_response_completed_event_type",
    "BetaResponseContentPartAddedEvent": "beta_response_content_part_added_event",
    "BetaResponseContentPartAddedEventType": "beta_response_content_part_added_event_type",
    "BetaResponseContentPartDoneEvent": "beta_response_content_part_done_event",
    "BetaResponseContentPartDoneEventType": "beta_response_content_part_done_event_type",
    "BetaResponseConversation": "beta_response_conversation",
    "BetaResponseCreatedEvent": "beta_response_created_event",
    "BetaResponseCreatedEventType": "beta_response_created_event_type",
    "BetaResponseCustomToolCallInputDeltaEvent": "beta_response_custom_tool_call_input_delta_event",
    "BetaResponseCustomToolCallInputDeltaEventType": "beta_response_custom_tool_call_input_delta_event_type",
    "BetaResponseCustomToolCallInputDoneEvent": "beta_response_custom_tool_call_input_done_event",
    "BetaResponseCustomToolCallInputDoneEventType": "beta_response_custom_tool_call_input_done_event_type",
    "BetaResponseErrorCode": "beta_response_error_code",
    "BetaResponseErrorEvent": "beta_response_error_event",
    "BetaResponseErrorEventType": "beta_response_error_event_type",
    "BetaResponseErrorType0": "beta_response_error_type_0",
    "BetaResponseFailedEvent": "beta_response_failed_event",
    "BetaResponseFailedEventType": "beta_response_failed_event_type",
    "BetaResponseFileSearchCallCompletedEvent": "beta_response_file_search_call_completed_event",
    "BetaResponseFileSearchCallCompletedEventType": "beta_response_file_search_call_completed_event_type",
    "BetaResponseFileSearchCallInProgressEvent": "beta_response_file_search_call_in_progress_event",
    "BetaResponseFileSearchCallInProgressEventType": "beta_response_file_search_call_in_progress_event_type",
    "BetaResponseFileSearchCallSearchingEvent": "beta_response_file_search_call_searching_event",
    "BetaResponseFileSearchCallSearchingEventType": "beta_response_file_search_call_searching_event_type",
    "BetaResponseFormatJsonObject": "beta_response_format_json_object",
    "BetaResponseFormatJsonObjectType": "beta_response_format_json_object_type",
    "BetaResponseFormatJsonSchemaSchema": "beta_response_format_json_schema_schema",
    "BetaResponseFormatText": "beta_response_format_text",
    "BetaResponseFormatTextType": "beta_response_format_text_type",
    "BetaResponseFunctionCallArgumentsDeltaEvent": "beta_response_function_call_arguments_delta_event",
    "BetaResponseFunctionCallArgumentsDeltaEventType": "beta_response_function_call_arguments_delta_event_type",
    "BetaResponseFunctionCallArgumentsDoneEvent": "beta_response_function_call_arguments_done_event",
    "BetaResponseFunctionCallArgumentsDoneEventType": "beta_response_function_call_arguments_done_event_type",
    "BetaResponseImageGenCallCompletedEvent": "beta_response_image_gen_call_completed_event",
    "BetaResponseImageGenCallCompletedEventType": "beta_response_image_gen_call_completed_event_type",
    "BetaResponseImageGenCallGeneratingEvent": "beta_response_image_gen_call_generating_event",
    "BetaResponseImageGenCallGeneratingEventType": "beta_response_image_gen_call_generating_event_type",
    "BetaResponseImageGenCallInProgressEvent": "beta_response_image_gen_call_in_progress_event",
    "BetaResponseImageGenCallInProgressEventType": "beta_response_image_gen_call_in_progress_event_type",
    "BetaResponseImageGenCallPartialImageEvent": "beta_response_image_gen_call_partial_image_event",
    "BetaResponseImageGenCallPartialImageEventType": "beta_response_image_gen_call_partial_image_event_type",
    "BetaResponseInProgressEvent": "beta_response_in_progress_event",
    "BetaResponseInProgressEventType": "beta_response_in_progress_event_type",
    "BetaResponseIncompleteDetailsType0": "beta_response_incomplete_details_type_0",
    "BetaResponseIncompleteDetailsType0Reason": "beta_response_incomplete_details_type_0_reason",
    "BetaResponseIncompleteEvent": "beta_response_incomplete_event",
    "BetaResponseIncompleteEventType": "beta_response_incomplete_event_type",
    "BetaResponseInjectCreatedEvent": "beta_response_inject_created_event",
    "BetaResponseInjectCreatedEventType": "beta_response_inject_created_event_type",
    "BetaResponseInjectEvent": "beta_response_inject_event",
    "BetaResponseInjectEventType": "beta_response_inject_event_type",
    "BetaResponseInjectFailedEvent": "beta_response_inject_failed_event",
    "BetaResponseInjectFailedEventError": "beta_response_inject_failed_event_error",
    "BetaResponseInjectFailedEventErrorCode": "beta_response_inject_failed_event_error_code",
    "BetaResponseInjectFailedEventType": "beta_response_inject_failed_event_type",
    "BetaResponseItemList": "beta_response_item_list",
    "BetaResponseItemListObject": "beta_response_item_list_object",
    "BetaResponseLogProb": "beta_response_log_prob",
    "BetaResponseLogProbTopLogprobsItem": "beta_response_log_prob_top_logprobs_item",
    "BetaResponseMCPCallArgumentsDeltaEvent": "beta_response_mcp_call_arguments_delta_event",
    "BetaResponseMCPCallArgumentsDeltaEventType": "beta_response_mcp_call_arguments_delta_event_type",
    "BetaResponseMCPCallArgumentsDoneEvent": "beta_response_mcp_call_arguments_done_event",
    "BetaResponseMCPCallArgumentsDoneEventType": "beta_response_mcp_call_arguments_done_event_type",
    "BetaResponseMCPCallCompletedEvent": "beta_response_mcp_call_completed_event",
    "BetaResponseMCPCallCompletedEventType": "beta_response_mcp_call_completed_event_type",
    "BetaResponseMCPCallFailedEvent": "beta_response_mcp_call_failed_event",
    "BetaResponseMCPCallFailedEventType": "beta_response_mcp_call_failed_event_type",
    "BetaResponseMCPCallInProgressEvent": "beta_response_mcp_call_in_progress_event",
    "BetaResponseMCPCallInProgressEventType": "beta_response_mcp_call_in_progress_event_type",
    "BetaResponseMCPListToolsCompletedEvent": "beta_response_mcp_list_tools_completed_event",
    "BetaResponseMCPListToolsCompletedEventType": "beta_response_mcp_list_tools_completed_event_type",
    "BetaResponseMCPListToolsFailedEvent": "beta_response_mcp_list_tools_failed_event",
    "BetaResponseMCPListToolsFailedEventType": "beta_response_mcp_list_tools_failed_event_type",
    "BetaResponseMCPListToolsInProgressEvent": "beta_response_mcp_list_tools_in_progress_event",
    "BetaResponseMCPListToolsInProgressEventType": "beta_response_mcp_list_tools_in_progress_event_type",
    "BetaResponseObject": "beta_response_object",
    "BetaResponseOutputItemAddedEvent": "beta_response_output_item_added_event",
    "BetaResponseOutputItemAddedEventType": "beta_response_output_item_added_event_type",
    "BetaResponseOutputItemDoneEvent": "beta_response_output_item_done_event",
    "BetaResponseOutputItemDoneEventType": "beta_response_output_item_done_event_type",
    "BetaResponseOutputTextAnnotationAddedEvent": "beta_response_output_text_annotation_added_event",
    "BetaResponseOutputTextAnnotationAddedEventType": "beta_response_output_text_annotation_added_event_type",
    "BetaResponsePromptVariablesType0": "beta_response_prompt_variables_type_0",
    "BetaResponseProperties": "beta_response_properties",
    "BetaResponseQueuedEvent": "beta_response_queued_event",
    "BetaResponseQueuedEventType": "beta_response_queued_event_type",
    "BetaResponseReasoningSummaryPartAddedEvent": "beta_response_reasoning_summary_part_added_event",
    "BetaResponseReasoningSummaryPartAddedEventPart": "beta_response_reasoning_summary_part_added_event_part",
    "BetaResponseReasoningSummaryPartAddedEventPartType": "beta_response_reasoning_summary_part_added_event_part_type",
    "BetaResponseReasoningSummaryPartAddedEventType": "beta_response_reasoning_summary_part_added_event_type",
    "BetaResponseReasoningSummaryPartDoneEvent": "beta_response_reasoning_summary_part_done_event",
    "BetaResponseReasoningSummaryPartDoneEventPart": "beta_response_reasoning_summary_part_done_event_part",
    "BetaResponseReasoningSummaryPartDoneEventPartType": "beta_response_reasoning_summary_part_done_event_part_type",
    "BetaResponseReasoningSummaryPartDoneEventStatus": "beta_response_reasoning_summary_part_done_event_status",
    "BetaResponseReasoningSummaryPartDoneEventType": "beta_response_reasoning_summary_part_done_event_type",
    "BetaResponseReasoningSummaryTextDeltaEvent": "beta_response_reasoning_summary_text_delta_event",
    "BetaResponseReasoningSummaryTextDeltaEventType": "beta_response_reasoning_summary_text_delta_event_type",
    "BetaResponseReasoningSummaryTextDoneEvent": "beta_response_reasoning_summary_text_done_event",
    "BetaResponseReasoningSummaryTextDoneEventType": "beta_response_reasoning_summary_text_done_event_type",
    "BetaResponseReasoningTextDeltaEvent": "beta_response_reasoning_text_delta_event",
    "BetaResponseReasoningTextDeltaEventType": "beta_response_reasoning_text_delta_event_type",
    "BetaResponseReasoningTextDoneEvent": "beta_response_reasoning_text_done_event",
    "BetaResponseReasoningTextDoneEventType": "beta_response_reasoning_text_done_event_type",
    "BetaResponseRefusalDeltaEvent": "beta_response_refusal_delta_event",
    "BetaResponseRefusalDeltaEventType": "beta_response_refusal_delta_event_type",
    "BetaResponseRefusalDoneEvent": "beta_response_refusal_done_event",
    "BetaResponseRefusalDoneEventType": "beta_response_refusal_done_event_type",
    "BetaResponseShellCallCommandAddedStreamingEvent": "beta_response_shell_call_command_added_streaming_event",
    "BetaResponseShellCallCommandAddedStreamingEventType": "beta_response_shell_call_command_added_streaming_event_type",
    "BetaResponseShellCallCommandDeltaStreamingEvent": "beta_response_shell_call_command_delta_streaming_event",
    "BetaResponseShellCallCommandDeltaStreamingEventType": "beta_response_shell_call_command_delta_streaming_event_type",
    "BetaResponseShellCallCommandDoneStreamingEvent": "beta_response_shell_call_command_done_streaming_event",
    "BetaResponseShellCallCommandDoneStreamingEventType": "beta_response_shell_call_command_done_streaming_event_type",
    "BetaResponseShellCallOutputContentDeltaStreamingEvent": "beta_response_shell_call_output_content_delta_streaming_event",
    "BetaResponseShellCallOutputContentDeltaStreamingEventType": "beta_response_shell_call_output_content_delta_streaming_event_type",
    "BetaResponseShellCallOutputContentDoneStreamingEvent": "beta_response_shell_call_output_content_done_streaming_event",
    "BetaResponseShellCallOutputContentDoneStreamingEventType": "beta_response_shell_call_output_content_done_streaming_event_type",
    "BetaResponseStatus": "beta_response_status",
    "BetaResponseStreamOptionsType0": "beta_response_stream_options_type_0",
    "BetaResponseTextDeltaEvent": "beta_response_text_delta_event",
    "BetaResponseTextDeltaEventType": "beta_response_text_delta_event_type",
    "BetaResponseTextDoneEvent": "beta_response_text_done_event",
    "BetaResponseTextDoneEventType": "beta_response_text_done_event_type",
    "BetaResponseTextParam": "beta_response_text_param",
    "BetaResponseTruncationType0": "beta_response_truncation_type_0",
    "BetaResponseUsage": "beta_response_usage",
    "BetaResponseUsageInputTokensDetails": "beta_response_usage_input_tokens_details",
    "BetaResponseUsageOutputTokensDetails": "beta_response_usage_output_tokens_details",
    "BetaResponseWebSearchCallCompletedEvent": "beta_response_web_search_call_completed_event",
    "BetaResponseWebSearchCallCompletedEventType": "beta_response_web_search_call_completed_event_type",
    "BetaResponseWebSearchCallInProgressEvent": "beta_response_web_search_call_in_progress_event",
    "BetaResponseWebSearchCallInProgressEventType": "beta_response_web_search_call_in_progress_event_type",
    "BetaResponseWebSearchCallSearchingEvent": "beta_response_web_search_call_searching_event",
    "BetaResponseWebSearchCallSearchingEventType": "beta_response_web_search_call_searching_event_type",
    "BetaResponseWsError": "beta_response_ws_error",
    "BetaResponseWsErrorType": "beta_response_ws_error_type",
    "BetaResponsesClientEventResponseCreate": "beta_responses_client_event_response_create",
    "BetaResponsesClientEventResponseCreateType": "beta_responses_client_event_response_create_type",
    "BetaResponsesServerEventType0": "beta_responses_server_event_type_0",
    "BetaResponsesServerEventType1": "beta_responses_server_event_type_1",
    "BetaResponsesServerEventType10": "beta_responses_server_event_type_10",
    "BetaResponsesServerEventType11": "beta_responses_server_event_type_11",
    "BetaResponsesServerEventType12": "beta_responses_server_event_type_12",
    "BetaResponsesServerEventType13": "beta_responses_server_event_type_13",
    "BetaResponsesServerEventType14": "beta_responses_server_event_type_14",
    "BetaResponsesServerEventType15": "beta_responses_server_event_type_15",
    "BetaResponsesServerEventType16": "beta_responses_server_event_type_16",
    "BetaResponsesServerEventType17": "beta_responses_server_event_type_17",
    "BetaResponsesServerEventType18": "beta_responses_server_event_type_18",
    "BetaResponsesServerEventType19": "beta_responses_server_event_type_19",
    "BetaResponsesServerEventType2": "beta_responses_server_event_type_2",
    "BetaResponsesServerEventType20": "beta_responses_server_event_type_20",
    "BetaResponsesServerEventType21": "beta_responses_server_event_type_21",
    "BetaResponsesServerEventType22": "beta_responses_server_event_type_22",
    "BetaResponsesServerEventType23": "beta_responses_server_event_type_23",
    "BetaResponsesServerEventType24": "beta_responses_server_event_type_24",
    "BetaResponsesServerEventType25": "beta_responses_server_event_type_25",
    "BetaResponsesServerEventType26": "beta_responses_server_event_type_26",
    "BetaResponsesServerEventType27": "beta_responses_server_event_type_27",
    "BetaResponsesServerEventType28": "beta_responses_server_event_type_28",
    "BetaResponsesServerEventType29": "beta_responses_server_event_type_29",
    "BetaResponsesServerEventType3": "beta_responses_server_event_type_3",
    "BetaResponsesServerEventType30": "beta_responses_server_event_type_30",
    "BetaResponsesServerEventType31": "beta_responses_server_event_type_31",
    "BetaResponsesServerEventType32": "beta_responses_server_event_type_32",
    "BetaResponsesServerEventType33": "beta_responses_server_event_type_33",
    "BetaResponsesServerEventType34": "beta_responses_server_event_type_34",
    "BetaResponsesServerEventType35": "beta_responses_server_event_type_35",
    "BetaResponsesServerEventType36": "beta_responses_server_event_type_36",
    "BetaResponsesServerEventType37": "beta_responses_server_event_type_37",
    "BetaResponsesServerEventType38": "beta_responses_server_event_type_38",
    "BetaResponsesServerEventType39": "beta_responses_server_event_type_39",
    "BetaResponsesServerEventType4": "beta_responses_server_event_type_4",
    "BetaResponsesServerEventType40": "beta_responses_server_event_type_40",
    "BetaResponsesServerEventType41": "beta_responses_server_event_type_41",
    "BetaResponsesServerEventType42": "beta_responses_server_event_type_42",
    "BetaResponsesServerEventType43": "beta_responses_server_event_type_43",
    "BetaResponsesServerEventType44": "beta_responses_server_event_type_44",
    "BetaResponsesServerEventType45": "beta_responses_server_event_type_45",
    "BetaResponsesServerEventType46": "beta_responses_server_event_type_46",
    "BetaResponsesServerEventType47": "beta_responses_server_event_type_47",
    "BetaResponsesServerEventType48": "beta_responses_server_event_type_48",
    "BetaResponsesServerEventType49": "beta_responses_server_event_type_49",
    "BetaResponsesServerEventType5": "beta_responses_server_event_type_5",
    "BetaResponsesServerEventType50": "beta_responses_server_event_type_50",
    "BetaResponsesServerEventType51": "beta_responses_server_event_type_51",
    "BetaResponsesServerEventType52": "beta_responses_server_event_type_52",
    "BetaResponsesServerEventType53": "beta_responses_server_event_type_53",
    "BetaResponsesServerEventType54": "beta_responses_server_event_type_54",
    "BetaResponsesServerEventType55": "beta_responses_server_event_type_55",
    "BetaResponsesServerEventType56": "beta_responses_server_event_type_56",
    "BetaResponsesServerEventType6": "beta_responses_server_event_type_6",
    "BetaResponsesServerEventType7": "beta_responses_server_event_type_7",
    "BetaResponsesServerEventType8": "beta_responses_server_event_type_8",
    "BetaResponsesServerEventType9": "beta_responses_server_event_type_9",
    "BetaResponsesWebSocketStreamEvent": "beta_responses_web_socket_stream_event",
    "BetaScreenshotParam": "beta_screenshot_param",
    "BetaScreenshotParamType": "beta_screenshot_param_type",
    "BetaScrollParam": "beta_scroll_param",
    "BetaScrollParamType": "beta_scroll_param_type",
    "BetaSearchContentType": "beta_search_content_type",
    "BetaSearchContextSize": "beta_search_context_size",
    "BetaServiceTierEnum": "beta_service_tier_enum",
    "BetaServiceTierResponsesType0": "beta_service_tier_responses_type_0",
    "BetaShellCallOutputDelta": "beta_shell_call_output_delta",
    "BetaSkillReferenceParam": "beta_skill_reference_param",
    "BetaSkillReferenceParamType": "beta_skill_reference_param_type",
    "BetaSpecificApplyPatchParam": "beta_specific_apply_patch_param",
    "BetaSpecificApplyPatchParamType": "beta_specific_apply_patch_param_type",
    "BetaSpecificFunctionShellParam": "beta_specific_function_shell_param",
    "BetaSpecificFunctionShellParamType": "beta_specific_function_shell_param_type",
    "BetaSpecificProgrammaticToolCallingParam": "beta_specific_programmatic_tool_calling_param",
    "BetaSpecificProgrammaticToolCallingParamType": "beta_specific_programmatic_tool_calling_param_type",
    "BetaSummaryTextContent": "beta_summary_text_content",
    "BetaSummaryTextContentType": "beta_summary_text_content_type",
    "BetaTextContent": "beta_text_content",
    "BetaTextContentType": "beta_text_content_type",
    "BetaTextResponseFormatJsonSchema": "beta_text_response_format_json_schema",
    "BetaTextResponseFormatJsonSchemaType": "beta_text_response_format_json_schema_type",
    "BetaTokenCountsBody": "beta_token_counts_body",
    "BetaTokenCountsResource": "beta_token_counts_resource",
    "BetaTokenCountsResourceObject": "beta_token_counts_resource_object",
    "BetaToolChoiceAllowed": "beta_tool_choice_allowed",
    "BetaToolChoiceAllowedMode": "beta_tool_choice_allowed_mode",
    "BetaToolChoiceAllowedToolsItem": "beta_tool_choice_allowed_tools_item",
    "BetaToolChoiceAllowedType": "beta_tool_choice_allowed_type",
    "BetaToolChoiceCustom": "beta_tool_choice_custom",
    "BetaToolChoiceCustomType": "beta_tool_choice_custom_type",
    "BetaToolChoiceFunction": "beta_tool_choice_function",
    "BetaToolChoiceFunctionType": "beta_tool_choice_function_type",
    "BetaToolChoiceMCP": "beta_tool_choice_mcp",
    "BetaToolChoiceMCPType": "beta_tool_choice_mcp_type",
    "BetaToolChoiceOptions": "beta_tool_choice_options",
    "BetaToolChoiceTypes": "beta_tool_choice_types",
    "BetaToolChoiceTypesType": "beta_tool_choice_types_type",
    "BetaToolSearchCall": "beta_tool_search_call",
    "BetaToolSearchCallItemParam": "beta_tool_search_call_item_param",
    "BetaToolSearchCallItemParamType": "beta_tool_search_call_item_param_type",
    "BetaToolSearchCallType": "beta_tool_search_call_type",
    "BetaToolSearchExecutionType": "beta_tool_search_execution_type",
    "BetaToolSearchOutput": "beta_tool_search_output",
    "BetaToolSearchOutputItemParam": "beta_tool_search_output_item_param",
    "BetaToolSearchOutputItemParamType": "beta_tool_search_output_item_param_type",
    "BetaToolSearchOutputType": "beta_tool_search_output_type",
    "BetaToolSearchToolParam": "beta_tool_search_tool_param",
    "BetaToolSearchToolParamType": "beta_tool_search_tool_param_type",
    "BetaTopLogProb": "beta_top_log_prob",
    "BetaTruncationEnum": "beta_truncation_enum",
    "BetaTypeParam": "beta_type_param",
    "BetaTypeParamType": "beta_type_param_type",
    "BetaUrlCitationBody": "beta_url_citation_body",
    "BetaUrlCitationBodyType": "beta_url_citation_body_type",
    "BetaUrlCitationParam": "beta_url_citation_param",
    "BetaUrlCitationParamType": "beta_url_citation_param_type",
    "BetaVectorStoreFileAttributesType0": "beta_vector_store_file_attributes_type_0",
    "BetaVerbosityType0": "beta_verbosity_type_0",
    "BetaWaitParam": "beta_wait_param",
    "BetaWaitParamType": "beta_wait_param_type",
    "BetaWebSearchActionFind": "beta_web_search_action_find",
    "BetaWebSearchActionFindType": "beta_web_search_action_find_type",
    "BetaWebSearchActionOpenPage": "beta_web_search_action_open_page",
    "BetaWebSearchActionOpenPageType": "beta_web_search_action_open_page_type",
    "BetaWebSearchActionSearch": "beta_web_search_action_search",
    "BetaWebSearchActionSearchSourcesItem": "beta_web_search_action_search_sources_item",
    "BetaWebSearchActionSearchSourcesItemType": "beta_web_search_action_search_sources_item_type",
    "BetaWebSearchActionSearchType": "beta_web_search_action_search_type",
    "BetaWebSearchApproximateLocationType0": "beta_web_search_approximate_location_type_0",
    "BetaWebSearchApproximateLocationType0Type": "beta_web_search_approximate_location_type_0_type",
    "BetaWebSearchPreviewTool": "beta_web_search_preview_tool",
    "BetaWebSearchPreviewToolType": "beta_web_search_preview_tool_type",
    "BetaWebSearchTool": "beta_web_search_tool",
    "BetaWebSearchToolCall": "beta_web_search_tool_call",
    "BetaWebSearchToolCallStatus": "beta_web_search_tool_call_status",
    "BetaWebSearchToolCallType": "beta_web_search_tool_call_type",
    "BetaWebSearchToolFiltersType0": "beta_web_search_tool_filters_type_0",
    "BetaWebSearchToolSearchContextSize": "beta_web_search_tool_search_context_size",
    "BetaWebSearchToolType": "beta_web_search_tool_type",
    "C2PAProvenanceResult": "c2pa_provenance_result",
    "C2PAProvenanceResultType": "c2pa_provenance_result_type",
    "C2PAValidationStateApi": "c2pa_validation_state_api",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "Certificate": "certificate",
    "CertificateCertificateDetails": "certificate_certificate_details",
    "CertificateObject": "certificate_object",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsChoiceType": "chat_completion_allowed_tools_choice_type",
    "ChatCompletionAllowedToolsMode": "chat_completion_allowed_tools_mode",
    "ChatCompletionAllowedToolsToolsItem": "chat_completion_allowed_tools_tools_item",
    "ChatCompletionDeleted": "chat_completion_deleted",
    "ChatCompletionDeletedObject": "chat_completion_deleted_object",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionList": "chat_completion_list",
    "ChatCompletionListObject": "chat_completion_list_object",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustom": "chat_completion_message_custom_tool_call_custom",
    "ChatCompletionMessageCustomToolCallType": "chat_completion_message_custom_tool_call_type",
    "ChatCompletionMessageList": "chat_completion_message_list",
    "ChatCompletionMessageListDataItem": "chat_completion_message_list_data_item",
    "ChatCompletionMessageListObject": "chat_completion_message_list_object",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallChunkType": "chat_completion_message_tool_call_chunk_type",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallType": "chat_completion_message_tool_call_type",
    "ChatCompletionModalitiesType0Item": "chat_completion_modalities_type_0_item",
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
    "ChatCompletionRole": "chat_completion_role",
    "ChatCompletionStreamOptionsType0": "chat_completion_stream_options_type_0",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta_function_call",
    "ChatCompletionStreamResponseDeltaRole": "chat_completion_stream_response_delta_role",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobsItem": "chat_completion_token_logprob_top_logprobs_item",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOptionType0": "chat_completion_tool_choice_option_type_0",
    "ChatCompletionToolType": "chat_completion_tool_type",
    "ChatSessionAutomaticThreadTitling": "chat_session_automatic_thread_titling",
    "ChatSessionChatkitConfiguration": "chat_session_chatkit_configuration",
    "ChatSessionFileUpload": "chat_session_file_upload",
    "ChatSessionHistory": "chat_session_history",
    "ChatSessionRateLimits": "chat_session_rate_limits",
    "ChatSessionResource": "chat_session_resource",
    "ChatSessionResourceObject": "chat_session_resource_object",
    "ChatSessionStatus": "chat_session_status",
    "ChatkitConfigurationParam": "chatkit_configuration_param",
    "ChatkitWorkflow": "chatkit_workflow",
    "ChatkitWorkflowStateVariablesType0": "chatkit_workflow_state_variables_type_0",
    "ChatkitWorkflowTracing": "chatkit_workflow_tracing",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClickParamType": "click_param_type",
    "ClientToolCallItem": "client_tool_call_item",
    "ClientToolCallItemObject": "client_tool_call_item_object",
    "ClientToolCallItemType": "client_tool_call_item_type",
    "ClientToolCallStatus": "client_tool_call_status",
    "ClosedStatus": "closed_status",
    "ClosedStatusType": "closed_status_type",
    "CodeInterpreterFileOutput": "code_interpreter_file_output",
    "CodeInterpreterFileOutputFilesItem": "code_interpreter_file_output_files_item",
    "CodeInterpreterFileOutputType": "code_interpreter_file_output_type",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputImageType": "code_interpreter_output_image_type",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterOutputLogsType": "code_interpreter_output_logs_type",
    "CodeInterpreterTextOutput": "code_interpreter_text_output",
    "CodeInterpreterTextOutputType": "code_interpreter_text_output_type",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallStatus": "code_interpreter_tool_call_status",
    "CodeInterpreterToolCallType": "code_interpreter_tool_call_type",
    "CodeInterpreterToolType": "code_interpreter_tool_type",
    "CompactResource": "compact_resource",
    "CompactResourceObject": "compact_resource_object",
    "CompactResponseMethodPublicBody": "compact_response_method_public_body",
    "CompactionBody": "compaction_body",
    "CompactionBodyType": "compaction_body_type",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionSummaryItemParamType": "compaction_summary_item_param_type",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "CompactionTriggerItemParamType": "compaction_trigger_item_param_type",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterType": "comparison_filter_type",
    "CompleteUploadRequest": "complete_upload_request",
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
    "ComputerScreenshotContent": "computer_screenshot_content",
    "ComputerScreenshotContentType": "computer_screenshot_content_type",
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
    "ContainerFileCitationParam": "container_file_citation_param",
    "ContainerFileCitationParamType": "container_file_citation_param_type",
    "ContainerFileListResource": "container_file_list_resource",
    "ContainerFileListResourceObject": "container_file_list_resource_object",
    "ContainerFileResource": "container_file_resource",
    "ContainerListResource": "container_list_resource",
    "ContainerListResourceObject": "container_list_resource_object",
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
    "ContainerResource": "container_resource",
    "ContainerResourceExpiresAfter": "container_resource_expires_after",
    "ContainerResourceExpiresAfterAnchor": "container_resource_expires_after_anchor",
    "ContainerResourceMemoryLimit": "container_resource_memory_limit",
    "ContainerResourceNetworkPolicy": "container_resource_network_policy",
    "ContainerResourceNetworkPolicyType": "container_resource_network_policy_type",
    "ContextManagementParam": "context_management_param",
    "ConversationItemList": "conversation_item_list",
    "ConversationItemListObject": "conversation_item_list_object",
    "ConversationParam2": "conversation_param_2",
    "ConversationResource": "conversation_resource",
    "ConversationResourceObject": "conversation_resource_object",
    "CoordParam": "coord_param",
    "CostsResult": "costs_result",
    "CostsResultAmount": "costs_result_amount",
    "CostsResultObject": "costs_result_object",
    "CostsResultQuantityUnitType1": "costs_result_quantity_unit_type_1",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestToolResourcesType0": "create_assistant_request_tool_resources_type_0",
    "CreateAssistantRequestToolResourcesType0CodeInterpreter": "create_assistant_request_tool_resources_type_0_code_interpreter",
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
    "CreateChatSessionBody": "create_chat_session_body",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionRequestLogitBiasType0": "create_completion_request_logit_bias_type_0",
    "CreateCompletionRequestModelType1": "create_completion_request_model_type_1",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoicesItem": "create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemFinishReason": "create_completion_response_choices_item_finish_reason",
    "CreateCompletionResponseChoicesItemLogprobsType0": "create_completion_response_choices_item_logprobs_type_0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem": "create_completion_response_choices_item_logprobs_type_0_top_logprobs_item",
    "CreateCompletionResponseObject": "create_completion_response_object",
    "CreateContainerBody": "create_container_body",
    "CreateContainerBodyExpiresAfter": "create_container_body_expires_after",
    "CreateContainerBodyExpiresAfterAnchor": "create_container_body_expires_after_anchor",
    "CreateContainerBodyMemoryLimit": "create_container_body_memory_limit",
    "CreateContainerFileBody": "create_container_file_body",
    "CreateContentProvenanceBody": "create_content_provenance_body",
    "CreateConversationBody": "create_conversation_body",
    "CreateConversationItemsBody": "create_conversation_items_body",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestEncodingFormat": "create_embedding_request_encoding_format",
    "CreateEmbeddingRequestModelType1": "create_embedding_request_model_type_1",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseObject": "create_embedding_response_object",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesType0": "create_eval_completions_run_data_source_input_messages_type_0",
    "CreateEvalCompletionsRunDataSourceInputMessagesType0Type": "create_eval_completions_run_data_source_input_messages_type_0_type",
    "CreateEvalCompletionsRunDataSourceInputMessagesType1": "create_eval_completions_run_data_source_input_messages_type_1",
    "CreateEvalCompletionsRunDataSourceInputMessagesType1Type": "create_eval_completions_run_data_source_input_messages_type_1_type",
    "CreateEvalCompletionsRunDataSourceSamplingParams": "create_eval_completions_run_data_source_sampling_params",
    "CreateEvalCompletionsRunDataSourceType": "create_eval_completions_run_data_source_type",
    "CreateEvalCustomDataSourceConfig": "create_eval_custom_data_source_config",
    "CreateEvalCustomDataSourceConfigItemSchema": "create_eval_custom_data_source_config_item_schema",
    "CreateEvalCustomDataSourceConfigType": "create_eval_custom_data_source_config_type",
    "CreateEvalItemType0": "create_eval_item_type_0",
    "CreateEvalJsonlRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalJsonlRunDataSourceType": "create_eval_jsonl_run_data_source_type",
    "CreateEvalLabelModelGrader": "create_eval_label_model_grader",
    "CreateEvalLabelModelGraderType": "create_eval_label_model_grader_type",
    "CreateEvalLogsDataSourceConfig": "create_eval_logs_data_source_config",
    "CreateEvalLogsDataSourceConfigMetadata": "create_eval_logs_data_source_config_metadata",
    "CreateEvalLogsDataSourceConfigType": "create_eval_logs_data_source_config_type",
    "CreateEvalRequest": "create_eval_request",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesType0": "create_eval_responses_run_data_source_input_messages_type_0",
    "CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0": "create_eval_responses_run_data_source_input_messages_type_0_template_item_type_0",
    "CreateEvalResponsesRunDataSourceInputMessagesType0Type": "create_eval_responses_run_data_source_input_messages_type_0_type",
    "CreateEvalResponsesRunDataSourceInputMessagesType1": "create_eval_responses_run_data_source_input_messages_type_1",
    "CreateEvalResponsesRunDataSourceInputMessagesType1Type": "create_eval_responses_run_data_source_input_messages_type_1_type",
    "CreateEvalResponsesRunDataSourceSamplingParams": "create_eval_responses_run_data_source_sampling_params",
    "CreateEvalResponsesRunDataSourceSamplingParamsText": "create_eval_responses_run_data_source_sampling_params_text",
    "CreateEvalResponsesRunDataSourceType": "create_eval_responses_run_data_source_type",
    "CreateEvalRunRequest": "create_eval_run_request",
    "CreateEvalStoredCompletionsDataSourceConfig": "create_eval_stored_completions_data_source_config",
    "CreateEvalStoredCompletionsDataSourceConfigMetadata": "create_eval_stored_completions_data_source_config_metadata",
    "CreateEvalStoredCompletionsDataSourceConfigType": "create_eval_stored_completions_data_source_config_type",
    "CreateFileRequest": "create_file_request",
    "CreateFileRequestPurpose": "create_file_request_purpose",
    "CreateFineTuningCheckpointPermissionRequest": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparameters": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestHyperparametersBatchSizeType0": "create_fine_tuning_job_request_hyperparameters_batch_size_type_0",
    "CreateFineTuningJobRequestHyperparametersLearningRateMultiplierType0": "create_fine_tuning_job_request_hyperparameters_learning_rate_multiplier_type_0",
    "CreateFineTuningJobRequestHyperparametersNEpochsType0": "create_fine_tuning_job_request_hyperparameters_n_epochs_type_0",
    "CreateFineTuningJobRequestIntegrationsType0Item": "create_fine_tuning_job_request_integrations_type_0_item",
    "CreateFineTuningJobRequestIntegrationsType0ItemTypeType0": "create_fine_tuning_job_request_integrations_type_0_item_type_type_0",
    "CreateFineTuningJobRequestIntegrationsType0ItemWandb": "create_fine_tuning_job_request_integrations_type_0_item_wandb",
    "CreateFineTuningJobRequestModelType1": "create_fine_tuning_job_request_model_type_1",
    "CreateGroupBody": "create_group_body",
    "CreateGroupUserBody": "create_group_user_body",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageEditRequestBackgroundType0": "create_image_edit_request_background_type_0",
    "CreateImageEditRequestModelType1": "create_image_edit_request_model_type_1",
    "CreateImageEditRequestOutputFormatType0": "create_image_edit_request_output_format_type_0",
    "CreateImageEditRequestQualityType0": "create_image_edit_request_quality_type_0",
    "CreateImageEditRequestResponseFormatType0": "create_image_edit_request_response_format_type_0",
    "CreateImageEditRequestSizeType1": "create_image_edit_request_size_type_1",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestBackgroundType0": "create_image_request_background_type_0",
    "CreateImageRequestModelType1": "create_image_request_model_type_1",
    "CreateImageRequestModerationType0": "create_image_request_moderation_type_0",
    "CreateImageRequestOutputFormatType0": "create_image_request_output_format_type_0",
    "CreateImageRequestQualityType0": "create_image_request_quality_type_0",
    "CreateImageRequestResponseFormatType0": "create_image_request_response_format_type_0",
    "CreateImageRequestSizeType1": "create_image_request_size_type_1",
    "CreateImageRequestStyleType0": "create_image_request_style_type_0",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateImageVariationRequestModelType1": "create_image_variation_request_model_type_1",
    "CreateImageVariationRequestResponseFormatType0": "create_image_variation_request_response_format_type_0",
    "CreateImageVariationRequestSizeType0": "create_image_variation_request_size_type_0",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestAttachmentsType0Item": "create_message_request_attachments_type_0_item",
    "CreateMessageRequestRole": "create_message_request_role",
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
    "CreateProjectServiceAccountApiKeyBody": "create_project_service_account_api_key_body",
    "CreateResponse": "create_response",
    "CreateResponseTruncationType0": "create_response_truncation_type_0",
    "CreateRunIncludeItem": "create_run_include_item",
    "CreateRunRequest": "create_run_request",
    "CreateSkillBody": "create_skill_body",
    "CreateSkillVersionBody": "create_skill_version_body",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestModelType1": "create_speech_request_model_type_1",
    "CreateSpeechRequestResponseFormat": "create_speech_request_response_format",
    "CreateSpeechRequestStreamFormat": "create_speech_request_stream_format",
    "CreateSpendAlertBody": "create_spend_alert_body",
    "CreateSpendAlertBodyCurrency": "create_spend_alert_body_currency",
    "CreateSpendAlertBodyInterval": "create_spend_alert_body_interval",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestModelType1": "create_thread_and_run_request_model_type_1",
    "CreateThreadAndRunRequestToolResourcesType0": "create_thread_and_run_request_tool_resources_type_0",
    "CreateThreadAndRunRequestToolResourcesType0CodeInterpreter": "create_thread_and_run_request_tool_resources_type_0_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesType0FileSearch": "create_thread_and_run_request_tool_resources_type_0_file_search",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestToolResourcesType0": "create_thread_request_tool_resources_type_0",
    "CreateThreadRequestToolResourcesType0CodeInterpreter": "create_thread_request_tool_resources_type_0_code_interpreter",
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
    "CreateUploadRequest": "create_upload_request",
    "CreateUploadRequestPurpose": "create_upload_request_purpose",
    "CreateVectorStoreFileRequest": "create_vector_store_file_request",
    "CreateVectorStoreRequest": "create_vector_store_request",
    "CreateVideoCharacterBody": "create_video_character_body",
    "CreateVideoEditJsonBody": "create_video_edit_json_body",
    "CreateVideoEditMultipartBody": "create_video_edit_multipart_body",
    "CreateVideoExtendJsonBody": "create_video_extend_json_body",
    "CreateVideoExtendMultipartBody": "create_video_extend_multipart_body",
    "CreateVideoJsonBody": "create_video_json_body",
    "CreateVideoMultipartBody": "create_video_multipart_body",
    "CreateVideoRemixBody": "create_video_remix_body",
    "CreateVoiceConsentRequest": "create_voice_consent_request",
    "CreateVoiceRequest": "create_voice_request",
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
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteAssistantResponseObject": "delete_assistant_response_object",
    "DeleteCertificateResponse": "delete_certificate_response",
    "DeleteCertificateResponseObject": "delete_certificate_response_object",
    "DeleteEvalResponse200": "delete_eval_response_200",
    "DeleteEvalRunResponse200": "delete_eval_run_response_200",
    "DeleteFileResponse": "delete_file_response",
    "DeleteFileResponseObject": "delete_file_response_object",
    "DeleteFineTuningCheckpointPermissionResponse": "delete_fine_tuning_checkpoint_permission_response",
    "DeleteFineTuningCheckpointPermissionResponseObject": "delete_fine_tuning_checkpoint_permission_response_object",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteMessageResponseObject": "delete_message_response_object",
    "DeleteModelResponse": "delete_model_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeleteThreadResponseObject": "delete_thread_response_object",
    "DeleteVectorStoreFileResponse": "delete_vector_store_file_response",
    "DeleteVectorStoreFileResponseObject": "delete_vector_store_file_response_object",
    "DeleteVectorStoreResponse": "delete_vector_store_response",
    "DeleteVectorStoreResponseObject": "delete_vector_store_response_object",
    "DeletedConversationResource": "deleted_conversation_resource",
    "DeletedConversationResourceObject": "deleted_conversation_resource_object",
    "DeletedRoleAssignmentResource": "deleted_role_assignment_resource",
    "DeletedSkillResource": "deleted_skill_resource",
    "DeletedSkillResourceObject": "deleted_skill_resource_object",
    "DeletedSkillVersionResource": "deleted_skill_version_resource",
    "DeletedSkillVersionResourceObject": "deleted_skill_version_resource_object",
    "DeletedThreadResource": "deleted_thread_resource",
    "DeletedThreadResourceObject": "deleted_thread_resource_object",
    "DeletedVideoResource": "deleted_video_resource",
    "DeletedVideoResourceObject": "deleted_video_resource_object",
    "DetailEnum": "detail_enum",
    "DirectToolCallCaller": "direct_tool_call_caller",
    "DirectToolCallCallerParam": "direct_tool_call_caller_param",
    "DirectToolCallCallerParamType": "direct_tool_call_caller_param_type",
    "DirectToolCallCallerType": "direct_tool_call_caller_type",
    "DoneEvent": "done_event",
    "DoneEventData": "done_event_data",
    "DoneEventEvent": "done_event_event",
    "DoubleClickAction": "double_click_action",
    "DoubleClickActionType": "double_click_action_type",
    "DragParam": "drag_param",
    "DragParamType": "drag_param_type",
    "DragPoint": "drag_point",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageRole": "easy_input_message_role",
    "EasyInputMessageType": "easy_input_message_type",
    "EditImageBodyJsonParam": "edit_image_body_json_param",
    "EditImageBodyJsonParamBackgroundType0": "edit_image_body_json_param_background_type_0",
    "EditImageBodyJsonParamInputFidelityType0": "edit_image_body_json_param_input_fidelity_type_0",
    "EditImageBodyJsonParamModelType1": "edit_image_body_json_param_model_type_1",
    "EditImageBodyJsonParamModerationType0": "edit_image_body_json_param_moderation_type_0",
    "EditImageBodyJsonParamOutputFormatType0": "edit_image_body_json_param_output_format_type_0",
    "EditImageBodyJsonParamQualityType0": "edit_image_body_json_param_quality_type_0",
    "EditImageBodyJsonParamSizeType0": "edit_image_body_json_param_size_type_0",
    "Embedding": "embedding",
    "EmbeddingObject": "embedding_object",
    "EmptyModelParam": "empty_model_param",
    "Error": "error",
    "Error2": "error_2",
    "ErrorEvent": "error_event",
    "ErrorEventEvent": "error_event_event",
    "ErrorPayload": "error_payload",
    "ErrorPayloadHeaders": "error_payload_headers",
    "ErrorResponse": "error_response",
    "Eval": "eval_",
    "EvalApiError": "eval_api_error",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalCustomDataSourceConfigSchema": "eval_custom_data_source_config_schema",
    "EvalCustomDataSourceConfigType": "eval_custom_data_source_config_type",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalItem": "eval_item",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemContentOutputTextType": "eval_item_content_output_text_type",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalItemInputImageType": "eval_item_input_image_type",
    "EvalItemRole": "eval_item_role",
    "EvalItemType": "eval_item_type",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItem": "eval_jsonl_file_content_source_content_item",
    "EvalJsonlFileContentSourceContentItemItem": "eval_jsonl_file_content_source_content_item_item",
    "EvalJsonlFileContentSourceContentItemSample": "eval_jsonl_file_content_source_content_item_sample",
    "EvalJsonlFileContentSourceType": "eval_jsonl_file_content_source_type",
    "EvalJsonlFileIdSource": "eval_jsonl_file_id_source",
    "EvalJsonlFileIdSourceType": "eval_jsonl_file_id_source_type",
    "EvalList": "eval_list",
    "EvalListObject": "eval_list_object",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalLogsDataSourceConfigSchema": "eval_logs_data_source_config_schema",
    "EvalLogsDataSourceConfigType": "eval_logs_data_source_config_type",
    "EvalObject": "eval_object",
    "EvalResponsesSource": "eval_responses_source",
    "EvalResponsesSourceMetadataType0": "eval_responses_source_metadata_type_0",
    "EvalResponsesSourceType": "eval_responses_source_type",
    "EvalRun": "eval_run",
    "EvalRunList": "eval_run_list",
    "EvalRunListObject": "eval_run_list_object",
    "EvalRunObject": "eval_run_object",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemDatasourceItem": "eval_run_output_item_datasource_item",
    "EvalRunOutputItemList": "eval_run_output_item_list",
    "EvalRunOutputItemListObject": "eval_run_output_item_list_object",
    "EvalRunOutputItemObject": "eval_run_output_item_object",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalRunOutputItemResultSampleType0": "eval_run_output_item_result_sample_type_0",
    "EvalRunOutputItemSample": "eval_run_output_item_sample",
    "EvalRunOutputItemSampleInputItem": "eval_run_output_item_sample_input_item",
    "EvalRunOutputItemSampleOutputItem": "eval_run_output_item_sample_output_item",
    "EvalRunOutputItemSampleUsage": "eval_run_output_item_sample_usage",
    "EvalRunPerModelUsageItem": "eval_run_per_model_usage_item",
    "EvalRunPerTestingCriteriaResultsItem": "eval_run_per_testing_criteria_results_item",
    "EvalRunResultCounts": "eval_run_result_counts",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsDataSourceConfigSchema": "eval_stored_completions_data_source_config_schema",
    "EvalStoredCompletionsDataSourceConfigType": "eval_stored_completions_data_source_config_type",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "EvalStoredCompletionsSourceType": "eval_stored_completions_source_type",
    "ExpiresAfterParam": "expires_after_param",
    "ExpiresAfterParamAnchor": "expires_after_param_anchor",
    "FileAnnotation": "file_annotation",
    "FileAnnotationSource": "file_annotation_source",
    "FileAnnotationSourceType": "file_annotation_source_type",
    "FileAnnotationType": "file_annotation_type",
    "FileCitationBody": "file_citation_body",
    "FileCitationBodyType": "file_citation_body_type",
    "FileCitationParam": "file_citation_param",
    "FileCitationParamType": "file_citation_param_type",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfter": "file_expiration_after",
    "FileExpirationAfterAnchor": "file_expiration_after_anchor",
    "FileInputDetail": "file_input_detail",
    "FilePath": "file_path",
    "FilePathType": "file_path_type",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallResultsType0Item": "file_search_tool_call_results_type_0_item",
    "FileSearchToolCallStatus": "file_search_tool_call_status",
    "FileSearchToolCallType": "file_search_tool_call_type",
    "FileSearchToolType": "file_search_tool_type",
    "FileUploadParam": "file_upload_param",
    "FineTuneChatCompletionRequestAssistantMessage": "fine_tune_chat_completion_request_assistant_message",
    "FineTuneChatCompletionRequestAssistantMessageWeight": "fine_tune_chat_completion_request_assistant_message_weight",
    "FineTuneDPOHyperparameters": "fine_tune_dpo_hyperparameters",
    "FineTuneDPOHyperparametersBatchSizeType0": "fine_tune_dpo_hyperparameters_batch_size_type_0",
    "FineTuneDPOHyperparametersBetaType0": "fine_tune_dpo_hyperparameters_beta_type_0",
    "FineTuneDPOHyperparametersLearningRateMultiplierType0": "fine_tune_dpo_hyperparameters_learning_rate_multiplier_type_0",
    "FineTuneDPOHyperparametersNEpochsType0": "fine_tune_dpo_hyperparameters_n_epochs_type_0",
    "FineTuneDPOMethod": "fine_tune_dpo_method",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneMethodType": "fine_tune_method_type",
    "FineTuneReinforcementHyperparameters": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementHyperparametersBatchSizeType0": "fine_tune_reinforcement_hyperparameters_batch_size_type_0",
    "FineTuneReinforcementHyperparametersComputeMultiplierType0": "fine_tune_reinforcement_hyperparameters_compute_multiplier_type_0",
    "FineTuneReinforcementHyperparametersEvalIntervalType0": "fine_tune_reinforcement_hyperparameters_eval_interval_type_0",
    "FineTuneReinforcementHyperparametersEvalSamplesType0": "fine_tune_reinforcement_hyperparameters_eval_samples_type_0",
    "FineTuneReinforcementHyperparametersLearningRateMultiplierType0": "fine_tune_reinforcement_hyperparameters_learning_rate_multiplier_type_0",
    "FineTuneReinforcementHyperparametersNEpochsType0": "fine_tune_reinforcement_hyperparameters_n_epochs_type_0",
    "FineTuneReinforcementHyperparametersReasoningEffort": "fine_tune_reinforcement_hyperparameters_reasoning_effort",
    "FineTuneReinforcementMethod": "fine_tune_reinforcement_method",
    "FineTuneSupervisedHyperparameters": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedHyperparametersBatchSizeType0": "fine_tune_supervised_hyperparameters_batch_size_type_0",
    "FineTuneSupervisedHyperparametersLearningRateMultiplierType0": "fine_tune_supervised_hyperparameters_learning_rate_multiplier_type_0",
    "FineTuneSupervisedHyperparametersNEpochsType0": "fine_tune_supervised_hyperparameters_n_epochs_type_0",
    "FineTuneSupervisedMethod": "fine_tune_supervised_method",
    "FineTuningCheckpointPermission": "fine_tuning_checkpoint_permission",
    "FineTuningCheckpointPermissionObject": "fine_tuning_checkpoint_permission_object",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationType": "fine_tuning_integration_type",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint_metrics",
    "FineTuningJobCheckpointObject": "fine_tuning_job_checkpoint_object",
    "FineTuningJobErrorType0": "fine_tuning_job_error_type_0",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobEventData": "fine_tuning_job_event_data",
    "FineTuningJobEventLevel": "fine_tuning_job_event_level",
    "FineTuningJobEventObject": "fine_tuning_job_event_object",
    "FineTuningJobEventType": "fine_tuning_job_event_type",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FineTuningJobHyperparametersBatchSizeType0Type0": "fine_tuning_job_hyperparameters_batch_size_type_0_type_0",
    "FineTuningJobHyperparametersLearningRateMultiplierType0": "fine_tuning_job_hyperparameters_learning_rate_multiplier_type_0",
    "FineTuningJobHyperparametersNEpochsType0": "fine_tuning_job_hyperparameters_n_epochs_type_0",
    "FineTuningJobObject": "fine_tuning_job_object",
    "FineTuningJobStatus": "fine_tuning_job_status",
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
    "GetCertificateIncludeItem": "get_certificate_include_item",
    "GetChatCompletionMessagesOrder": "get_chat_completion_messages_order",
    "GetEvalRunOutputItemsOrder": "get_eval_run_output_items_order",
    "GetEvalRunOutputItemsStatus": "get_eval_run_output_items_status",
    "GetEvalRunsOrder": "get_eval_runs_order",
    "GetEvalRunsStatus": "get_eval_runs_status",
    "GetRunStepIncludeItem": "get_run_step_include_item",
    "GraderLabelModel": "grader_label_model",
    "GraderLabelModelType": "grader_label_model_type",
    "GraderMulti": "grader_multi",
    "GraderMultiType": "grader_multi_type",
    "GraderPython": "grader_python",
    "GraderPythonType": "grader_python_type",
    "GraderScoreModel": "grader_score_model",
    "GraderScoreModelSamplingParams": "grader_score_model_sampling_params",
    "GraderScoreModelType": "grader_score_model_type",
    "GraderStringCheck": "grader_string_check",
    "GraderStringCheckOperation": "grader_string_check_operation",
    "GraderStringCheckType": "grader_string_check_type",
    "GraderTextSimilarity": "grader_text_similarity",
    "GraderTextSimilarityEvaluationMetric": "grader_text_similarity_evaluation_metric",
    "GraderTextSimilarityType": "grader_text_similarity_type",
    "GrammarSyntax1": "grammar_syntax_1",
    "Group": "group",
    "GroupDeletedResource": "group_deleted_resource",
    "GroupDeletedResourceObject": "group_deleted_resource_object",
    "GroupListResource": "group_list_resource",
    "GroupListResourceObject": "group_list_resource_object",
    "GroupMemberUser": "group_member_user",
    "GroupMemberUserUserType": "group_member_user_user_type",
    "GroupObject": "group_object",
    "GroupResourceWithSuccess": "group_resource_with_success",
    "GroupResponse": "group_response",
    "GroupResponseGroupType": "group_response_group_type",
    "GroupRoleAssignment": "group_role_assignment",
    "GroupRoleAssignmentObject": "group_role_assignment_object",
    "GroupUser": "group_user",
    "GroupUserAssignment": "group_user_assignment",
    "GroupUserAssignmentObject": "group_user_assignment_object",
    "GroupUserDeletedResource": "group_user_deleted_resource",
    "GroupUserDeletedResourceObject": "group_user_deleted_resource_object",
    "HistoryParam": "history_param",
    "HostedToolPermission": "hosted_tool_permission",
    "HostedToolPermissionUpdate": "hosted_tool_permission_update",
    "HTTPError": "http_error",
    "HTTPErrorType": "http_error_type",
    "HybridSearchOptions": "hybrid_search_options",
    "Image": "image",
    "ImageDetail": "image_detail",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditCompletedEventBackground": "image_edit_completed_event_background",
    "ImageEditCompletedEventOutputFormat": "image_edit_completed_event_output_format",
    "ImageEditCompletedEventQuality": "image_edit_completed_event_quality",
    "ImageEditCompletedEventSize": "image_edit_completed_event_size",
    "ImageEditCompletedEventType": "image_edit_completed_event_type",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditPartialImageEventBackground": "image_edit_partial_image_event_background",
    "ImageEditPartialImageEventOutputFormat": "image_edit_partial_image_event_output_format",
    "ImageEditPartialImageEventQuality": "image_edit_partial_image_event_quality",
    "ImageEditPartialImageEventSize": "image_edit_partial_image_event_size",
    "ImageEditPartialImageEventType": "image_edit_partial_image_event_type",
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
    "ImageRefParam2": "image_ref_param_2",
    "ImagesResponse": "images_response",
    "ImagesResponseBackground": "images_response_background",
    "ImagesResponseOutputFormat": "images_response_output_format",
    "ImagesResponseQuality": "images_response_quality",
    "ImagesResponseSize": "images_response_size",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage_input_tokens_details",
    "IncludeEnum": "include_enum",
    "InferenceOptions": "inference_options",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillParamType": "inline_skill_param_type",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InlineSkillSourceParamMediaType": "inline_skill_source_param_media_type",
    "InlineSkillSourceParamType": "inline_skill_source_param_type",
    "InputAudio": "input_audio",
    "InputAudioInputAudio": "input_audio_input_audio",
    "InputAudioInputAudioFormat": "input_audio_input_audio_format",
    "InputAudioType": "input_audio_type",
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
    "Invite": "invite",
    "InviteDeleteResponse": "invite_delete_response",
    "InviteDeleteResponseObject": "invite_delete_response_object",
    "InviteListResponse": "invite_list_response",
    "InviteListResponseObject": "invite_list_response_object",
    "InviteObject": "invite_object",
    "InviteProjectGroupBody": "invite_project_group_body",
    "InviteProjectsItem": "invite_projects_item",
    "InviteProjectsItemRole": "invite_projects_item_role",
    "InviteRequest": "invite_request",
    "InviteRequestProjectsItem": "invite_request_projects_item",
    "InviteRequestProjectsItemRole": "invite_request_projects_item_role",
    "InviteRequestRole": "invite_request_role",
    "InviteRole": "invite_role",
    "InviteStatus": "invite_status",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamTypeType0": "item_reference_param_type_type_0",
    "KeyPressAction": "key_press_action",
    "KeyPressActionType": "key_press_action_type",
    "ListAssistantsOrder": "list_assistants_order",
    "ListAssistantsResponse": "list_assistants_response",
    "ListAuditLogsEffectiveAt": "list_audit_logs_effective_at",
    "ListAuditLogsResponse": "list_audit_logs_response",
    "ListAuditLogsResponseObject": "list_audit_logs_response_object",
    "ListBatchesResponse": "list_batches_response",
    "ListBatchesResponseObject": "list_batches_response_object",
    "ListCertificatesResponse": "list_certificates_response",
    "ListCertificatesResponseObject": "list_certificates_response_object",
    "ListChatCompletionsOrder": "list_chat_completions_order",
    "ListContainerFilesOrder": "list_container_files_order",
    "ListContainersOrder": "list_containers_order",
    "ListConversationItemsOrder": "list_conversation_items_order",
    "ListEvalsOrder": "list_evals_order",
    "ListEvalsOrderBy": "list_evals_order_by",
    "ListFilesInVectorStoreBatchFilter": "list_files_in_vector_store_batch_filter",
    "ListFilesInVectorStoreBatchOrder": "list_files_in_vector_store_batch_order",
    "ListFilesOrder": "list_files_order",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningCheckpointPermissionResponse": "list_fine_tuning_checkpoint_permission_response",
    "ListFineTuningCheckpointPermissionResponseObject": "list_fine_tuning_checkpoint_permission_response_object",
    "ListFineTuningCheckpointPermissionsOrder": "list_fine_tuning_checkpoint_permissions_order",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobCheckpointsResponseObject": "list_fine_tuning_job_checkpoints_response_object",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListFineTuningJobEventsResponseObject": "list_fine_tuning_job_events_response_object",
    "ListGroupRoleAssignmentsOrder": "list_group_role_assignments_order",
    "ListGroupUsersOrder": "list_group_users_order",
    "ListGroupsOrder": "list_groups_order",
    "ListInputItemsOrder": "list_input_items_order",
    "ListMessagesOrder": "list_messages_order",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListModelsResponseObject": "list_models_response_object",
    "ListOrganizationCertificatesOrder": "list_organization_certificates_order",
    "ListOrganizationSpendAlertsOrder": "list_organization_spend_alerts_order",
    "ListPaginatedFineTuningJobsMetadataType0": "list_paginated_fine_tuning_jobs_metadata_type_0",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListPaginatedFineTuningJobsResponseObject": "list_paginated_fine_tuning_jobs_response_object",
    "ListProjectApiKeysOwnerProjectAccess": "list_project_api_keys_owner_project_access",
    "ListProjectCertificatesOrder": "list_project_certificates_order",
    "ListProjectCertificatesResponse": "list_project_certificates_response",
    "ListProjectCertificatesResponseObject": "list_project_certificates_response_object",
    "ListProjectGroupRoleAssignmentsOrder": "list_project_group_role_assignments_order",
    "ListProjectGroupsOrder": "list_project_groups_order",
    "ListProjectRolesOrder": "list_project_roles_order",
    "ListProjectSpendAlertsOrder": "list_project_spend_alerts_order",
    "ListProjectUserRoleAssignmentsOrder": "list_project_user_role_assignments_order",
    "ListRolesOrder": "list_roles_order",
    "ListRunStepsIncludeItem": "list_run_steps_include_item",
    "ListRunStepsOrder": "list_run_steps_order",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsOrder": "list_runs_order",
    "ListRunsResponse": "list_runs_response",
    "ListUserRoleAssignmentsOrder": "list_user_role_assignments_order",
    "ListVectorStoreFilesFilter": "list_vector_store_files_filter",
    "ListVectorStoreFilesOrder": "list_vector_store_files_order",
    "ListVectorStoreFilesResponse": "list_vector_store_files_response",
    "ListVectorStoresOrder": "list_vector_stores_order",
    "ListVectorStoresResponse": "list_vector_stores_response",
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
    "LockedStatus": "locked_status",
    "LockedStatusType": "locked_status_type",
    "LogProb": "log_prob",
    "LogProbProperties": "log_prob_properties",
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
    "Message": "message",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": "message_content_image_file_object_image_file",
    "MessageContentImageFileObjectImageFileDetail": "message_content_image_file_object_image_file_detail",
    "MessageContentImageFileObjectType": "message_content_image_file_object_type",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrl": "message_content_image_url_object_image_url",
    "MessageContentImageUrlObjectImageUrlDetail": "message_content_image_url_object_image_url_detail",
    "MessageContentImageUrlObjectType": "message_content_image_url_object_type",
    "MessageContentRefusalObject": "message_content_refusal_object",
    "MessageContentRefusalObjectType": "message_content_refusal_object_type",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": "message_content_text_annotations_file_citation_object_file_citation",
    "MessageContentTextAnnotationsFileCitationObjectType": "message_content_text_annotations_file_citation_object_type",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": "message_content_text_annotations_file_path_object_file_path",
    "MessageContentTextAnnotationsFilePathObjectType": "message_content_text_annotations_file_path_object_type",
    "MessageContentTextObject": "message_content_text_object",
    "MessageContentTextObjectText": "message_content_text_object_text",
    "MessageContentTextObjectType": "message_content_text_object_type",
    "MessageDeltaContentImageFileObject": "message_delta_content_image_file_object",
    "MessageDeltaContentImageFileObjectImageFile": "message_delta_content_image_file_object_image_file",
    "MessageDeltaContentImageFileObjectImageFileDetail": "message_delta_content_image_file_object_image_file_detail",
    "MessageDeltaContentImageFileObjectType": "message_delta_content_image_file_object_type",
    "MessageDeltaContentImageUrlObject": "message_delta_content_image_url_object",
    "MessageDeltaContentImageUrlObjectImageUrl": "message_delta_content_image_url_object_image_url",
    "MessageDeltaContentImageUrlObjectImageUrlDetail": "message_delta_content_image_url_object_image_url_detail",
    "MessageDeltaContentImageUrlObjectType": "message_delta_content_image_url_object_type",
    "MessageDeltaContentRefusalObject": "message_delta_content_refusal_object",
    "MessageDeltaContentRefusalObjectType": "message_delta_content_refusal_object_type",
    "MessageDeltaContentTextAnnotationsFileCitationObject": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation": "message_delta_content_text_annotations_file_citation_object_file_citation",
    "MessageDeltaContentTextAnnotationsFileCitationObjectType": "message_delta_content_text_annotations_file_citation_object_type",
    "MessageDeltaContentTextAnnotationsFilePathObject": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath": "message_delta_content_text_annotations_file_path_object_file_path",
    "MessageDeltaContentTextAnnotationsFilePathObjectType": "message_delta_content_text_annotations_file_path_object_type",
    "MessageDeltaContentTextObject": "message_delta_content_text_object",
    "MessageDeltaContentTextObjectText": "message_delta_content_text_object_text",
    "MessageDeltaContentTextObjectType": "message_delta_content_text_object_type",
    "MessageDeltaObject": "message_delta_object",
    "MessageDeltaObjectDelta": "message_delta_object_delta",
    "MessageDeltaObjectDeltaRole": "message_delta_object_delta_role",
    "MessageDeltaObjectObject": "message_delta_object_object",
    "MessageObject": "message_object",
    "MessageObjectAttachmentsType0Item": "message_object_attachments_type_0_item",
    "MessageObjectIncompleteDetailsType0": "message_object_incomplete_details_type_0",
    "MessageObjectIncompleteDetailsType0Reason": "message_object_incomplete_details_type_0_reason",
    "MessageObjectObject": "message_object_object",
    "MessageObjectRole": "message_object_role",
    "MessageObjectStatus": "message_object_status",
    "MessagePhase": "message_phase",
    "MessagePhase2": "message_phase_2",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "MessageRequestContentTextObjectType": "message_request_content_text_object_type",
    "MessageRole": "message_role",
    "MessageStatus": "message_status",
    "MessageStreamEventType0": "message_stream_event_type_0",
    "MessageStreamEventType0Event": "message_stream_event_type_0_event",
    "MessageStreamEventType1": "message_stream_event_type_1",
    "MessageStreamEventType1Event": "message_stream_event_type_1_event",
    "MessageStreamEventType2": "message_stream_event_type_2",
    "MessageStreamEventType2Event": "message_stream_event_type_2_event",
    "MessageStreamEventType3": "message_stream_event_type_3",
    "MessageStreamEventType3Event": "message_stream_event_type_3_event",
    "MessageStreamEventType4": "message_stream_event_type_4",
    "MessageStreamEventType4Event": "message_stream_event_type_4_event",
    "MessageType": "message_type",
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
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesType0": "modify_assistant_request_tool_resources_type_0",
    "ModifyAssistantRequestToolResourcesType0CodeInterpreter": "modify_assistant_request_tool_resources_type_0_code_interpreter",
    "ModifyAssistantRequestToolResourcesType0FileSearch": "modify_assistant_request_tool_resources_type_0_file_search",
    "ModifyCertificateRequest": "modify_certificate_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestToolResourcesType0": "modify_thread_request_tool_resources_type_0",
    "ModifyThreadRequestToolResourcesType0CodeInterpreter": "modify_thread_request_tool_resources_type_0_code_interpreter",
    "ModifyThreadRequestToolResourcesType0FileSearch": "modify_thread_request_tool_resources_type_0_file_search",
    "MoveParam": "move_param",
    "MoveParamType": "move_param_type",
    "NamespaceToolParam": "namespace_tool_param",
    "NamespaceToolParamType": "namespace_tool_param_type",
    "NoiseReductionType": "noise_reduction_type",
    "OpenAIFile": "open_ai_file",
    "OpenAIFileObject": "open_ai_file_object",
    "OpenAIFilePurpose": "open_ai_file_purpose",
    "OpenAIFileStatus": "open_ai_file_status",
    "OrderEnum": "order_enum",
    "OrganizationCertificate": "organization_certificate",
    "OrganizationCertificateActivationResponse": "organization_certificate_activation_response",
    "OrganizationCertificateActivationResponseObject": "organization_certificate_activation_response_object",
    "OrganizationCertificateCertificateDetails": "organization_certificate_certificate_details",
    "OrganizationCertificateDeactivationResponse": "organization_certificate_deactivation_response",
    "OrganizationCertificateDeactivationResponseObject": "organization_certificate_deactivation_response_object",
    "OrganizationCertificateObject": "organization_certificate_object",
    "OrganizationDataRetention": "organization_data_retention",
    "OrganizationDataRetentionObject": "organization_data_retention_object",
    "OrganizationDataRetentionType": "organization_data_retention_type",
    "OrganizationProjectCertificate": "organization_project_certificate",
    "OrganizationProjectCertificateActivationResponse": "organization_project_certificate_activation_response",
    "OrganizationProjectCertificateActivationResponseObject": "organization_project_certificate_activation_response_object",
    "OrganizationProjectCertificateCertificateDetails": "organization_project_certificate_certificate_details",
    "OrganizationProjectCertificateDeactivationResponse": "organization_project_certificate_deactivation_response",
    "OrganizationProjectCertificateDeactivationResponseObject": "organization_project_certificate_deactivation_response_object",
    "OrganizationProjectCertificateObject": "organization_project_certificate_object",
    "OrganizationSpendAlert": "organization_spend_alert",
    "OrganizationSpendAlertCurrency": "organization_spend_alert_currency",
    "OrganizationSpendAlertDeletedResource": "organization_spend_alert_deleted_resource",
    "OrganizationSpendAlertDeletedResourceObject": "organization_spend_alert_deleted_resource_object",
    "OrganizationSpendAlertInterval": "organization_spend_alert_interval",
    "OrganizationSpendAlertListResource": "organization_spend_alert_list_resource",
    "OrganizationSpendAlertListResourceObject": "organization_spend_alert_list_resource_object",
    "OrganizationSpendAlertObject": "organization_spend_alert_object",
    "OrganizationSpendLimitDeletedResource": "organization_spend_limit_deleted_resource",
    "OrganizationSpendLimitDeletedResourceObject": "organization_spend_limit_deleted_resource_object",
    "OrganizationSpendLimitResource": "organization_spend_limit_resource",
    "OrganizationSpendLimitResourceObject": "organization_spend_limit_resource_object",
    "OtherChunkingStrategyResponseParam": "other_chunking_strategy_response_param",
    "OtherChunkingStrategyResponseParamType": "other_chunking_strategy_response_param_type",
    "OutputAudio": "output_audio",
    "OutputAudioType": "output_audio_type",
    "OutputMessage": "output_message",
    "OutputMessageRole": "output_message_role",
    "OutputMessageStatus": "output_message_status",
    "OutputMessageType": "output_message_type",
    "OutputTextContent": "output_text_content",
    "OutputTextContentType": "output_text_content_type",
    "PersonalityEnumType1": "personality_enum_type_1",
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
    "Project": "project",
    "ProjectApiKey": "project_api_key",
    "ProjectApiKeyDeleteResponse": "project_api_key_delete_response",
    "ProjectApiKeyDeleteResponseObject": "project_api_key_delete_response_object",
    "ProjectApiKeyListResponse": "project_api_key_list_response",
    "ProjectApiKeyListResponseObject": "project_api_key_list_response_object",
    "ProjectApiKeyObject": "project_api_key_object",
    "ProjectApiKeyOwner": "project_api_key_owner",
    "ProjectApiKeyOwnerProjectAccess": "project_api_key_owner_project_access",
    "ProjectApiKeyOwnerServiceAccount": "project_api_key_owner_service_account",
    "ProjectApiKeyOwnerType": "project_api_key_owner_type",
    "ProjectApiKeyOwnerUser": "project_api_key_owner_user",
    "ProjectCreateRequest": "project_create_request",
    "ProjectDataRetention": "project_data_retention",
    "ProjectDataRetentionObject": "project_data_retention_object",
    "ProjectDataRetentionType": "project_data_retention_type",
    "ProjectGroup": "project_group",
    "ProjectGroupDeletedResource": "project_group_deleted_resource",
    "ProjectGroupDeletedResourceObject": "project_group_deleted_resource_object",
    "ProjectGroupGroupType": "project_group_group_type",
    "ProjectGroupListResource": "project_group_list_resource",
    "ProjectGroupListResourceObject": "project_group_list_resource_object",
    "ProjectGroupObject": "project_group_object",
    "ProjectHostedToolPermissions": "project_hosted_tool_permissions",
    "ProjectHostedToolPermissionsUpdateRequest": "project_hosted_tool_permissions_update_request",
    "ProjectListResponse": "project_list_response",
    "ProjectListResponseObject": "project_list_response_object",
    "ProjectModelPermissions": "project_model_permissions",
    "ProjectModelPermissionsDeleteResponse": "project_model_permissions_delete_response",
    "ProjectModelPermissionsDeleteResponseObject": "project_model_permissions_delete_response_object",
    "ProjectModelPermissionsMode": "project_model_permissions_mode",
    "ProjectModelPermissionsObject": "project_model_permissions_object",
    "ProjectModelPermissionsUpdateRequest": "project_model_permissions_update_request",
    "ProjectModelPermissionsUpdateRequestMode": "project_model_permissions_update_request_mode",
    "ProjectObject": "project_object",
    "ProjectRateLimit": "project_rate_limit",
    "ProjectRateLimitListResponse": "project_rate_limit_list_response",
    "ProjectRateLimitListResponseObject": "project_rate_limit_list_response_object",
    "ProjectRateLimitObject": "project_rate_limit_object",
    "ProjectRateLimitUpdateRequest": "project_rate_limit_update_request",
    "ProjectServiceAccount": "project_service_account",
    "ProjectServiceAccountApiKey": "project_service_account_api_key",
    "ProjectServiceAccountApiKeyObject": "project_service_account_api_key_object",
    "ProjectServiceAccountCreateRequest": "project_service_account_create_request",
    "ProjectServiceAccountCreateResponse": "project_service_account_create_response",
    "ProjectServiceAccountCreateResponseObject": "project_service_account_create_response_object",
    "ProjectServiceAccountCreateResponseRole": "project_service_account_create_response_role",
    "ProjectServiceAccountDeleteResponse": "project_service_account_delete_response",
    "ProjectServiceAccountDeleteResponseObject": "project_service_account_delete_response_object",
    "ProjectServiceAccountListResponse": "project_service_account_list_response",
    "ProjectServiceAccountListResponseObject": "project_service_account_list_response_object",
    "ProjectServiceAccountObject": "project_service_account_object",
    "ProjectServiceAccountRole": "project_service_account_role",
    "ProjectSpendAlert": "project_spend_alert",
    "ProjectSpendAlertCurrency": "project_spend_alert_currency",
    "ProjectSpendAlertDeletedResource": "project_spend_alert_deleted_resource",
    "ProjectSpendAlertDeletedResourceObject": "project_spend_alert_deleted_resource_object",
    "ProjectSpendAlertInterval": "project_spend_alert_interval",
    "ProjectSpendAlertListResource": "project_spend_alert_list_resource",
    "ProjectSpendAlertListResourceObject": "project_spend_alert_list_resource_object",
    "ProjectSpendAlertObject": "project_spend_alert_object",
    "ProjectSpendLimitDeletedResource": "project_spend_limit_deleted_resource",
    "ProjectSpendLimitDeletedResourceObject": "project_spend_limit_deleted_resource_object",
    "ProjectSpendLimitResource": "project_spend_limit_resource",
    "ProjectSpendLimitResourceObject": "project_spend_limit_resource_object",
    "ProjectUpdateRequest": "project_update_request",
    "ProjectUser": "project_user",
    "ProjectUserCreateRequest": "project_user_create_request",
    "ProjectUserDeleteResponse": "project_user_delete_response",
    "ProjectUserDeleteResponseObject": "project_user_delete_response_object",
    "ProjectUserListResponse": "project_user_list_response",
    "ProjectUserObject": "project_user_object",
    "ProjectUserUpdateRequest": "project_user_update_request",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": "prompt_cache_breakpoint_config_mode",
    "PromptCacheBreakpointParam": "prompt_cache_breakpoint_param",
    "PromptCacheBreakpointParamMode": "prompt_cache_breakpoint_param_mode",
    "PromptCacheModeEnum": "prompt_cache_mode_enum",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsParam": "prompt_cache_options_param",
    "PromptCacheRetentionEnum": "prompt_cache_retention_enum",
    "PromptCacheTTLEnum": "prompt_cache_ttl_enum",
    "PromptType0": "prompt_type_0",
    "ProvenanceCheckObject": "provenance_check_object",
    "ProvenanceDetectionResultApi": "provenance_detection_result_api",
    "ProvenanceResource": "provenance_resource",
    "PublicAssignOrganizationGroupRoleBody": "public_assign_organization_group_role_body",
    "PublicCreateOrganizationRoleBody": "public_create_organization_role_body",
    "PublicProjectResidency": "public_project_residency",
    "PublicRoleListResource": "public_role_list_resource",
    "PublicRoleListResourceObject": "public_role_list_resource_object",
    "PublicUpdateOrganizationRoleBody": "public_update_organization_role_body",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RateLimitsParam": "rate_limits_param",
    "RealtimeAudioFormatsType0": "realtime_audio_formats_type_0",
    "RealtimeAudioFormatsType0Rate": "realtime_audio_formats_type_0_rate",
    "RealtimeAudioFormatsType0Type": "realtime_audio_formats_type_0_type",
    "RealtimeAudioFormatsType1": "realtime_audio_formats_type_1",
    "RealtimeAudioFormatsType1Type": "realtime_audio_formats_type_1_type",
    "RealtimeAudioFormatsType2": "realtime_audio_formats_type_2",
    "RealtimeAudioFormatsType2Type": "realtime_audio_formats_type_2_type",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemCreateType": "realtime_beta_client_event_conversation_item_create_type",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemDeleteType": "realtime_beta_client_event_conversation_item_delete_type",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemRetrieveType": "realtime_beta_client_event_conversation_item_retrieve_type",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventConversationItemTruncateType": "realtime_beta_client_event_conversation_item_truncate_type",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferAppendType": "realtime_beta_client_event_input_audio_buffer_append_type",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferClearType": "realtime_beta_client_event_input_audio_buffer_clear_type",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventInputAudioBufferCommitType": "realtime_beta_client_event_input_audio_buffer_commit_type",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventOutputAudioBufferClearType": "realtime_beta_client_event_output_audio_buffer_clear_type",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCancelType": "realtime_beta_client_event_response_cancel_type",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventResponseCreateType": "realtime_beta_client_event_response_create_type",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventSessionUpdateType": "realtime_beta_client_event_session_update_type",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdateType": "realtime_beta_client_event_transcription_session_update_type",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsConversationType1": "realtime_beta_response_create_params_conversation_type_1",
    "RealtimeBetaResponseCreateParamsMaxOutputTokensType1": "realtime_beta_response_create_params_max_output_tokens_type_1",
    "RealtimeBetaResponseCreateParamsModalitiesItem": "realtime_beta_response_create_params_modalities_item",
    "RealtimeBetaResponseCreateParamsOutputAudioFormat": "realtime_beta_response_create_params_output_audio_format",
    "RealtimeBetaResponseCreateParamsToolsItem": "realtime_beta_response_create_params_tools_item",
    "RealtimeBetaResponseCreateParamsToolsItemParameters": "realtime_beta_response_create_params_tools_item_parameters",
    "RealtimeBetaResponseCreateParamsToolsItemType": "realtime_beta_response_create_params_tools_item_type",
    "RealtimeBetaResponseMaxOutputTokensType1": "realtime_beta_response_max_output_tokens_type_1",
    "RealtimeBetaResponseModalitiesItem": "realtime_beta_response_modalities_item",
    "RealtimeBetaResponseObject": "realtime_beta_response_object",
    "RealtimeBetaResponseOutputAudioFormat": "realtime_beta_response_output_audio_format",
    "RealtimeBetaResponseStatus": "realtime_beta_response_status",
    "RealtimeBetaResponseStatusDetails": "realtime_beta_response_status_details",
    "RealtimeBetaResponseStatusDetailsError": "realtime_beta_response_status_details_error",
    "RealtimeBetaResponseStatusDetailsReason": "realtime_beta_response_status_details_reason",
    "RealtimeBetaResponseStatusDetailsType": "realtime_beta_response_status_details_type",
    "RealtimeBetaResponseUsage": "realtime_beta_response_usage",
    "RealtimeBetaResponseUsageInputTokenDetails": "realtime_beta_response_usage_input_token_details",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_beta_response_usage_input_token_details_cached_tokens_details",
    "RealtimeBetaResponseUsageOutputTokenDetails": "realtime_beta_response_usage_output_token_details",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemCreatedType": "realtime_beta_server_event_conversation_item_created_type",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemDeletedType": "realtime_beta_server_event_conversation_item_deleted_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_type",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemRetrievedType": "realtime_beta_server_event_conversation_item_retrieved_type",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventConversationItemTruncatedType": "realtime_beta_server_event_conversation_item_truncated_type",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorError": "realtime_beta_server_event_error_error",
    "RealtimeBetaServerEventErrorType": "realtime_beta_server_event_error_type",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferClearedType": "realtime_beta_server_event_input_audio_buffer_cleared_type",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferCommittedType": "realtime_beta_server_event_input_audio_buffer_committed_type",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStartedType": "realtime_beta_server_event_input_audio_buffer_speech_started_type",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventInputAudioBufferSpeechStoppedType": "realtime_beta_server_event_input_audio_buffer_speech_stopped_type",
    "RealtimeBetaServerEventMCPListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMCPListToolsCompletedType": "realtime_beta_server_event_mcp_list_tools_completed_type",
    "RealtimeBetaServerEventMCPListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMCPListToolsFailedType": "realtime_beta_server_event_mcp_list_tools_failed_type",
    "RealtimeBetaServerEventMCPListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventMCPListToolsInProgressType": "realtime_beta_server_event_mcp_list_tools_in_progress_type",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem": "realtime_beta_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_beta_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeBetaServerEventRateLimitsUpdatedType": "realtime_beta_server_event_rate_limits_updated_type",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDeltaType": "realtime_beta_server_event_response_audio_delta_type",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioDoneType": "realtime_beta_server_event_response_audio_done_type",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDeltaType": "realtime_beta_server_event_response_audio_transcript_delta_type",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDoneType": "realtime_beta_server_event_response_audio_transcript_done_type",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added_part",
    "RealtimeBetaServerEventResponseContentPartAddedPartType": "realtime_beta_server_event_response_content_part_added_part_type",
    "RealtimeBetaServerEventResponseContentPartAddedType": "realtime_beta_server_event_response_content_part_added_type",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseContentPartDonePartType": "realtime_beta_server_event_response_content_part_done_part_type",
    "RealtimeBetaServerEventResponseContentPartDoneType": "realtime_beta_server_event_response_content_part_done_type",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseCreatedType": "realtime_beta_server_event_response_created_type",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseDoneType": "realtime_beta_server_event_response_done_type",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType": "realtime_beta_server_event_response_function_call_arguments_delta_type",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType": "realtime_beta_server_event_response_function_call_arguments_done_type",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType": "realtime_beta_server_event_response_mcp_call_arguments_delta_type",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDoneType": "realtime_beta_server_event_response_mcp_call_arguments_done_type",
    "RealtimeBetaServerEventResponseMCPCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMCPCallCompletedType": "realtime_beta_server_event_response_mcp_call_completed_type",
    "RealtimeBetaServerEventResponseMCPCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMCPCallFailedType": "realtime_beta_server_event_response_mcp_call_failed_type",
    "RealtimeBetaServerEventResponseMCPCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseMCPCallInProgressType": "realtime_beta_server_event_response_mcp_call_in_progress_type",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemAddedType": "realtime_beta_server_event_response_output_item_added_type",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseOutputItemDoneType": "realtime_beta_server_event_response_output_item_done_type",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDeltaType": "realtime_beta_server_event_response_text_delta_type",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventResponseTextDoneType": "realtime_beta_server_event_response_text_done_type",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionCreatedType": "realtime_beta_server_event_session_created_type",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventSessionUpdatedType": "realtime_beta_server_event_session_updated_type",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionCreatedType": "realtime_beta_server_event_transcription_session_created_type",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionUpdatedType": "realtime_beta_server_event_transcription_session_updated_type",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemCreateType": "realtime_client_event_conversation_item_create_type",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemDeleteType": "realtime_client_event_conversation_item_delete_type",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemRetrieveType": "realtime_client_event_conversation_item_retrieve_type",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventConversationItemTruncateType": "realtime_client_event_conversation_item_truncate_type",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferAppendType": "realtime_client_event_input_audio_buffer_append_type",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferClearType": "realtime_client_event_input_audio_buffer_clear_type",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventInputAudioBufferCommitType": "realtime_client_event_input_audio_buffer_commit_type",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventOutputAudioBufferClearType": "realtime_client_event_output_audio_buffer_clear_type",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCancelType": "realtime_client_event_response_cancel_type",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventResponseCreateType": "realtime_client_event_response_create_type",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventSessionUpdateType": "realtime_client_event_session_update_type",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeClientEventTranscriptionSessionUpdateType": "realtime_client_event_transcription_session_update_type",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallObject": "realtime_conversation_item_function_call_object",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemFunctionCallOutputObject": "realtime_conversation_item_function_call_output_object",
    "RealtimeConversationItemFunctionCallOutputStatus": "realtime_conversation_item_function_call_output_status",
    "RealtimeConversationItemFunctionCallOutputType": "realtime_conversation_item_function_call_output_type",
    "RealtimeConversationItemFunctionCallStatus": "realtime_conversation_item_function_call_status",
    "RealtimeConversationItemFunctionCallType": "realtime_conversation_item_function_call_type",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageAssistantContentItemType": "realtime_conversation_item_message_assistant_content_item_type",
    "RealtimeConversationItemMessageAssistantObject": "realtime_conversation_item_message_assistant_object",
    "RealtimeConversationItemMessageAssistantRole": "realtime_conversation_item_message_assistant_role",
    "RealtimeConversationItemMessageAssistantStatus": "realtime_conversation_item_message_assistant_status",
    "RealtimeConversationItemMessageAssistantType": "realtime_conversation_item_message_assistant_type",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageSystemContentItemType": "realtime_conversation_item_message_system_content_item_type",
    "RealtimeConversationItemMessageSystemObject": "realtime_conversation_item_message_system_object",
    "RealtimeConversationItemMessageSystemRole": "realtime_conversation_item_message_system_role",
    "RealtimeConversationItemMessageSystemStatus": "realtime_conversation_item_message_system_status",
    "RealtimeConversationItemMessageSystemType": "realtime_conversation_item_message_system_type",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemMessageUserContentItemDetail": "realtime_conversation_item_message_user_content_item_detail",
    "RealtimeConversationItemMessageUserContentItemType": "realtime_conversation_item_message_user_content_item_type",
    "RealtimeConversationItemMessageUserObject": "realtime_conversation_item_message_user_object",
    "RealtimeConversationItemMessageUserRole": "realtime_conversation_item_message_user_role",
    "RealtimeConversationItemMessageUserStatus": "realtime_conversation_item_message_user_status",
    "RealtimeConversationItemMessageUserType": "realtime_conversation_item_message_user_type",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentItem": "realtime_conversation_item_with_reference_content_item",
    "RealtimeConversationItemWithReferenceContentItemType": "realtime_conversation_item_with_reference_content_item_type",
    "RealtimeConversationItemWithReferenceObject": "realtime_conversation_item_with_reference_object",
    "RealtimeConversationItemWithReferenceRole": "realtime_conversation_item_with_reference_role",
    "RealtimeConversationItemWithReferenceStatus": "realtime_conversation_item_with_reference_status",
    "RealtimeConversationItemWithReferenceType": "realtime_conversation_item_with_reference_type",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfter": "realtime_create_client_secret_request_expires_after",
    "RealtimeCreateClientSecretRequestExpiresAfterAnchor": "realtime_create_client_secret_request_expires_after_anchor",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeFunctionToolParameters": "realtime_function_tool_parameters",
    "RealtimeFunctionToolType": "realtime_function_tool_type",
    "RealtimeMCPApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMCPApprovalRequestType": "realtime_mcp_approval_request_type",
    "RealtimeMCPApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMCPApprovalResponseType": "realtime_mcp_approval_response_type",
    "RealtimeMCPListTools": "realtime_mcp_list_tools",
    "RealtimeMCPListToolsType": "realtime_mcp_list_tools_type",
    "RealtimeMCPProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMCPProtocolErrorType": "realtime_mcp_protocol_error_type",
    "RealtimeMCPToolCall": "realtime_mcp_tool_call",
    "RealtimeMCPToolCallType": "realtime_mcp_tool_call_type",
    "RealtimeMCPToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeMCPToolExecutionErrorType": "realtime_mcp_tool_execution_error_type",
    "RealtimeMCPHTTPError": "realtime_mcphttp_error",
    "RealtimeMCPHTTPErrorType": "realtime_mcphttp_error_type",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response_audio",
    "RealtimeResponseAudioOutput": "realtime_response_audio_output",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params_audio",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params_audio_output",
    "RealtimeResponseCreateParamsConversationType1": "realtime_response_create_params_conversation_type_1",
    "RealtimeResponseCreateParamsMaxOutputTokensType1": "realtime_response_create_params_max_output_tokens_type_1",
    "RealtimeResponseCreateParamsOutputModalitiesItem": "realtime_response_create_params_output_modalities_item",
    "RealtimeResponseMaxOutputTokensType1": "realtime_response_max_output_tokens_type_1",
    "RealtimeResponseObject": "realtime_response_object",
    "RealtimeResponseOutputModalitiesItem": "realtime_response_output_modalities_item",
    "RealtimeResponseStatus": "realtime_response_status",
    "RealtimeResponseStatusDetails": "realtime_response_status_details",
    "RealtimeResponseStatusDetailsError": "realtime_response_status_details_error",
    "RealtimeResponseStatusDetailsReason": "realtime_response_status_details_reason",
    "RealtimeResponseStatusDetailsType": "realtime_response_status_details_type",
    "RealtimeResponseUsage": "realtime_response_usage",
    "RealtimeResponseUsageInputTokenDetails": "realtime_response_usage_input_token_details",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_response_usage_input_token_details_cached_tokens_details",
    "RealtimeResponseUsageOutputTokenDetails": "realtime_response_usage_output_token_details",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created_conversation",
    "RealtimeServerEventConversationCreatedType": "realtime_server_event_conversation_created_type",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemAddedType": "realtime_server_event_conversation_item_added_type",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemCreatedType": "realtime_server_event_conversation_item_created_type",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDeletedType": "realtime_server_event_conversation_item_deleted_type",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemDoneType": "realtime_server_event_conversation_item_done_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType": "realtime_server_event_conversation_item_input_audio_transcription_completed_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType": "realtime_server_event_conversation_item_input_audio_transcription_delta_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedType": "realtime_server_event_conversation_item_input_audio_transcription_failed_type",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType": "realtime_server_event_conversation_item_input_audio_transcription_segment_type",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemRetrievedType": "realtime_server_event_conversation_item_retrieved_type",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventConversationItemTruncatedType": "realtime_server_event_conversation_item_truncated_type",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventErrorError": "realtime_server_event_error_error",
    "RealtimeServerEventErrorType": "realtime_server_event_error_type",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferClearedType": "realtime_server_event_input_audio_buffer_cleared_type",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferCommittedType": "realtime_server_event_input_audio_buffer_committed_type",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferDtmfEventReceivedType": "realtime_server_event_input_audio_buffer_dtmf_event_received_type",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStartedType": "realtime_server_event_input_audio_buffer_speech_started_type",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferSpeechStoppedType": "realtime_server_event_input_audio_buffer_speech_stopped_type",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventInputAudioBufferTimeoutTriggeredType": "realtime_server_event_input_audio_buffer_timeout_triggered_type",
    "RealtimeServerEventMCPListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMCPListToolsCompletedType": "realtime_server_event_mcp_list_tools_completed_type",
    "RealtimeServerEventMCPListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMCPListToolsFailedType": "realtime_server_event_mcp_list_tools_failed_type",
    "RealtimeServerEventMCPListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventMCPListToolsInProgressType": "realtime_server_event_mcp_list_tools_in_progress_type",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferClearedType": "realtime_server_event_output_audio_buffer_cleared_type",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStartedType": "realtime_server_event_output_audio_buffer_started_type",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventOutputAudioBufferStoppedType": "realtime_server_event_output_audio_buffer_stopped_type",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem": "realtime_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeServerEventRateLimitsUpdatedType": "realtime_server_event_rate_limits_updated_type",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDeltaType": "realtime_server_event_response_audio_delta_type",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioDoneType": "realtime_server_event_response_audio_done_type",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDeltaType": "realtime_server_event_response_audio_transcript_delta_type",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseAudioTranscriptDoneType": "realtime_server_event_response_audio_transcript_done_type",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartAddedPart": "realtime_server_event_response_content_part_added_part",
    "RealtimeServerEventResponseContentPartAddedPartType": "realtime_server_event_response_content_part_added_part_type",
    "RealtimeServerEventResponseContentPartAddedType": "realtime_server_event_response_content_part_added_type",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done_part",
    "RealtimeServerEventResponseContentPartDonePartType": "realtime_server_event_response_content_part_done_part_type",
    "RealtimeServerEventResponseContentPartDoneType": "realtime_server_event_response_content_part_done_type",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseCreatedType": "realtime_server_event_response_created_type",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseDoneType": "realtime_server_event_response_done_type",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDeltaType": "realtime_server_event_response_function_call_arguments_delta_type",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDoneType": "realtime_server_event_response_function_call_arguments_done_type",
    "RealtimeServerEventResponseMCPCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMCPCallArgumentsDeltaType": "realtime_server_event_response_mcp_call_arguments_delta_type",
    "RealtimeServerEventResponseMCPCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMCPCallArgumentsDoneType": "realtime_server_event_response_mcp_call_arguments_done_type",
    "RealtimeServerEventResponseMCPCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMCPCallCompletedType": "realtime_server_event_response_mcp_call_completed_type",
    "RealtimeServerEventResponseMCPCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMCPCallFailedType": "realtime_server_event_response_mcp_call_failed_type",
    "RealtimeServerEventResponseMCPCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseMCPCallInProgressType": "realtime_server_event_response_mcp_call_in_progress_type",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemAddedType": "realtime_server_event_response_output_item_added_type",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseOutputItemDoneType": "realtime_server_event_response_output_item_done_type",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDeltaType": "realtime_server_event_response_text_delta_type",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventResponseTextDoneType": "realtime_server_event_response_text_done_type",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionCreatedType": "realtime_server_event_session_created_type",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventSessionUpdatedType": "realtime_server_event_session_updated_type",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeServerEventTranscriptionSessionUpdatedType": "realtime_server_event_transcription_session_updated_type",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecret": "realtime_session_create_request_client_secret",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudio": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioInput": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction": "realtime_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateRequestGAAudioOutput": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGAIncludeItem": "realtime_session_create_request_ga_include_item",
    "RealtimeSessionCreateRequestGAMaxOutputTokensType1": "realtime_session_create_request_ga_max_output_tokens_type_1",
    "RealtimeSessionCreateRequestGAModelType1": "realtime_session_create_request_ga_model_type_1",
    "RealtimeSessionCreateRequestGAOutputModalitiesItem": "realtime_session_create_request_ga_output_modalities_item",
    "RealtimeSessionCreateRequestGATracingType0": "realtime_session_create_request_ga_tracing_type_0",
    "RealtimeSessionCreateRequestGATracingType1": "realtime_session_create_request_ga_tracing_type_1",
    "RealtimeSessionCreateRequestGATracingType1Metadata": "realtime_session_create_request_ga_tracing_type_1_metadata",
    "RealtimeSessionCreateRequestGAType": "realtime_session_create_request_ga_type",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestMaxResponseOutputTokensType1": "realtime_session_create_request_max_response_output_tokens_type_1",
    "RealtimeSessionCreateRequestToolsItem": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestToolsItemParameters": "realtime_session_create_request_tools_item_parameters",
    "RealtimeSessionCreateRequestToolsItemType": "realtime_session_create_request_tools_item_type",
    "RealtimeSessionCreateRequestTracingType0": "realtime_session_create_request_tracing_type_0",
    "RealtimeSessionCreateRequestTracingType1": "realtime_session_create_request_tracing_type_1",
    "RealtimeSessionCreateRequestTracingType1Metadata": "realtime_session_create_request_tracing_type_1_metadata",
    "RealtimeSessionCreateRequestTurnDetection": "realtime_session_create_request_turn_detection",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction": "realtime_session_create_response_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection": "realtime_session_create_response_audio_input_turn_detection",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudio": "realtime_session_create_response_ga_audio",
    "RealtimeSessionCreateResponseGAAudioInput": "realtime_session_create_response_ga_audio_input",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction": "realtime_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseGAAudioOutput": "realtime_session_create_response_ga_audio_output",
    "RealtimeSessionCreateResponseGAIncludeItem": "realtime_session_create_response_ga_include_item",
    "RealtimeSessionCreateResponseGAMaxOutputTokensType1": "realtime_session_create_response_ga_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseGAModelType1": "realtime_session_create_response_ga_model_type_1",
    "RealtimeSessionCreateResponseGAObject": "realtime_session_create_response_ga_object",
    "RealtimeSessionCreateResponseGAOutputModalitiesItem": "realtime_session_create_response_ga_output_modalities_item",
    "RealtimeSessionCreateResponseGATracingType0Type0": "realtime_session_create_response_ga_tracing_type_0_type_0",
    "RealtimeSessionCreateResponseGATracingType0Type1": "realtime_session_create_response_ga_tracing_type_0_type_1",
    "RealtimeSessionCreateResponseGATracingType0Type1Metadata": "realtime_session_create_response_ga_tracing_type_0_type_1_metadata",
    "RealtimeSessionCreateResponseGAType": "realtime_session_create_response_ga_type",
    "RealtimeSessionCreateResponseIncludeItem": "realtime_session_create_response_include_item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1": "realtime_session_create_response_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseTracingType0": "realtime_session_create_response_tracing_type_0",
    "RealtimeSessionCreateResponseTracingType1": "realtime_session_create_response_tracing_type_1",
    "RealtimeSessionCreateResponseTracingType1Metadata": "realtime_session_create_response_tracing_type_1_metadata",
    "RealtimeSessionCreateResponseTurnDetection": "realtime_session_create_response_turn_detection",
    "RealtimeSessionIncludeType0Item": "realtime_session_include_type_0_item",
    "RealtimeSessionInputAudioFormat": "realtime_session_input_audio_format",
    "RealtimeSessionInputAudioNoiseReduction": "realtime_session_input_audio_noise_reduction",
    "RealtimeSessionMaxResponseOutputTokensType1": "realtime_session_max_response_output_tokens_type_1",
    "RealtimeSessionModelType1": "realtime_session_model_type_1",
    "RealtimeSessionObject": "realtime_session_object",
    "RealtimeSessionOutputAudioFormat": "realtime_session_output_audio_format",
    "RealtimeSessionTracingType0Type0": "realtime_session_tracing_type_0_type_0",
    "RealtimeSessionTracingType0Type1": "realtime_session_tracing_type_0_type_1",
    "RealtimeSessionTracingType0Type1Metadata": "realtime_session_tracing_type_0_type_1_metadata",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudio": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput": "realtime_transcription_session_create_request_ga_audio_input",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction": "realtime_transcription_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeItem": "realtime_transcription_session_create_request_ga_include_item",
    "RealtimeTranscriptionSessionCreateRequestGAType": "realtime_transcription_session_create_request_ga_type",
    "RealtimeTranscriptionSessionCreateRequestIncludeItem": "realtime_transcription_session_create_request_include_item",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormat": "realtime_transcription_session_create_request_input_audio_format",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": "realtime_transcription_session_create_request_input_audio_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection": "realtime_transcription_session_create_request_turn_detection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType": "realtime_transcription_session_create_request_turn_detection_type",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecret": "realtime_transcription_session_create_response_client_secret",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudio": "realtime_transcription_session_create_response_ga_audio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput": "realtime_transcription_session_create_response_ga_audio_input",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction": "realtime_transcription_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0": "realtime_transcription_session_create_response_ga_audio_input_turn_detection_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeItem": "realtime_transcription_session_create_response_ga_include_item",
    "RealtimeTranscriptionSessionCreateResponseGAType": "realtime_transcription_session_create_response_ga_type",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection": "realtime_transcription_session_create_response_turn_detection",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventInputAudioBufferAppendType": "realtime_translation_client_event_input_audio_buffer_append_type",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionCloseType": "realtime_translation_client_event_session_close_type",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientEventSessionUpdateType": "realtime_translation_client_event_session_update_type",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter": "realtime_translation_client_secret_create_request_expires_after",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor": "realtime_translation_client_secret_create_request_expires_after_anchor",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionClosedType": "realtime_translation_server_event_session_closed_type",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionCreatedType": "realtime_translation_server_event_session_created_type",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionInputTranscriptDeltaType": "realtime_translation_server_event_session_input_transcript_delta_type",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormat": "realtime_translation_server_event_session_output_audio_delta_format",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaType": "realtime_translation_server_event_session_output_audio_delta_type",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDeltaType": "realtime_translation_server_event_session_output_transcript_delta_type",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationServerEventSessionUpdatedType": "realtime_translation_server_event_session_updated_type",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session_audio_input",
    "RealtimeTranslationSessionAudioInputNoiseReductionType0": "realtime_translation_session_audio_input_noise_reduction_type_0",
    "RealtimeTranslationSessionAudioInputTranscriptionType0": "realtime_translation_session_audio_input_transcription_type_0",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session_audio_output",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0": "realtime_translation_session_create_request_audio_input_noise_reduction_type_0",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0": "realtime_translation_session_create_request_audio_input_transcription_type_0",
    "RealtimeTranslationSessionCreateRequestAudioOutput": "realtime_translation_session_create_request_audio_output",
    "RealtimeTranslationSessionType": "realtime_translation_session_type",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudio": "realtime_translation_session_update_request_audio",
    "RealtimeTranslationSessionUpdateRequestAudioInput": "realtime_translation_session_update_request_audio_input",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0": "realtime_translation_session_update_request_audio_input_noise_reduction_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0": "realtime_translation_session_update_request_audio_input_transcription_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioOutput": "realtime_translation_session_update_request_audio_output",
    "RealtimeTruncationType0": "realtime_truncation_type_0",
    "RealtimeTruncationType1": "realtime_truncation_type_1",
    "RealtimeTruncationType1TokenLimits": "realtime_truncation_type_1_token_limits",
    "RealtimeTruncationType1Type": "realtime_truncation_type_1_type",
    "RealtimeTurnDetectionType0Type0": "realtime_turn_detection_type_0_type_0",
    "RealtimeTurnDetectionType0Type1": "realtime_turn_detection_type_0_type_1",
    "RealtimeTurnDetectionType0Type1Eagerness": "realtime_turn_detection_type_0_type_1_eagerness",
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
    "ResponseFormatTextGrammar": "response_format_text_grammar",
    "ResponseFormatTextGrammarType": "response_format_text_grammar_type",
    "ResponseFormatTextPython": "response_format_text_python",
    "ResponseFormatTextPythonType": "response_format_text_python_type",
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
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponseOutputTextAnnotationAddedEventType": "response_output_text_annotation_added_event_type",
    "ResponseOutputTextType": "response_output_text_type",
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
    "ResponseWsError": "response_ws_error",
    "ResponseWsErrorType": "response_ws_error_type",
    "ResponsesClientEventResponseCreate": "responses_client_event_response_create",
    "ResponsesClientEventResponseCreateType": "responses_client_event_response_create_type",
    "ResponsesServerEventType0": "responses_server_event_type_0",
    "ResponsesServerEventType1": "responses_server_event_type_1",
    "ResponsesServerEventType10": "responses_server_event_type_10",
    "ResponsesServerEventType11": "responses_server_event_type_11",
    "ResponsesServerEventType12": "responses_server_event_type_12",
    "ResponsesServerEventType13": "responses_server_event_type_13",
    "ResponsesServerEventType14": "responses_server_event_type_14",
    "ResponsesServerEventType15": "responses_server_event_type_15",
    "ResponsesServerEventType16": "responses_server_event_type_16",
    "ResponsesServerEventType17": "responses_server_event_type_17",
    "ResponsesServerEventType18": "responses_server_event_type_18",
    "ResponsesServerEventType19": "responses_server_event_type_19",
    "ResponsesServerEventType2": "responses_server_event_type_2",
    "ResponsesServerEventType20": "responses_server_event_type_20",
    "ResponsesServerEventType21": "responses_server_event_type_21",
    "ResponsesServerEventType22": "responses_server_event_type_22",
    "ResponsesServerEventType23": "responses_server_event_type_23",
    "ResponsesServerEventType24": "responses_server_event_type_24",
    "ResponsesServerEventType25": "responses_server_event_type_25",
    "ResponsesServerEventType26": "responses_server_event_type_26",
    "ResponsesServerEventType27": "responses_server_event_type_27",
    "ResponsesServerEventType28": "responses_server_event_type_28",
    "ResponsesServerEventType29": "responses_server_event_type_29",
    "ResponsesServerEventType3": "responses_server_event_type_3",
    "ResponsesServerEventType30": "responses_server_event_type_30",
    "ResponsesServerEventType31": "responses_server_event_type_31",
    "ResponsesServerEventType32": "responses_server_event_type_32",
    "ResponsesServerEventType33": "responses_server_event_type_33",
    "ResponsesServerEventType34": "responses_server_event_type_34",
    "ResponsesServerEventType35": "responses_server_event_type_35",
    "ResponsesServerEventType36": "responses_server_event_type_36",
    "ResponsesServerEventType37": "responses_server_event_type_37",
    "ResponsesServerEventType38": "responses_server_event_type_38",
    "ResponsesServerEventType39": "responses_server_event_type_39",
    "ResponsesServerEventType4": "responses_server_event_type_4",
    "ResponsesServerEventType40": "responses_server_event_type_40",
    "ResponsesServerEventType41": "responses_server_event_type_41",
    "ResponsesServerEventType42": "responses_server_event_type_42",
    "ResponsesServerEventType43": "responses_server_event_type_43",
    "ResponsesServerEventType44": "responses_server_event_type_44",
    "ResponsesServerEventType45": "responses_server_event_type_45",
    "ResponsesServerEventType46": "responses_server_event_type_46",
    "ResponsesServerEventType47": "responses_server_event_type_47",
    "ResponsesServerEventType48": "responses_server_event_type_48",
    "ResponsesServerEventType49": "responses_server_event_type_49",
    "ResponsesServerEventType5": "responses_server_event_type_5",
    "ResponsesServerEventType50": "responses_server_event_type_50",
    "ResponsesServerEventType51": "responses_server_event_type_51",
    "ResponsesServerEventType52": "responses_server_event_type_52",
    "ResponsesServerEventType53": "responses_server_event_type_53",
    "ResponsesServerEventType54": "responses_server_event_type_54",
    "ResponsesServerEventType55": "responses_server_event_type_55",
    "ResponsesServerEventType56": "responses_server_event_type_56",
    "ResponsesServerEventType6": "responses_server_event_type_6",
    "ResponsesServerEventType7": "responses_server_event_type_7",
    "ResponsesServerEventType8": "responses_server_event_type_8",
    "ResponsesServerEventType9": "responses_server_event_type_9",
    "ResponsesWebSocketStreamEvent": "responses_web_socket_stream_event",
    "RetrieveProjectGroupGroupType": "retrieve_project_group_group_type",
    "Role": "role",
    "RoleDeletedResource": "role_deleted_resource",
    "RoleDeletedResourceObject": "role_deleted_resource_object",
    "RoleListResource": "role_list_resource",
    "RoleListResourceObject": "role_list_resource_object",
    "RoleObject": "role_object",
    "RunCompletionUsageType0": "run_completion_usage_type_0",
    "RunGraderRequest": "run_grader_request",
    "RunGraderRequestItem": "run_grader_request_item",
    "RunGraderResponse": "run_grader_response",
    "RunGraderResponseMetadata": "run_grader_response_metadata",
    "RunGraderResponseMetadataErrors": "run_grader_response_metadata_errors",
    "RunGraderResponseMetadataScores": "run_grader_response_metadata_scores",
    "RunGraderResponseModelGraderTokenUsagePerModel": "run_grader_response_model_grader_token_usage_per_model",
    "RunGraderResponseSubRewards": "run_grader_response_sub_rewards",
    "RunObject": "run_object",
    "RunObjectIncompleteDetailsType0": "run_object_incomplete_details_type_0",
    "RunObjectIncompleteDetailsType0Reason": "run_object_incomplete_details_type_0_reason",
    "RunObjectLastErrorType0": "run_object_last_error_type_0",
    "RunObjectLastErrorType0Code": "run_object_last_error_type_0_code",
    "RunObjectObject": "run_object_object",
    "RunObjectRequiredActionType0": "run_object_required_action_type_0",
    "RunObjectRequiredActionType0SubmitToolOutputs": "run_object_required_action_type_0_submit_tool_outputs",
    "RunObjectRequiredActionType0Type": "run_object_required_action_type_0_type",
    "RunObjectStatus": "run_object_status",
    "RunStepCompletionUsageType0": "run_step_completion_usage_type_0",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaObjectDelta": "run_step_delta_object_delta",
    "RunStepDeltaObjectObject": "run_step_delta_object_object",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation": "run_step_delta_step_details_message_creation_object_message_creation",
    "RunStepDeltaStepDetailsMessageCreationObjectType": "run_step_delta_step_details_message_creation_object_type",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_delta_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDeltaStepDetailsToolCallsCodeObjectType": "run_step_delta_step_details_tool_calls_code_object_type",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_delta_step_details_tool_calls_code_output_image_object_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType": "run_step_delta_step_details_tool_calls_code_output_image_object_type",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType": "run_step_delta_step_details_tool_calls_code_output_logs_object_type",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_delta_step_details_tool_calls_file_search_object_file_search",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectType": "run_step_delta_step_details_tool_calls_file_search_object_type",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction": "run_step_delta_step_details_tool_calls_function_object_function",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectType": "run_step_delta_step_details_tool_calls_function_object_type",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDeltaStepDetailsToolCallsObjectType": "run_step_delta_step_details_tool_calls_object_type",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": "run_step_details_message_creation_object_message_creation",
    "RunStepDetailsMessageCreationObjectType": "run_step_details_message_creation_object_type",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDetailsToolCallsCodeObjectType": "run_step_details_tool_calls_code_object_type",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_details_tool_calls_code_output_image_object_image",
    "RunStepDetailsToolCallsCodeOutputImageObjectType": "run_step_details_tool_calls_code_output_image_object_type",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsCodeOutputLogsObjectType": "run_step_details_tool_calls_code_output_logs_object_type",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_details_tool_calls_file_search_object_file_search",
    "RunStepDetailsToolCallsFileSearchObjectType": "run_step_details_tool_calls_file_search_object_type",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem": "run_step_details_tool_calls_file_search_result_object_content_item",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItemType": "run_step_details_tool_calls_file_search_result_object_content_item_type",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": "run_step_details_tool_calls_function_object_function",
    "RunStepDetailsToolCallsFunctionObjectType": "run_step_details_tool_calls_function_object_type",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepDetailsToolCallsObjectType": "run_step_details_tool_calls_object_type",
    "RunStepObject": "run_step_object",
    "RunStepObjectLastErrorType0": "run_step_object_last_error_type_0",
    "RunStepObjectLastErrorType0Code": "run_step_object_last_error_type_0_code",
    "RunStepObjectObject": "run_step_object_object",
    "RunStepObjectStatus": "run_step_object_status",
    "RunStepObjectType": "run_step_object_type",
    "RunStepStreamEventType0": "run_step_stream_event_type_0",
    "RunStepStreamEventType0Event": "run_step_stream_event_type_0_event",
    "RunStepStreamEventType1": "run_step_stream_event_type_1",
    "RunStepStreamEventType1Event": "run_step_stream_event_type_1_event",
    "RunStepStreamEventType2": "run_step_stream_event_type_2",
    "RunStepStreamEventType2Event": "run_step_stream_event_type_2_event",
    "RunStepStreamEventType3": "run_step_stream_event_type_3",
    "RunStepStreamEventType3Event": "run_step_stream_event_type_3_event",
    "RunStepStreamEventType4": "run_step_stream_event_type_4",
    "RunStepStreamEventType4Event": "run_step_stream_event_type_4_event",
    "RunStepStreamEventType5": "run_step_stream_event_type_5",
    "RunStepStreamEventType5Event": "run_step_stream_event_type_5_event",
    "RunStepStreamEventType6": "run_step_stream_event_type_6",
    "RunStepStreamEventType6Event": "run_step_stream_event_type_6_event",
    "RunStreamEventType0": "run_stream_event_type_0",
    "RunStreamEventType0Event": "run_stream_event_type_0_event",
    "RunStreamEventType1": "run_stream_event_type_1",
    "RunStreamEventType1Event": "run_stream_event_type_1_event",
    "RunStreamEventType2": "run_stream_event_type_2",
    "RunStreamEventType2Event": "run_stream_event_type_2_event",
    "RunStreamEventType3": "run_stream_event_type_3",
    "RunStreamEventType3Event": "run_stream_event_type_3_event",
    "RunStreamEventType4": "run_stream_event_type_4",
    "RunStreamEventType4Event": "run_stream_event_type_4_event",
    "RunStreamEventType5": "run_stream_event_type_5",
    "RunStreamEventType5Event": "run_stream_event_type_5_event",
    "RunStreamEventType6": "run_stream_event_type_6",
    "RunStreamEventType6Event": "run_stream_event_type_6_event",
    "RunStreamEventType7": "run_stream_event_type_7",
    "RunStreamEventType7Event": "run_stream_event_type_7_event",
    "RunStreamEventType8": "run_stream_event_type_8",
    "RunStreamEventType8Event": "run_stream_event_type_8_event",
    "RunStreamEventType9": "run_stream_event_type_9",
    "RunStreamEventType9Event": "run_stream_event_type_9_event",
    "RunToolCallObject": "run_tool_call_object",
    "RunToolCallObjectFunction": "run_tool_call_object_function",
    "RunToolCallObjectType": "run_tool_call_object_type",
    "ScreenshotParam": "screenshot_param",
    "ScreenshotParamType": "screenshot_param_type",
    "ScrollParam": "scroll_param",
    "ScrollParamType": "scroll_param_type",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceAccountApiKeyBody": "service_account_api_key_body",
    "ServiceAccountApiKeyBodyObject": "service_account_api_key_body_object",
    "ServiceTierEnum": "service_tier_enum",
    "ServiceTierResponsesType0": "service_tier_responses_type_0",
    "ServiceTierType0": "service_tier_type_0",
    "SetDefaultSkillVersionBody": "set_default_skill_version_body",
    "ShellCallOutputDelta": "shell_call_output_delta",
    "SkillListResource": "skill_list_resource",
    "SkillListResourceObject": "skill_list_resource_object",
    "SkillReferenceParam": "skill_reference_param",
    "SkillReferenceParamType": "skill_reference_param_type",
    "SkillResource": "skill_resource",
    "SkillResourceObject": "skill_resource_object",
    "SkillVersionListResource": "skill_version_list_resource",
    "SkillVersionListResourceObject": "skill_version_list_resource_object",
    "SkillVersionResource": "skill_version_resource",
    "SkillVersionResourceObject": "skill_version_resource_object",
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
    "SpendAlertNotificationChannel": "spend_alert_notification_channel",
    "SpendAlertNotificationChannelType": "spend_alert_notification_channel_type",
    "SpendLimitCurrencyType1": "spend_limit_currency_type_1",
    "SpendLimitEnforcement": "spend_limit_enforcement",
    "SpendLimitEnforcementStatusType1": "spend_limit_enforcement_status_type_1",
    "SpendLimitIntervalType1": "spend_limit_interval_type_1",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyRequestParamType": "static_chunking_strategy_request_param_type",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "StaticChunkingStrategyResponseParamType": "static_chunking_strategy_response_param_type",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputsItem": "submit_tool_outputs_run_request_tool_outputs_item",
    "SummaryTextContent": "summary_text_content",
    "SummaryTextContentType": "summary_text_content_type",
    "SynthIDProvenanceResult": "synth_id_provenance_result",
    "SynthIDProvenanceResultType": "synth_id_provenance_result_type",
    "TaskGroupItem": "task_group_item",
    "TaskGroupItemObject": "task_group_item_object",
    "TaskGroupItemType": "task_group_item_type",
    "TaskGroupTask": "task_group_task",
    "TaskItem": "task_item",
    "TaskItemObject": "task_item_object",
    "TaskItemType": "task_item_type",
    "TaskType": "task_type",
    "TextContent": "text_content",
    "TextContentType": "text_content_type",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "TextResponseFormatJsonSchemaType": "text_response_format_json_schema_type",
    "ThreadItemListResource": "thread_item_list_resource",
    "ThreadItemListResourceObject": "thread_item_list_resource_object",
    "ThreadListResource": "thread_list_resource",
    "ThreadListResourceObject": "thread_list_resource_object",
    "ThreadObject": "thread_object",
    "ThreadObjectObject": "thread_object_object",
    "ThreadObjectToolResourcesType0": "thread_object_tool_resources_type_0",
    "ThreadObjectToolResourcesType0CodeInterpreter": "thread_object_tool_resources_type_0_code_interpreter",
    "ThreadObjectToolResourcesType0FileSearch": "thread_object_tool_resources_type_0_file_search",
    "ThreadResource": "thread_resource",
    "ThreadResourceObject": "thread_resource_object",
    "ThreadStreamEventType0": "thread_stream_event_type_0",
    "ThreadStreamEventType0Event": "thread_stream_event_type_0_event",
    "ToggleCertificatesRequest": "toggle_certificates_request",
    "TokenCountsBody": "token_counts_body",
    "TokenCountsResource": "token_counts_resource",
    "TokenCountsResourceObject": "token_counts_resource_object",
    "ToolChoice": "tool_choice",
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
    "TranscriptionChunkingStrategyType0": "transcription_chunking_strategy_type_0",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionDiarizedSegmentType": "transcription_diarized_segment_type",
    "TranscriptionInclude": "transcription_include",
    "TranscriptionLanguage": "transcription_language",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TruncationEnum": "truncation_enum",
    "TruncationObject": "truncation_object",
    "TruncationObjectType": "truncation_object_type",
    "TypeParam": "type_param",
    "TypeParamType": "type_param_type",
    "UpdateChatCompletionBody": "update_chat_completion_body",
    "UpdateConversationBody": "update_conversation_body",
    "UpdateEvalBody": "update_eval_body",
    "UpdateGroupBody": "update_group_body",
    "UpdateOrganizationDataRetentionBody": "update_organization_data_retention_body",
    "UpdateOrganizationDataRetentionBodyRetentionType": "update_organization_data_retention_body_retention_type",
    "UpdateOrganizationSpendLimitBody": "update_organization_spend_limit_body",
    "UpdateOrganizationSpendLimitBodyCurrency": "update_organization_spend_limit_body_currency",
    "UpdateOrganizationSpendLimitBodyInterval": "update_organization_spend_limit_body_interval",
    "UpdateProjectDataRetentionBody": "update_project_data_retention_body",
    "UpdateProjectDataRetentionBodyRetentionType": "update_project_data_retention_body_retention_type",
    "UpdateProjectServiceAccountBody": "update_project_service_account_body",
    "UpdateProjectServiceAccountBodyRole": "update_project_service_account_body_role",
    "UpdateProjectSpendLimitBody": "update_project_spend_limit_body",
    "UpdateProjectSpendLimitBodyCurrency": "update_project_spend_limit_body_currency",
    "UpdateProjectSpendLimitBodyInterval": "update_project_spend_limit_body_interval",
    "UpdateVectorStoreFileAttributesRequest": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": "update_vector_store_request",
    "UpdateVoiceConsentRequest": "update_voice_consent_request",
    "Upload": "upload",
    "UploadCertificateRequest": "upload_certificate_request",
    "UploadObject": "upload_object",
    "UploadPart": "upload_part",
    "UploadPartObject": "upload_part_object",
    "UploadStatus": "upload_status",
    "UrlAnnotation": "url_annotation",
    "UrlAnnotationSource": "url_annotation_source",
    "UrlAnnotationSourceType": "url_annotation_source_type",
    "UrlAnnotationType": "url_annotation_type",
    "UrlCitationBody": "url_citation_body",
    "UrlCitationBodyType": "url_citation_body_type",
    "UrlCitationParam": "url_citation_param",
    "UrlCitationParamType": "url_citation_param_type",
    "UsageAudioSpeechesBucketWidth": "usage_audio_speeches_bucket_width",
    "UsageAudioSpeechesGroupByItem": "usage_audio_speeches_group_by_item",
    "UsageAudioSpeechesResult": "usage_audio_speeches_result",
    "UsageAudioSpeechesResultObject": "usage_audio_speeches_result_object",
    "UsageAudioTranscriptionsBucketWidth": "usage_audio_transcriptions_bucket_width",
    "UsageAudioTranscriptionsGroupByItem": "usage_audio_transcriptions_group_by_item",
    "UsageAudioTranscriptionsResult": "usage_audio_transcriptions_result",
    "UsageAudioTranscriptionsResultObject": "usage_audio_transcriptions_result_object",
    "UsageCodeInterpreterSessionsBucketWidth": "usage_code_interpreter_sessions_bucket_width",
    "UsageCodeInterpreterSessionsGroupByItem": "usage_code_interpreter_sessions_group_by_item",
    "UsageCodeInterpreterSessionsResult": "usage_code_interpreter_sessions_result",
    "UsageCodeInterpreterSessionsResultObject": "usage_code_interpreter_sessions_result_object",
    "UsageCompletionsBucketWidth": "usage_completions_bucket_width",
    "UsageCompletionsGroupByItem": "usage_completions_group_by_item",
    "UsageCompletionsResult": "usage_completions_result",
    "UsageCompletionsResultObject": "usage_completions_result_object",
    "UsageCostsBucketWidth": "usage_costs_bucket_width",
    "UsageCostsGroupByItem": "usage_costs_group_by_item",
    "UsageEmbeddingsBucketWidth": "usage_embeddings_bucket_width",
    "UsageEmbeddingsGroupByItem": "usage_embeddings_group_by_item",
    "UsageEmbeddingsResult": "usage_embeddings_result",
    "UsageEmbeddingsResultObject": "usage_embeddings_result_object",
    "UsageFileSearchCallsBucketWidth": "usage_file_search_calls_bucket_width",
    "UsageFileSearchCallsGroupByItem": "usage_file_search_calls_group_by_item",
    "UsageFileSearchCallsResult": "usage_file_search_calls_result",
    "UsageFileSearchCallsResultObject": "usage_file_search_calls_result_object",
    "UsageImagesBucketWidth": "usage_images_bucket_width",
    "UsageImagesGroupByItem": "usage_images_group_by_item",
    "UsageImagesResult": "usage_images_result",
    "UsageImagesResultObject": "usage_images_result_object",
    "UsageImagesSizesItem": "usage_images_sizes_item",
    "UsageImagesSourcesItem": "usage_images_sources_item",
    "UsageModerationsBucketWidth": "usage_moderations_bucket_width",
    "UsageModerationsGroupByItem": "usage_moderations_group_by_item",
    "UsageModerationsResult": "usage_moderations_result",
    "UsageModerationsResultObject": "usage_moderations_result_object",
    "UsageResponse": "usage_response",
    "UsageResponseObject": "usage_response_object",
    "UsageTimeBucket": "usage_time_bucket",
    "UsageTimeBucketObject": "usage_time_bucket_object",
    "UsageVectorStoresBucketWidth": "usage_vector_stores_bucket_width",
    "UsageVectorStoresGroupByItem": "usage_vector_stores_group_by_item",
    "UsageVectorStoresResult": "usage_vector_stores_result",
    "UsageVectorStoresResultObject": "usage_vector_stores_result_object",
    "UsageWebSearchCallsBucketWidth": "usage_web_search_calls_bucket_width",
    "UsageWebSearchCallsContextLevelsItem": "usage_web_search_calls_context_levels_item",
    "UsageWebSearchCallsGroupByItem": "usage_web_search_calls_group_by_item",
    "UsageWebSearchCallsResult": "usage_web_search_calls_result",
    "UsageWebSearchCallsResultObject": "usage_web_search_calls_result_object",
    "User": "user",
    "UserDeleteResponse": "user_delete_response",
    "UserDeleteResponseObject": "user_delete_response_object",
    "UserListResource": "user_list_resource",
    "UserListResourceObject": "user_list_resource_object",
    "UserListResponse": "user_list_response",
    "UserListResponseObject": "user_list_response_object",
    "UserMessageInputText": "user_message_input_text",
    "UserMessageInputTextType": "user_message_input_text_type",
    "UserMessageItem": "user_message_item",
    "UserMessageItemObject": "user_message_item_object",
    "UserMessageItemType": "user_message_item_type",
    "UserMessageQuotedText": "user_message_quoted_text",
    "UserMessageQuotedTextType": "user_message_quoted_text_type",
    "UserObject": "user_object",
    "UserProjectsType0": "user_projects_type_0",
    "UserProjectsType0DataItem": "user_projects_type_0_data_item",
    "UserProjectsType0Object": "user_projects_type_0_object",
    "UserRoleAssignment": "user_role_assignment",
    "UserRoleAssignmentObject": "user_role_assignment_object",
    "UserRoleUpdateRequest": "user_role_update_request",
    "UserUser": "user_user",
    "UserUserObject": "user_user_object",
    "VadConfig": "vad_config",
    "VadConfigType": "vad_config_type",
    "ValidateGraderRequest": "validate_grader_request",
    "ValidateGraderResponse": "validate_grader_response",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreExpirationAfterAnchor": "vector_store_expiration_after_anchor",
    "VectorStoreFileAttributesType0": "vector_store_file_attributes_type_0",
    "VectorStoreFileBatchObject": "vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": "vector_store_file_batch_object_file_counts",
    "VectorStoreFileBatchObjectObject": "vector_store_file_batch_object_object",
    "VectorStoreFileBatchObjectStatus": "vector_store_file_batch_object_status",
    "VectorStoreFileContentResponse": "vector_store_file_content_response",
    "VectorStoreFileContentResponseDataItem": "vector_store_file_content_response_data_item",
    "VectorStoreFileContentResponseObject": "vector_store_file_content_response_object",
    "VectorStoreFileObject": "vector_store_file_object",
    "VectorStoreFileObjectLastErrorType0": "vector_store_file_object_last_error_type_0",
    "VectorStoreFileObjectLastErrorType0Code": "vector_store_file_object_last_error_type_0_code",
    "VectorStoreFileObjectObject": "vector_store_file_object_object",
    "VectorStoreFileObjectStatus": "vector_store_file_object_status",
    "VectorStoreObject": "vector_store_object",
    "VectorStoreObjectFileCounts": "vector_store_object_file_counts",
    "VectorStoreObjectObject": "vector_store_object_object",
    "VectorStoreObjectStatus": "vector_store_object_status",
    "VectorStoreSearchRequest": "vector_store_search_request",
    "VectorStoreSearchRequestRankingOptions": "vector_store_search_request_ranking_options",
    "VectorStoreSearchRequestRankingOptionsRanker": "vector_store_search_request_ranking_options_ranker",
    "VectorStoreSearchResultContentObject": "vector_store_search_result_content_object",
    "VectorStoreSearchResultContentObjectType": "vector_store_search_result_content_object_type",
    "VectorStoreSearchResultItem": "vector_store_search_result_item",
    "VectorStoreSearchResultsPage": "vector_store_search_results_page",
    "VectorStoreSearchResultsPageObject": "vector_store_search_results_page_object",
    "VerbosityType0": "verbosity_type_0",
    "VideoCharacterResource": "video_character_resource",
    "VideoContentVariant": "video_content_variant",
    "VideoListResource": "video_list_resource",
    "VideoListResourceObject": "video_list_resource_object",
    "VideoModelType1": "video_model_type_1",
    "VideoReferenceInputParam": "video_reference_input_param",
    "VideoResource": "video_resource",
    "VideoResourceObject": "video_resource_object",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "VideoStatus": "video_status",
    "VoiceConsentDeletedResource": "voice_consent_deleted_resource",
    "VoiceConsentDeletedResourceObject": "voice_consent_deleted_resource_object",
    "VoiceConsentListResource": "voice_consent_list_resource",
    "VoiceConsentListResourceObject": "voice_consent_list_resource_object",
    "VoiceConsentResource": "voice_consent_resource",
    "VoiceConsentResourceObject": "voice_consent_resource_object",
    "VoiceIdsOrCustomVoiceType1": "voice_ids_or_custom_voice_type_1",
    "VoiceIdsSharedType1": "voice_ids_shared_type_1",
    "VoiceResource": "voice_resource",
    "VoiceResourceObject": "voice_resource_object",
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
    "WebhookBatchCancelled": "webhook_batch_cancelled",
    "WebhookBatchCancelledData": "webhook_batch_cancelled_data",
    "WebhookBatchCancelledObject": "webhook_batch_cancelled_object",
    "WebhookBatchCancelledType": "webhook_batch_cancelled_type",
    "WebhookBatchCompleted": "webhook_batch_completed",
    "WebhookBatchCompletedData": "webhook_batch_completed_data",
    "WebhookBatchCompletedObject": "webhook_batch_completed_object",
    "WebhookBatchCompletedType": "webhook_batch_completed_type",
    "WebhookBatchExpired": "webhook_batch_expired",
    "WebhookBatchExpiredData": "webhook_batch_expired_data",
    "WebhookBatchExpiredObject": "webhook_batch_expired_object",
    "WebhookBatchExpiredType": "webhook_batch_expired_type",
    "WebhookBatchFailed": "webhook_batch_failed",
    "WebhookBatchFailedData": "webhook_batch_failed_data",
    "WebhookBatchFailedObject": "webhook_batch_failed_object",
    "WebhookBatchFailedType": "webhook_batch_failed_type",
    "WebhookEvalRunCanceled": "webhook_eval_run_canceled",
    "WebhookEvalRunCanceledData": "webhook_eval_run_canceled_data",
    "WebhookEvalRunCanceledObject": "webhook_eval_run_canceled_object",
    "WebhookEvalRunCanceledType": "webhook_eval_run_canceled_type",
    "WebhookEvalRunFailed": "webhook_eval_run_failed",
    "WebhookEvalRunFailedData": "webhook_eval_run_failed_data",
    "WebhookEvalRunFailedObject": "webhook_eval_run_failed_object",
    "WebhookEvalRunFailedType": "webhook_eval_run_failed_type",
    "WebhookEvalRunSucceeded": "webhook_eval_run_succeeded",
    "WebhookEvalRunSucceededData": "webhook_eval_run_succeeded_data",
    "WebhookEvalRunSucceededObject": "webhook_eval_run_succeeded_object",
    "WebhookEvalRunSucceededType": "webhook_eval_run_succeeded_type",
    "WebhookFineTuningJobCancelled": "webhook_fine_tuning_job_cancelled",
    "WebhookFineTuningJobCancelledData": "webhook_fine_tuning_job_cancelled_data",
    "WebhookFineTuningJobCancelledObject": "webhook_fine_tuning_job_cancelled_object",
    "WebhookFineTuningJobCancelledType": "webhook_fine_tuning_job_cancelled_type",
    "WebhookFineTuningJobFailed": "webhook_fine_tuning_job_failed",
    "WebhookFineTuningJobFailedData": "webhook_fine_tuning_job_failed_data",
    "WebhookFineTuningJobFailedObject": "webhook_fine_tuning_job_failed_object",
    "WebhookFineTuningJobFailedType": "webhook_fine_tuning_job_failed_type",
    "WebhookFineTuningJobSucceeded": "webhook_fine_tuning_job_succeeded",
    "WebhookFineTuningJobSucceededData": "webhook_fine_tuning_job_succeeded_data",
    "WebhookFineTuningJobSucceededObject": "webhook_fine_tuning_job_succeeded_object",
    "WebhookFineTuningJobSucceededType": "webhook_fine_tuning_job_succeeded_type",
    "WebhookLiveCallIncoming": "webhook_live_call_incoming",
    "WebhookLiveCallIncomingData": "webhook_live_call_incoming_data",
    "WebhookLiveCallIncomingDataSipHeadersItem": "webhook_live_call_incoming_data_sip_headers_item",
    "WebhookLiveCallIncomingObject": "webhook_live_call_incoming_object",
    "WebhookLiveCallIncomingType": "webhook_live_call_incoming_type",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookRealtimeCallIncomingObject": "webhook_realtime_call_incoming_object",
    "WebhookRealtimeCallIncomingType": "webhook_realtime_call_incoming_type",
    "WebhookResponseCancelled": "webhook_response_cancelled",
    "WebhookResponseCancelledData": "webhook_response_cancelled_data",
    "WebhookResponseCancelledObject": "webhook_response_cancelled_object",
    "WebhookResponseCancelledType": "webhook_response_cancelled_type",
    "WebhookResponseCompleted": "webhook_response_completed",
    "WebhookResponseCompletedData": "webhook_response_completed_data",
    "WebhookResponseCompletedObject": "webhook_response_completed_object",
    "WebhookResponseCompletedType": "webhook_response_completed_type",
    "WebhookResponseFailed": "webhook_response_failed",
    "WebhookResponseFailedData": "webhook_response_failed_data",
    "WebhookResponseFailedObject": "webhook_response_failed_object",
    "WebhookResponseFailedType": "webhook_response_failed_type",
    "WebhookResponseIncomplete": "webhook_response_incomplete",
    "WebhookResponseIncompleteData": "webhook_response_incomplete_data",
    "WebhookResponseIncompleteObject": "webhook_response_incomplete_object",
    "WebhookResponseIncompleteType": "webhook_response_incomplete_type",
    "WidgetMessageItem": "widget_message_item",
    "WidgetMessageItemObject": "widget_message_item_object",
    "WidgetMessageItemType": "widget_message_item_type",
    "WorkflowParam": "workflow_param",
    "WorkflowParamStateVariables": "workflow_param_state_variables",
    "WorkflowTracingParam": "workflow_tracing_param",
}

__all__ = (
    "ActiveStatus",
    "ActiveStatusType",
    "AddUploadPartRequest",
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamRole",
    "AdditionalToolsItemParamType",
    "AdditionalToolsType",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeyObject",
    "AdminApiKeyOwner",
    "AdminApiKeysCreateBody",
    "AdminApiKeysDeleteResponse200",
    "AdminApiKeysDeleteResponse200Object",
    "AdminApiKeysListOrder",
    "ApiKeyList",
    "ApiKeyListObject",
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
    "AssignedRoleDetails",
    "AssignedRoleDetailsAssignmentSourcesType0Item",
    "AssignedRoleDetailsCreatedByUserObjType0",
    "AssignedRoleDetailsMetadataType0",
    "AssistantMessageItem",
    "AssistantMessageItemObject",
    "AssistantMessageItemType",
    "AssistantObject",
    "AssistantObjectObject",
    "AssistantObjectToolResourcesType0",
    "AssistantObjectToolResourcesType0CodeInterpreter",
    "AssistantObjectToolResourcesType0FileSearch",
    "AssistantSupportedModels",
    "AssistantToolsCode",
    "AssistantToolsCodeType",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchType",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFileSearchTypeOnlyType",
    "AssistantToolsFunction",
    "AssistantToolsFunctionType",
    "AssistantsApiResponseFormatOptionType0",
    "AssistantsApiToolChoiceOptionType0",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceType",
    "Attachment",
    "AttachmentType",
    "AudioResponseFormat",
    "AudioTranscription",
    "AudioTranscriptionDelay",
    "AudioTranscriptionModelType1",
    "AudioTranscriptionResponse",
    "AudioTranscriptionResponseModelType1",
    "AuditLog",
    "AuditLogActor",
    "AuditLogActorApiKey",
    "AuditLogActorApiKeyType",
    "AuditLogActorServiceAccount",
    "AuditLogActorSession",
    "AuditLogActorType",
    "AuditLogActorUser",
    "AuditLogApiKeyCreated",
    "AuditLogApiKeyCreatedData",
    "AuditLogApiKeyDeleted",
    "AuditLogApiKeyUpdated",
    "AuditLogApiKeyUpdatedChangesRequested",
    "AuditLogCertificateCreated",
    "AuditLogCertificateDeleted",
    "AuditLogCertificateUpdated",
    "AuditLogCertificatesActivated",
    "AuditLogCertificatesActivatedCertificatesItem",
    "AuditLogCertificatesDeactivated",
    "AuditLogCertificatesDeactivatedCertificatesItem",
    "AuditLogCheckpointPermissionCreated",
    "AuditLogCheckpointPermissionCreatedData",
    "AuditLogCheckpointPermissionDeleted",
    "AuditLogEventType",
    "AuditLogExternalKeyRegistered",
    "AuditLogExternalKeyRegisteredData",
    "AuditLogExternalKeyRemoved",
    "AuditLogGroupCreated",
    "AuditLogGroupCreatedData",
    "AuditLogGroupDeleted",
    "AuditLogGroupUpdated",
    "AuditLogGroupUpdatedChangesRequested",
    "AuditLogInviteAccepted",
    "AuditLogInviteDeleted",
    "AuditLogInviteSent",
    "AuditLogInviteSentData",
    "AuditLogIpAllowlistConfigActivated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem",
    "AuditLogIpAllowlistConfigDeactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfigsItem",
    "AuditLogIpAllowlistCreated",
    "AuditLogIpAllowlistDeleted",
    "AuditLogIpAllowlistUpdated",
    "AuditLogLoginFailed",
    "AuditLogLoginSucceeded",
    "AuditLogLogoutFailed",
    "AuditLogLogoutSucceeded",
    "AuditLogOrganizationUpdated",
    "AuditLogOrganizationUpdatedChangesRequested",
    "AuditLogProject",
    "AuditLogProjectArchived",
    "AuditLogProjectCreated",
    "AuditLogProjectCreatedData",
    "AuditLogProjectDeleted",
    "AuditLogProjectUpdated",
    "AuditLogProjectUpdatedChangesRequested",
    "AuditLogRateLimitDeleted",
    "AuditLogRateLimitUpdated",
    "AuditLogRateLimitUpdatedChangesRequested",
    "AuditLogRoleAssignmentCreated",
    "AuditLogRoleAssignmentDeleted",
    "AuditLogRoleBoundToResource",
    "AuditLogRoleBoundToResourceSource",
    "AuditLogRoleCreated",
    "AuditLogRoleDeleted",
    "AuditLogRoleUnboundFromResource",
    "AuditLogRoleUnboundFromResourceSource",
    "AuditLogRoleUpdated",
    "AuditLogRoleUpdatedChangesRequested",
    "AuditLogRoleUpdatedChangesRequestedMetadata",
    "AuditLogScimDisabled",
    "AuditLogScimEnabled",
    "AuditLogServiceAccountCreated",
    "AuditLogServiceAccountCreatedData",
    "AuditLogServiceAccountDeleted",
    "AuditLogServiceAccountUpdated",
    "AuditLogServiceAccountUpdatedChangesRequested",
    "AuditLogUserAdded",
    "AuditLogUserAddedData",
    "AuditLogUserDeleted",
    "AuditLogUserUpdated",
    "AuditLogUserUpdatedChangesRequested",
    "AuditLogWorkloadIdentityProviderCreated",
    "AuditLogWorkloadIdentityProviderCreatedData",
    "AuditLogWorkloadIdentityProviderDeleted",
    "AuditLogWorkloadIdentityProviderMappingCreated",
    "AuditLogWorkloadIdentityProviderMappingCreatedData",
    "AuditLogWorkloadIdentityProviderMappingDeleted",
    "AuditLogWorkloadIdentityProviderMappingUpdated",
    "AuditLogWorkloadIdentityProviderMappingUpdatedChangesRequested",
    "AuditLogWorkloadIdentityProviderUpdated",
    "AuditLogWorkloadIdentityProviderUpdatedChangesRequested",
    "AutoChunkingStrategyRequestParam",
    "AutoChunkingStrategyRequestParamType",
    "AutoCodeInterpreterToolParam",
    "AutoCodeInterpreterToolParamType",
    "AutomaticThreadTitlingParam",
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
    "BetaAdditionalTools",
    "BetaAdditionalToolsItemParam",
    "BetaAdditionalToolsItemParamRole",
    "BetaAdditionalToolsItemParamType",
    "BetaAdditionalToolsType",
    "BetaAgentMessage",
    "BetaAgentMessageItemParam",
    "BetaAgentMessageItemParamType",
    "BetaAgentMessageType",
    "BetaAgentTag",
    "BetaAgentTagParam",
    "BetaApplyPatchCallOutputStatus",
    "BetaApplyPatchCallOutputStatusParam",
    "BetaApplyPatchCallStatus",
    "BetaApplyPatchCallStatusParam",
    "BetaApplyPatchCreateFileOperation",
    "BetaApplyPatchCreateFileOperationParam",
    "BetaApplyPatchCreateFileOperationParamType",
    "BetaApplyPatchCreateFileOperationType",
    "BetaApplyPatchDeleteFileOperation",
    "BetaApplyPatchDeleteFileOperationParam",
    "BetaApplyPatchDeleteFileOperationParamType",
    "BetaApplyPatchDeleteFileOperationType",
    "BetaApplyPatchToolCall",
    "BetaApplyPatchToolCallItemParam",
    "BetaApplyPatchToolCallItemParamType",
    "BetaApplyPatchToolCallOutput",
    "BetaApplyPatchToolCallOutputItemParam",
    "BetaApplyPatchToolCallOutputItemParamType",
    "BetaApplyPatchToolCallOutputType",
    "BetaApplyPatchToolCallType",
    "BetaApplyPatchToolParam",
    "BetaApplyPatchToolParamType",
    "BetaApplyPatchUpdateFileOperation",
    "BetaApplyPatchUpdateFileOperationParam",
    "BetaApplyPatchUpdateFileOperationParamType",
    "BetaApplyPatchUpdateFileOperationType",
    "BetaApproximateLocation",
    "BetaApproximateLocationType",
    "BetaAutoCodeInterpreterToolParam",
    "BetaAutoCodeInterpreterToolParamType",
    "BetaCallableToolAllowedCaller",
    "BetaCancelResponseBeta",
    "BetaClickButtonType",
    "BetaClickParam",
    "BetaClickParamType",
    "BetaCodeInterpreterOutputImage",
    "BetaCodeInterpreterOutputImageType",
    "BetaCodeInterpreterOutputLogs",
    "BetaCodeInterpreterOutputLogsType",
    "BetaCodeInterpreterTool",
    "BetaCodeInterpreterToolCall",
    "BetaCodeInterpreterToolCallStatus",
    "BetaCodeInterpreterToolCallType",
    "BetaCodeInterpreterToolType",
    "BetaCompactResource",
    "BetaCompactResourceObject",
    "BetaCompactResponseMethodPublicBody",
    "BetaCompactconversationBeta",
    "BetaCompactionBody",
    "BetaCompactionBodyType",
    "BetaCompactionSummaryItemParam",
    "BetaCompactionSummaryItemParamType",
    "BetaCompactionTriggerItemParam",
    "BetaCompactionTriggerItemParamType",
    "BetaComparisonFilter",
    "BetaComparisonFilterType",
    "BetaCompoundFilter",
    "BetaCompoundFilterType",
    "BetaComputerCallOutputItemParam",
    "BetaComputerCallOutputItemParamType",
    "BetaComputerCallOutputStatus",
    "BetaComputerCallSafetyCheckParam",
    "BetaComputerEnvironment",
    "BetaComputerScreenshotContent",
    "BetaComputerScreenshotContentType",
    "BetaComputerScreenshotImage",
    "BetaComputerScreenshotImageType",
    "BetaComputerTool",
    "BetaComputerToolCall",
    "BetaComputerToolCallOutput",
    "BetaComputerToolCallOutputResource",
    "BetaComputerToolCallOutputResourceStatus",
    "BetaComputerToolCallOutputResourceType",
    "BetaComputerToolCallOutputStatus",
    "BetaComputerToolCallOutputType",
    "BetaComputerToolCallStatus",
    "BetaComputerToolCallType",
    "BetaComputerToolType",
    "BetaComputerUsePreviewTool",
    "BetaComputerUsePreviewToolType",
    "BetaContainerAutoParam",
    "BetaContainerAutoParamType",
    "BetaContainerFileCitationBody",
    "BetaContainerFileCitationBodyType",
    "BetaContainerFileCitationParam",
    "BetaContainerFileCitationParamType",
    "BetaContainerMemoryLimit",
    "BetaContainerNetworkPolicyAllowlistParam",
    "BetaContainerNetworkPolicyAllowlistParamType",
    "BetaContainerNetworkPolicyDisabledParam",
    "BetaContainerNetworkPolicyDisabledParamType",
    "BetaContainerNetworkPolicyDomainSecretParam",
    "BetaContainerReferenceParam",
    "BetaContainerReferenceParamType",
    "BetaContainerReferenceResource",
    "BetaContainerReferenceResourceType",
    "BetaContextManagementParam",
    "BetaConversationParam2",
    "BetaCoordParam",
    "BetaCreateModelResponseProperties",
    "BetaCreateModelResponsePropertiesPromptCacheRetentionType0",
    "BetaCreateResponse",
    "BetaCreateResponseBeta",
    "BetaCreateResponseTruncationType0",
    "BetaCustomGrammarFormatParam",
    "BetaCustomGrammarFormatParamType",
    "BetaCustomTextFormatParam",
    "BetaCustomTextFormatParamType",
    "BetaCustomToolCall",
    "BetaCustomToolCallOutput",
    "BetaCustomToolCallOutputResource",
    "BetaCustomToolCallOutputType",
    "BetaCustomToolCallResource",
    "BetaCustomToolCallType",
    "BetaCustomToolParam",
    "BetaCustomToolParamType",
    "BetaDeleteResponseBeta",
    "BetaDetailEnum",
    "BetaDirectToolCallCaller",
    "BetaDirectToolCallCallerParam",
    "BetaDirectToolCallCallerParamType",
    "BetaDirectToolCallCallerType",
    "BetaDoubleClickAction",
    "BetaDoubleClickActionType",
    "BetaDragParam",
    "BetaDragParamType",
    "BetaEasyInputMessage",
    "BetaEasyInputMessageRole",
    "BetaEasyInputMessageType",
    "BetaEmptyModelParam",
    "BetaEncryptedContent",
    "BetaEncryptedContentParam",
    "BetaEncryptedContentParamType",
    "BetaEncryptedContentType",
    "BetaError",
    "BetaErrorPayload",
    "BetaErrorPayloadHeaders",
    "BetaFileCitationBody",
    "BetaFileCitationBodyType",
    "BetaFileCitationParam",
    "BetaFileCitationParamType",
    "BetaFileDetailEnum",
    "BetaFileInputDetail",
    "BetaFilePath",
    "BetaFilePathType",
    "BetaFileSearchTool",
    "BetaFileSearchToolCall",
    "BetaFileSearchToolCallResultsType0Item",
    "BetaFileSearchToolCallStatus",
    "BetaFileSearchToolCallType",
    "BetaFileSearchToolType",
    "BetaFunctionCallItemStatus",
    "BetaFunctionCallOutputItemParam",
    "BetaFunctionCallOutputItemParamType",
    "BetaFunctionCallOutputStatusEnum",
    "BetaFunctionCallStatus",
    "BetaFunctionShellAction",
    "BetaFunctionShellActionParam",
    "BetaFunctionShellCall",
    "BetaFunctionShellCallItemParam",
    "BetaFunctionShellCallItemParamType",
    "BetaFunctionShellCallItemStatus",
    "BetaFunctionShellCallOutput",
    "BetaFunctionShellCallOutputContent",
    "BetaFunctionShellCallOutputContentParam",
    "BetaFunctionShellCallOutputExitOutcome",
    "BetaFunctionShellCallOutputExitOutcomeParam",
    "BetaFunctionShellCallOutputExitOutcomeParamType",
    "BetaFunctionShellCallOutputExitOutcomeType",
    "BetaFunctionShellCallOutputItemParam",
    "BetaFunctionShellCallOutputItemParamType",
    "BetaFunctionShellCallOutputStatusEnum",
    "BetaFunctionShellCallOutputTimeoutOutcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam",
    "BetaFunctionShellCallOutputTimeoutOutcomeParamType",
    "BetaFunctionShellCallOutputTimeoutOutcomeType",
    "BetaFunctionShellCallOutputType",
    "BetaFunctionShellCallStatus",
    "BetaFunctionShellCallType",
    "BetaFunctionShellToolParam",
    "BetaFunctionShellToolParamType",
    "BetaFunctionTool",
    "BetaFunctionToolCall",
    "BetaFunctionToolCallOutput",
    "BetaFunctionToolCallOutputResource",
    "BetaFunctionToolCallOutputStatus",
    "BetaFunctionToolCallOutputType",
    "BetaFunctionToolCallResource",
    "BetaFunctionToolCallStatus",
    "BetaFunctionToolCallType",
    "BetaFunctionToolOutputSchemaType0",
    "BetaFunctionToolParam",
    "BetaFunctionToolParamOutputSchemaType0",
    "BetaFunctionToolParamType",
    "BetaFunctionToolParametersType0",
    "BetaFunctionToolType",
    "BetaGetResponseBeta",
    "BetaGetinputtokencountsBeta",
    "BetaGrammarSyntax1",
    "BetaHTTPError",
    "BetaHTTPErrorType",
    "BetaHybridSearchOptions",
    "BetaImageDetail",
    "BetaImageGenActionEnum",
    "BetaImageGenTool",
    "BetaImageGenToolBackground",
    "BetaImageGenToolCall",
    "BetaImageGenToolCallStatus",
    "BetaImageGenToolCallType",
    "BetaImageGenToolInputImageMask",
    "BetaImageGenToolModelType1",
    "BetaImageGenToolModeration",
    "BetaImageGenToolOutputFormat",
    "BetaImageGenToolQuality",
    "BetaImageGenToolSizeType1",
    "BetaImageGenToolType",
    "BetaIncludeEnum",
    "BetaInlineSkillParam",
    "BetaInlineSkillParamType",
    "BetaInlineSkillSourceParam",
    "BetaInlineSkillSourceParamMediaType",
    "BetaInlineSkillSourceParamType",
    "BetaInputAudio",
    "BetaInputAudioInputAudio",
    "BetaInputAudioInputAudioFormat",
    "BetaInputAudioType",
    "BetaInputFidelity",
    "BetaInputFileContent",
    "BetaInputFileContentParam",
    "BetaInputFileContentParamType",
    "BetaInputFileContentType",
    "BetaInputImageContent",
    "BetaInputImageContentParamAutoParam",
    "BetaInputImageContentParamAutoParamType",
    "BetaInputImageContentType",
    "BetaInputMessage",
    "BetaInputMessageResource",
    "BetaInputMessageRole",
    "BetaInputMessageStatus",
    "BetaInputMessageType",
    "BetaInputTextContent",
    "BetaInputTextContentParam",
    "BetaInputTextContentParamType",
    "BetaInputTextContentType",
    "BetaItemReferenceParam",
    "BetaItemReferenceParamTypeType0",
    "BetaKeyPressAction",
    "BetaKeyPressActionType",
    "BetaListInputItemsBeta",
    "BetaListInputItemsOrder",
    "BetaLocalEnvironmentParam",
    "BetaLocalEnvironmentParamType",
    "BetaLocalEnvironmentResource",
    "BetaLocalEnvironmentResourceType",
    "BetaLocalShellExecAction",
    "BetaLocalShellExecActionEnv",
    "BetaLocalShellExecActionType",
    "BetaLocalShellToolCall",
    "BetaLocalShellToolCallOutput",
    "BetaLocalShellToolCallOutputStatusType0",
    "BetaLocalShellToolCallOutputType",
    "BetaLocalShellToolCallStatus",
    "BetaLocalShellToolCallType",
    "BetaLocalShellToolParam",
    "BetaLocalShellToolParamType",
    "BetaLocalSkillParam",
    "BetaLogProb",
    "BetaMCPApprovalRequest",
    "BetaMCPApprovalRequestType",
    "BetaMCPApprovalResponse",
    "BetaMCPApprovalResponseResource",
    "BetaMCPApprovalResponseResourceType",
    "BetaMCPApprovalResponseType",
    "BetaMCPListTools",
    "BetaMCPListToolsTool",
    "BetaMCPListToolsToolAnnotationsType0",
    "BetaMCPListToolsToolInputSchema",
    "BetaMCPListToolsType",
    "BetaMCPProtocolError",
    "BetaMCPProtocolErrorType",
    "BetaMCPTool",
    "BetaMCPToolCall",
    "BetaMCPToolCallStatus",
    "BetaMCPToolCallType",
    "BetaMCPToolConnectorId",
    "BetaMCPToolExecutionError",
    "BetaMCPToolExecutionErrorType",
    "BetaMCPToolFilter",
    "BetaMCPToolHeadersType0",
    "BetaMCPToolRequireApprovalType0Type0",
    "BetaMCPToolRequireApprovalType0Type1",
    "BetaMCPToolType",
    "BetaMessage",
    "BetaMessagePhase",
    "BetaMessagePhase2",
    "BetaMessageRole",
    "BetaMessageStatus",
    "BetaMessageType",
    "BetaMetadataType0",
    "BetaModelIdsResponsesType1",
    "BetaModelIdsSharedType1",
    "BetaModelResponseProperties",
    "BetaModelResponsePropertiesPromptCacheRetentionType0",
    "BetaModeration",
    "BetaModerationConfigParam",
    "BetaModerationErrorBody",
    "BetaModerationErrorBodyType",
    "BetaModerationInputType",
    "BetaModerationMode",
    "BetaModerationParam",
    "BetaModerationPolicyParam",
    "BetaModerationResultBody",
    "BetaModerationResultBodyCategories",
    "BetaModerationResultBodyCategoryAppliedInputTypes",
    "BetaModerationResultBodyCategoryScores",
    "BetaModerationResultBodyType",
    "BetaMoveParam",
    "BetaMoveParamType",
    "BetaMultiAgentAction",
    "BetaMultiAgentAction1",
    "BetaMultiAgentCall",
    "BetaMultiAgentCallItemParam",
    "BetaMultiAgentCallItemParamType",
    "BetaMultiAgentCallOutput",
    "BetaMultiAgentCallOutputItemParam",
    "BetaMultiAgentCallOutputItemParamType",
    "BetaMultiAgentCallOutputType",
    "BetaMultiAgentCallType",
    "BetaMultiAgentParam",
    "BetaNamespaceToolParam",
    "BetaNamespaceToolParamType",
    "BetaOutputAudio",
    "BetaOutputAudioType",
    "BetaOutputMessage",
    "BetaOutputMessageRole",
    "BetaOutputMessageStatus",
    "BetaOutputMessageType",
    "BetaOutputTextContent",
    "BetaOutputTextContentParam",
    "BetaOutputTextContentParamType",
    "BetaOutputTextContentType",
    "BetaPersonalityEnumType1",
    "BetaProgram",
    "BetaProgramItemParam",
    "BetaProgramItemParamType",
    "BetaProgramOutput",
    "BetaProgramOutputItemParam",
    "BetaProgramOutputItemParamType",
    "BetaProgramOutputItemStatus",
    "BetaProgramOutputStatus",
    "BetaProgramOutputType",
    "BetaProgramToolCallCaller",
    "BetaProgramToolCallCallerParam",
    "BetaProgramToolCallCallerParamType",
    "BetaProgramToolCallCallerType",
    "BetaProgramType",
    "BetaProgrammaticToolCallingParam",
    "BetaProgrammaticToolCallingParamType",
    "BetaPromptCacheBreakpointConfig",
    "BetaPromptCacheBreakpointConfigMode",
    "BetaPromptCacheBreakpointParam",
    "BetaPromptCacheBreakpointParamMode",
    "BetaPromptCacheModeEnum",
    "BetaPromptCacheOptions",
    "BetaPromptCacheOptionsParam",
    "BetaPromptCacheRetentionEnum",
    "BetaPromptCacheTTLEnum",
    "BetaPromptType0",
    "BetaRankerVersionType",
    "BetaRankingOptions",
    "BetaReasoning",
    "BetaReasoningContextType0",
    "BetaReasoningEffortType0",
    "BetaReasoningGenerateSummaryType0",
    "BetaReasoningItem",
    "BetaReasoningItemStatus",
    "BetaReasoningItemType",
    "BetaReasoningModeEnumType1",
    "BetaReasoningSummaryType0",
    "BetaReasoningTextContent",
    "BetaReasoningTextContentType",
    "BetaRefusalContent",
    "BetaRefusalContentType",
    "BetaResponse",
    "BetaResponseAudioDeltaEvent",
    "BetaResponseAudioDeltaEventType",
    "BetaResponseAudioDoneEvent",
    "BetaResponseAudioDoneEventType",
    "BetaResponseAudioTranscriptDeltaEvent",
    "BetaResponseAudioTranscriptDeltaEventType",
    "BetaResponseAudioTranscriptDoneEvent",
    "BetaResponseAudioTranscriptDoneEventType",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent",
    "BetaResponseCodeInterpreterCallCodeDeltaEventType",
    "BetaResponseCodeInterpreterCallCodeDoneEvent",
    "BetaResponseCodeInterpreterCallCodeDoneEventType",
    "BetaResponseCodeInterpreterCallCompletedEvent",
    "BetaResponseCodeInterpreterCallCompletedEventType",
    "BetaResponseCodeInterpreterCallInProgressEvent",
    "BetaResponseCodeInterpreterCallInProgressEventType",
    "BetaResponseCodeInterpreterCallInterpretingEvent",
    "BetaResponseCodeInterpreterCallInterpretingEventType",
    "BetaResponseCompletedEvent",
    "BetaResponseCompletedEventType",
    "BetaResponseContentPartAddedEvent",
    "BetaResponseContentPartAddedEventType",
    "BetaResponseContentPartDoneEvent",
    "BetaResponseContentPartDoneEventType",
    "BetaResponseConversation",
    "BetaResponseCreatedEvent",
    "BetaResponseCreatedEventType",
    "BetaResponseCustomToolCallInputDeltaEvent",
    "BetaResponseCustomToolCallInputDeltaEventType",
    "BetaResponseCustomToolCallInputDoneEvent",
    "BetaResponseCustomToolCallInputDoneEventType",
    "BetaResponseErrorCode",
    "BetaResponseErrorEvent",
    "BetaResponseErrorEventType",
    "BetaResponseErrorType0",
    "BetaResponseFailedEvent",
    "BetaResponseFailedEventType",
    "BetaResponseFileSearchCallCompletedEvent",
    "BetaResponseFileSearchCallCompletedEventType",
    "BetaResponseFileSearchCallInProgressEvent",
    "BetaResponseFileSearchCallInProgressEventType",
    "BetaResponseFileSearchCallSearchingEvent",
    "BetaResponseFileSearchCallSearchingEventType",
    "BetaResponseFormatJsonObject",
    "BetaResponseFormatJsonObjectType",
    "BetaResponseFormatJsonSchemaSchema",
    "BetaResponseFormatText",
    "BetaResponseFormatTextType",
    "BetaResponseFunctionCallArgumentsDeltaEvent",
    "BetaResponseFunctionCallArgumentsDeltaEventType",
    "BetaResponseFunctionCallArgumentsDoneEvent",
    "BetaResponseFunctionCallArgumentsDoneEventType",
    "BetaResponseImageGenCallCompletedEvent",
    "BetaResponseImageGenCallCompletedEventType",
    "BetaResponseImageGenCallGeneratingEvent",
    "BetaResponseImageGenCallGeneratingEventType",
    "BetaResponseImageGenCallInProgressEvent",
    "BetaResponseImageGenCallInProgressEventType",
    "BetaResponseImageGenCallPartialImageEvent",
    "BetaResponseImageGenCallPartialImageEventType",
    "BetaResponseInProgressEvent",
    "BetaResponseInProgressEventType",
    "BetaResponseIncompleteDetailsType0",
    "BetaResponseIncompleteDetailsType0Reason",
    "BetaResponseIncompleteEvent",
    "BetaResponseIncompleteEventType",
    "BetaResponseInjectCreatedEvent",
    "BetaResponseInjectCreatedEventType",
    "BetaResponseInjectEvent",
    "BetaResponseInjectEventType",
    "BetaResponseInjectFailedEvent",
    "BetaResponseInjectFailedEventError",
    "BetaResponseInjectFailedEventErrorCode",
    "BetaResponseInjectFailedEventType",
    "BetaResponseItemList",
    "BetaResponseItemListObject",
    "BetaResponseLogProb",
    "BetaResponseLogProbTopLogprobsItem",
    "BetaResponseMCPCallArgumentsDeltaEvent",
    "BetaResponseMCPCallArgumentsDeltaEventType",
    "BetaResponseMCPCallArgumentsDoneEvent",
    "BetaResponseMCPCallArgumentsDoneEventType",
    "BetaResponseMCPCallCompletedEvent",
    "BetaResponseMCPCallCompletedEventType",
    "BetaResponseMCPCallFailedEvent",
    "BetaResponseMCPCallFailedEventType",
    "BetaResponseMCPCallInProgressEvent",
    "BetaResponseMCPCallInProgressEventType",
    "BetaResponseMCPListToolsCompletedEvent",
    "BetaResponseMCPListToolsCompletedEventType",
    "BetaResponseMCPListToolsFailedEvent",
    "BetaResponseMCPListToolsFailedEventType",
    "BetaResponseMCPListToolsInProgressEvent",
    "BetaResponseMCPListToolsInProgressEventType",
    "BetaResponseObject",
    "BetaResponseOutputItemAddedEvent",
    "BetaResponseOutputItemAddedEventType",
    "BetaResponseOutputItemDoneEvent",
    "BetaResponseOutputItemDoneEventType",
    "BetaResponseOutputTextAnnotationAddedEvent",
    "BetaResponseOutputTextAnnotationAddedEventType",
    "BetaResponsePromptVariablesType0",
    "BetaResponseProperties",
    "BetaResponseQueuedEvent",
    "BetaResponseQueuedEventType",
    "BetaResponseReasoningSummaryPartAddedEvent",
    "BetaResponseReasoningSummaryPartAddedEventPart",
    "BetaResponseReasoningSummaryPartAddedEventPartType",
    "BetaResponseReasoningSummaryPartAddedEventType",
    "BetaResponseReasoningSummaryPartDoneEvent",
    "BetaResponseReasoningSummaryPartDoneEventPart",
    "BetaResponseReasoningSummaryPartDoneEventPartType",
    "BetaResponseReasoningSummaryPartDoneEventStatus",
    "BetaResponseReasoningSummaryPartDoneEventType",
    "BetaResponseReasoningSummaryTextDeltaEvent",
    "BetaResponseReasoningSummaryTextDeltaEventType",
    "BetaResponseReasoningSummaryTextDoneEvent",
    "BetaResponseReasoningSummaryTextDoneEventType",
    "BetaResponseReasoningTextDeltaEvent",
    "BetaResponseReasoningTextDeltaEventType",
    "BetaResponseReasoningTextDoneEvent",
    "BetaResponseReasoningTextDoneEventType",
    "BetaResponseRefusalDeltaEvent",
    "BetaResponseRefusalDeltaEventType",
    "BetaResponseRefusalDoneEvent",
    "BetaResponseRefusalDoneEventType",
    "BetaResponseShellCallCommandAddedStreamingEvent",
    "BetaResponseShellCallCommandAddedStreamingEventType",
    "BetaResponseShellCallCommandDeltaStreamingEvent",
    "BetaResponseShellCallCommandDeltaStreamingEventType",
    "BetaResponseShellCallCommandDoneStreamingEvent",
    "BetaResponseShellCallCommandDoneStreamingEventType",
    "BetaResponseShellCallOutputContentDeltaStreamingEvent",
    "BetaResponseShellCallOutputContentDeltaStreamingEventType",
    "BetaResponseShellCallOutputContentDoneStreamingEvent",
    "BetaResponseShellCallOutputContentDoneStreamingEventType",
    "BetaResponseStatus",
    "BetaResponseStreamOptionsType0",
    "BetaResponseTextDeltaEvent",
    "BetaResponseTextDeltaEventType",
    "BetaResponseTextDoneEvent",
    "BetaResponseTextDoneEventType",
    "BetaResponseTextParam",
    "BetaResponseTruncationType0",
    "BetaResponseUsage",
    "BetaResponseUsageInputTokensDetails",
    "BetaResponseUsageOutputTokensDetails",
    "BetaResponseWebSearchCallCompletedEvent",
    "BetaResponseWebSearchCallCompletedEventType",
    "BetaResponseWebSearchCallInProgressEvent",
    "BetaResponseWebSearchCallInProgressEventType",
    "BetaResponseWebSearchCallSearchingEvent",
    "BetaResponseWebSearchCallSearchingEventType",
    "BetaResponseWsError",
    "BetaResponseWsErrorType",
    "BetaResponsesClientEventResponseCreate",
    "BetaResponsesClientEventResponseCreateType",
    "BetaResponsesServerEventType0",
    "BetaResponsesServerEventType1",
    "BetaResponsesServerEventType2",
    "BetaResponsesServerEventType3",
    "BetaResponsesServerEventType4",
    "BetaResponsesServerEventType5",
    "BetaResponsesServerEventType6",
    "BetaResponsesServerEventType7",
    "BetaResponsesServerEventType8",
    "BetaResponsesServerEventType9",
    "BetaResponsesServerEventType10",
    "BetaResponsesServerEventType11",
    "BetaResponsesServerEventType12",
    "BetaResponsesServerEventType13",
    "BetaResponsesServerEventType14",
    "BetaResponsesServerEventType15",
    "BetaResponsesServerEventType16",
    "BetaResponsesServerEventType17",
    "BetaResponsesServerEventType18",
    "BetaResponsesServerEventType19",
    "BetaResponsesServerEventType20",
    "BetaResponsesServerEventType21",
    "BetaResponsesServerEventType22",
    "BetaResponsesServerEventType23",
    "BetaResponsesServerEventType24",
    "BetaResponsesServerEventType25",
    "BetaResponsesServerEventType26",
    "BetaResponsesServerEventType27",
    "BetaResponsesServerEventType28",
    "BetaResponsesServerEventType29",
    "BetaResponsesServerEventType30",
    "BetaResponsesServerEventType31",
    "BetaResponsesServerEventType32",
    "BetaResponsesServerEventType33",
    "BetaResponsesServerEventType34",
    "BetaResponsesServerEventType35",
    "BetaResponsesServerEventType36",
    "BetaResponsesServerEventType37",
    "BetaResponsesServerEventType38",
    "BetaResponsesServerEventType39",
    "BetaResponsesServerEventType40",
    "BetaResponsesServerEventType41",
    "BetaResponsesServerEventType42",
    "BetaResponsesServerEventType43",
    "BetaResponsesServerEventType44",
    "BetaResponsesServerEventType45",
    "BetaResponsesServerEventType46",
    "BetaResponsesServerEventType47",
    "BetaResponsesServerEventType48",
    "BetaResponsesServerEventType49",
    "BetaResponsesServerEventType50",
    "BetaResponsesServerEventType51",
    "BetaResponsesServerEventType52",
    "BetaResponsesServerEventType53",
    "BetaResponsesServerEventType54",
    "BetaResponsesServerEventType55",
    "BetaResponsesServerEventType56",
    "BetaResponsesWebSocketStreamEvent",
    "BetaScreenshotParam",
    "BetaScreenshotParamType",
    "BetaScrollParam",
    "BetaScrollParamType",
    "BetaSearchContentType",
    "BetaSearchContextSize",
    "BetaServiceTierEnum",
    "BetaServiceTierResponsesType0",
    "BetaShellCallOutputDelta",
    "BetaSkillReferenceParam",
    "BetaSkillReferenceParamType",
    "BetaSpecificApplyPatchParam",
    "BetaSpecificApplyPatchParamType",
    "BetaSpecificFunctionShellParam",
    "BetaSpecificFunctionShellParamType",
    "BetaSpecificProgrammaticToolCallingParam",
    "BetaSpecificProgrammaticToolCallingParamType",
    "BetaSummaryTextContent",
    "BetaSummaryTextContentType",
    "BetaTextContent",
    "BetaTextContentType",
    "BetaTextResponseFormatJsonSchema",
    "BetaTextResponseFormatJsonSchemaType",
    "BetaTokenCountsBody",
    "BetaTokenCountsResource",
    "BetaTokenCountsResourceObject",
    "BetaToolChoiceAllowed",
    "BetaToolChoiceAllowedMode",
    "BetaToolChoiceAllowedToolsItem",
    "BetaToolChoiceAllowedType",
    "BetaToolChoiceCustom",
    "BetaToolChoiceCustomType",
    "BetaToolChoiceFunction",
    "BetaToolChoiceFunctionType",
    "BetaToolChoiceMCP",
    "BetaToolChoiceMCPType",
    "BetaToolChoiceOptions",
    "BetaToolChoiceTypes",
    "BetaToolChoiceTypesType",
    "BetaToolSearchCall",
    "BetaToolSearchCallItemParam",
    "BetaToolSearchCallItemParamType",
    "BetaToolSearchCallType",
    "BetaToolSearchExecutionType",
    "BetaToolSearchOutput",
    "BetaToolSearchOutputItemParam",
    "BetaToolSearchOutputItemParamType",
    "BetaToolSearchOutputType",
    "BetaToolSearchToolParam",
    "BetaToolSearchToolParamType",
    "BetaTopLogProb",
    "BetaTruncationEnum",
    "BetaTypeParam",
    "BetaTypeParamType",
    "BetaUrlCitationBody",
    "BetaUrlCitationBodyType",
    "BetaUrlCitationParam",
    "BetaUrlCitationParamType",
    "BetaVectorStoreFileAttributesType0",
    "BetaVerbosityType0",
    "BetaWaitParam",
    "BetaWaitParamType",
    "BetaWebSearchActionFind",
    "BetaWebSearchActionFindType",
    "BetaWebSearchActionOpenPage",
    "BetaWebSearchActionOpenPageType",
    "BetaWebSearchActionSearch",
    "BetaWebSearchActionSearchSourcesItem",
    "BetaWebSearchActionSearchSourcesItemType",
    "BetaWebSearchActionSearchType",
    "BetaWebSearchApproximateLocationType0",
    "BetaWebSearchApproximateLocationType0Type",
    "BetaWebSearchPreviewTool",
    "BetaWebSearchPreviewToolType",
    "BetaWebSearchTool",
    "BetaWebSearchToolCall",
    "BetaWebSearchToolCallStatus",
    "BetaWebSearchToolCallType",
    "BetaWebSearchToolFiltersType0",
    "BetaWebSearchToolSearchContextSize",
    "BetaWebSearchToolType",
    "C2PAProvenanceResult",
    "C2PAProvenanceResultType",
    "C2PAValidationStateApi",
    "CallableToolAllowedCaller",
    "Certificate",
    "CertificateCertificateDetails",
    "CertificateObject",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsChoiceType",
    "ChatCompletionAllowedToolsMode",
    "ChatCompletionAllowedToolsToolsItem",
    "ChatCompletionDeleted",
    "ChatCompletionDeletedObject",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionList",
    "ChatCompletionListObject",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageCustomToolCallType",
    "ChatCompletionMessageList",
    "ChatCompletionMessageListDataItem",
    "ChatCompletionMessageListObject",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallChunkType",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallType",
    "ChatCompletionModalitiesType0Item",
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
    "ChatCompletionRole",
    "ChatCompletionStreamOptionsType0",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionStreamResponseDeltaRole",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOptionType0",
    "ChatCompletionToolType",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionChatkitConfiguration",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatSessionResource",
    "ChatSessionResourceObject",
    "ChatSessionStatus",
    "ChatkitConfigurationParam",
    "ChatkitWorkflow",
    "ChatkitWorkflowStateVariablesType0",
    "ChatkitWorkflowTracing",
    "ClickButtonType",
    "ClickParam",
    "ClickParamType",
    "ClientToolCallItem",
    "ClientToolCallItemObject",
    "ClientToolCallItemType",
    "ClientToolCallStatus",
    "ClosedStatus",
    "ClosedStatusType",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputFilesItem",
    "CodeInterpreterFileOutputType",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageType",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsType",
    "CodeInterpreterTextOutput",
    "CodeInterpreterTextOutputType",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallStatus",
    "CodeInterpreterToolCallType",
    "CodeInterpreterToolType",
    "CompactResource",
    "CompactResourceObject",
    "CompactResponseMethodPublicBody",
    "CompactionBody",
    "CompactionBodyType",
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamType",
    "CompactionTriggerItemParam",
    "CompactionTriggerItemParamType",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompleteUploadRequest",
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
    "ComputerScreenshotContent",
    "ComputerScreenshotContentType",
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
    "ContainerFileCitationParam",
    "ContainerFileCitationParamType",
    "ContainerFileListResource",
    "ContainerFileListResourceObject",
    "ContainerFileResource",
    "ContainerListResource",
    "ContainerListResourceObject",
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
    "ContainerResource",
    "ContainerResourceExpiresAfter",
    "ContainerResourceExpiresAfterAnchor",
    "ContainerResourceMemoryLimit",
    "ContainerResourceNetworkPolicy",
    "ContainerResourceNetworkPolicyType",
    "ContextManagementParam",
    "ConversationItemList",
    "ConversationItemListObject",
    "ConversationParam2",
    "ConversationResource",
    "ConversationResourceObject",
    "CoordParam",
    "CostsResult",
    "CostsResultAmount",
    "CostsResultObject",
    "CostsResultQuantityUnitType1",
    "CreateAssistantRequest",
    "CreateAssistantRequestToolResourcesType0",
    "CreateAssistantRequestToolResourcesType0CodeInterpreter",
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
    "CreateChatSessionBody",
    "CreateCompletionRequest",
    "CreateCompletionRequestLogitBiasType0",
    "CreateCompletionRequestModelType1",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemFinishReason",
    "CreateCompletionResponseChoicesItemLogprobsType0",
    "CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem",
    "CreateCompletionResponseObject",
    "CreateContainerBody",
    "CreateContainerBodyExpiresAfter",
    "CreateContainerBodyExpiresAfterAnchor",
    "CreateContainerBodyMemoryLimit",
    "CreateContainerFileBody",
    "CreateContentProvenanceBody",
    "CreateConversationBody",
    "CreateConversationItemsBody",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestEncodingFormat",
    "CreateEmbeddingRequestModelType1",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseObject",
    "CreateEmbeddingResponseUsage",
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceInputMessagesType0",
    "CreateEvalCompletionsRunDataSourceInputMessagesType0Type",
    "CreateEvalCompletionsRunDataSourceInputMessagesType1",
    "CreateEvalCompletionsRunDataSourceInputMessagesType1Type",
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCompletionsRunDataSourceType",
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalCustomDataSourceConfigItemSchema",
    "CreateEvalCustomDataSourceConfigType",
    "CreateEvalItemType0",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalJsonlRunDataSourceType",
    "CreateEvalLabelModelGrader",
    "CreateEvalLabelModelGraderType",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalLogsDataSourceConfigMetadata",
    "CreateEvalLogsDataSourceConfigType",
    "CreateEvalRequest",
    "CreateEvalResponsesRunDataSource",
    "CreateEvalResponsesRunDataSourceInputMessagesType0",
    "CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0",
    "CreateEvalResponsesRunDataSourceInputMessagesType0Type",
    "CreateEvalResponsesRunDataSourceInputMessagesType1",
    "CreateEvalResponsesRunDataSourceInputMessagesType1Type",
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalResponsesRunDataSourceType",
    "CreateEvalRunRequest",
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CreateEvalStoredCompletionsDataSourceConfigMetadata",
    "CreateEvalStoredCompletionsDataSourceConfigType",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateFineTuningCheckpointPermissionRequest",
    "CreateFineTuningJobRequest",
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestHyperparametersBatchSizeType0",
    "CreateFineTuningJobRequestHyperparametersLearningRateMultiplierType0",
    "CreateFineTuningJobRequestHyperparametersNEpochsType0",
    "CreateFineTuningJobRequestIntegrationsType0Item",
    "CreateFineTuningJobRequestIntegrationsType0ItemTypeType0",
    "CreateFineTuningJobRequestIntegrationsType0ItemWandb",
    "CreateFineTuningJobRequestModelType1",
    "CreateGroupBody",
    "CreateGroupUserBody",
    "CreateImageEditRequest",
    "CreateImageEditRequestBackgroundType0",
    "CreateImageEditRequestModelType1",
    "CreateImageEditRequestOutputFormatType0",
    "CreateImageEditRequestQualityType0",
    "CreateImageEditRequestResponseFormatType0",
    "CreateImageEditRequestSizeType1",
    "CreateImageRequest",
    "CreateImageRequestBackgroundType0",
    "CreateImageRequestModelType1",
    "CreateImageRequestModerationType0",
    "CreateImageRequestOutputFormatType0",
    "CreateImageRequestQualityType0",
    "CreateImageRequestResponseFormatType0",
    "CreateImageRequestSizeType1",
    "CreateImageRequestStyleType0",
    "CreateImageVariationRequest",
    "CreateImageVariationRequestModelType1",
    "CreateImageVariationRequestResponseFormatType0",
    "CreateImageVariationRequestSizeType0",
    "CreateMessageRequest",
    "CreateMessageRequestAttachmentsType0Item",
    "CreateMessageRequestRole",
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
    "CreateProjectServiceAccountApiKeyBody",
    "CreateResponse",
    "CreateResponseTruncationType0",
    "CreateRunIncludeItem",
    "CreateRunRequest",
    "CreateSkillBody",
    "CreateSkillVersionBody",
    "CreateSpeechRequest",
    "CreateSpeechRequestModelType1",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestStreamFormat",
    "CreateSpendAlertBody",
    "CreateSpendAlertBodyCurrency",
    "CreateSpendAlertBodyInterval",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestModelType1",
    "CreateThreadAndRunRequestToolResourcesType0",
    "CreateThreadAndRunRequestToolResourcesType0CodeInterpreter",
    "CreateThreadAndRunRequestToolResourcesType0FileSearch",
    "CreateThreadRequest",
    "CreateThreadRequestToolResourcesType0",
    "CreateThreadRequestToolResourcesType0CodeInterpreter",
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
    "CreateUploadRequest",
    "CreateUploadRequestPurpose",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "CreateVideoCharacterBody",
    "CreateVideoEditJsonBody",
    "CreateVideoEditMultipartBody",
    "CreateVideoExtendJsonBody",
    "CreateVideoExtendMultipartBody",
    "CreateVideoJsonBody",
    "CreateVideoMultipartBody",
    "CreateVideoRemixBody",
    "CreateVoiceConsentRequest",
    "CreateVoiceRequest",
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
    "DeleteAssistantResponse",
    "DeleteAssistantResponseObject",
    "DeleteCertificateResponse",
    "DeleteCertificateResponseObject",
    "DeleteEvalResponse200",
    "DeleteEvalRunResponse200",
    "DeleteFileResponse",
    "DeleteFileResponseObject",
    "DeleteFineTuningCheckpointPermissionResponse",
    "DeleteFineTuningCheckpointPermissionResponseObject",
    "DeleteMessageResponse",
    "DeleteMessageResponseObject",
    "DeleteModelResponse",
    "DeleteThreadResponse",
    "DeleteThreadResponseObject",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreFileResponseObject",
    "DeleteVectorStoreResponse",
    "DeleteVectorStoreResponseObject",
    "DeletedConversationResource",
    "DeletedConversationResourceObject",
    "DeletedRoleAssignmentResource",
    "DeletedSkillResource",
    "DeletedSkillResourceObject",
    "DeletedSkillVersionResource",
    "DeletedSkillVersionResourceObject",
    "DeletedThreadResource",
    "DeletedThreadResourceObject",
    "DeletedVideoResource",
    "DeletedVideoResourceObject",
    "DetailEnum",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DirectToolCallCallerParamType",
    "DirectToolCallCallerType",
    "DoneEvent",
    "DoneEventData",
    "DoneEventEvent",
    "DoubleClickAction",
    "DoubleClickActionType",
    "DragParam",
    "DragParamType",
    "DragPoint",
    "EasyInputMessage",
    "EasyInputMessageRole",
    "EasyInputMessageType",
    "EditImageBodyJsonParam",
    "EditImageBodyJsonParamBackgroundType0",
    "EditImageBodyJsonParamInputFidelityType0",
    "EditImageBodyJsonParamModelType1",
    "EditImageBodyJsonParamModerationType0",
    "EditImageBodyJsonParamOutputFormatType0",
    "EditImageBodyJsonParamQualityType0",
    "EditImageBodyJsonParamSizeType0",
    "Embedding",
    "EmbeddingObject",
    "EmptyModelParam",
    "Error",
    "Error2",
    "ErrorEvent",
    "ErrorEventEvent",
    "ErrorPayload",
    "ErrorPayloadHeaders",
    "ErrorResponse",
    "Eval",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalCustomDataSourceConfigSchema",
    "EvalCustomDataSourceConfigType",
    "EvalGraderPython",
    "EvalGraderScoreModel",
    "EvalGraderTextSimilarity",
    "EvalItem",
    "EvalItemContentOutputText",
    "EvalItemContentOutputTextType",
    "EvalItemInputImage",
    "EvalItemInputImageType",
    "EvalItemRole",
    "EvalItemType",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileContentSourceContentItem",
    "EvalJsonlFileContentSourceContentItemItem",
    "EvalJsonlFileContentSourceContentItemSample",
    "EvalJsonlFileContentSourceType",
    "EvalJsonlFileIdSource",
    "EvalJsonlFileIdSourceType",
    "EvalList",
    "EvalListObject",
    "EvalLogsDataSourceConfig",
    "EvalLogsDataSourceConfigSchema",
    "EvalLogsDataSourceConfigType",
    "EvalObject",
    "EvalResponsesSource",
    "EvalResponsesSourceMetadataType0",
    "EvalResponsesSourceType",
    "EvalRun",
    "EvalRunList",
    "EvalRunListObject",
    "EvalRunObject",
    "EvalRunOutputItem",
    "EvalRunOutputItemDatasourceItem",
    "EvalRunOutputItemList",
    "EvalRunOutputItemListObject",
    "EvalRunOutputItemObject",
    "EvalRunOutputItemResult",
    "EvalRunOutputItemResultSampleType0",
    "EvalRunOutputItemSample",
    "EvalRunOutputItemSampleInputItem",
    "EvalRunOutputItemSampleOutputItem",
    "EvalRunOutputItemSampleUsage",
    "EvalRunPerModelUsageItem",
    "EvalRunPerTestingCriteriaResultsItem",
    "EvalRunResultCounts",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalStoredCompletionsDataSourceConfigSchema",
    "EvalStoredCompletionsDataSourceConfigType",
    "EvalStoredCompletionsSource",
    "EvalStoredCompletionsSourceType",
    "ExpiresAfterParam",
    "ExpiresAfterParamAnchor",
    "FileAnnotation",
    "FileAnnotationSource",
    "FileAnnotationSourceType",
    "FileAnnotationType",
    "FileCitationBody",
    "FileCitationBodyType",
    "FileCitationParam",
    "FileCitationParamType",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileExpirationAfterAnchor",
    "FileInputDetail",
    "FilePath",
    "FilePathType",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallResultsType0Item",
    "FileSearchToolCallStatus",
    "FileSearchToolCallType",
    "FileSearchToolType",
    "FileUploadParam",
    "FineTuneChatCompletionRequestAssistantMessage",
    "FineTuneChatCompletionRequestAssistantMessageWeight",
    "FineTuneDPOHyperparameters",
    "FineTuneDPOHyperparametersBatchSizeType0",
    "FineTuneDPOHyperparametersBetaType0",
    "FineTuneDPOHyperparametersLearningRateMultiplierType0",
    "FineTuneDPOHyperparametersNEpochsType0",
    "FineTuneDPOMethod",
    "FineTuneMethod",
    "FineTuneMethodType",
    "FineTuneReinforcementHyperparameters",
    "FineTuneReinforcementHyperparametersBatchSizeType0",
    "FineTuneReinforcementHyperparametersComputeMultiplierType0",
    "FineTuneReinforcementHyperparametersEvalIntervalType0",
    "FineTuneReinforcementHyperparametersEvalSamplesType0",
    "FineTuneReinforcementHyperparametersLearningRateMultiplierType0",
    "FineTuneReinforcementHyperparametersNEpochsType0",
    "FineTuneReinforcementHyperparametersReasoningEffort",
    "FineTuneReinforcementMethod",
    "FineTuneSupervisedHyperparameters",
    "FineTuneSupervisedHyperparametersBatchSizeType0",
    "FineTuneSupervisedHyperparametersLearningRateMultiplierType0",
    "FineTuneSupervisedHyperparametersNEpochsType0",
    "FineTuneSupervisedMethod",
    "FineTuningCheckpointPermission",
    "FineTuningCheckpointPermissionObject",
    "FineTuningIntegration",
    "FineTuningIntegrationType",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobCheckpointObject",
    "FineTuningJobErrorType0",
    "FineTuningJobEvent",
    "FineTuningJobEventData",
    "FineTuningJobEventLevel",
    "FineTuningJobEventObject",
    "FineTuningJobEventType",
    "FineTuningJobHyperparameters",
    "FineTuningJobHyperparametersBatchSizeType0Type0",
    "FineTuningJobHyperparametersLearningRateMultiplierType0",
    "FineTuningJobHyperparametersNEpochsType0",
    "FineTuningJobObject",
    "FineTuningJobStatus",
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
    "GetCertificateIncludeItem",
    "GetChatCompletionMessagesOrder",
    "GetEvalRunOutputItemsOrder",
    "GetEvalRunOutputItemsStatus",
    "GetEvalRunsOrder",
    "GetEvalRunsStatus",
    "GetRunStepIncludeItem",
    "GraderLabelModel",
    "GraderLabelModelType",
    "GraderMulti",
    "GraderMultiType",
    "GraderPython",
    "GraderPythonType",
    "GraderScoreModel",
    "GraderScoreModelSamplingParams",
    "GraderScoreModelType",
    "GraderStringCheck",
    "GraderStringCheckOperation",
    "GraderStringCheckType",
    "GraderTextSimilarity",
    "GraderTextSimilarityEvaluationMetric",
    "GraderTextSimilarityType",
    "GrammarSyntax1",
    "Group",
    "GroupDeletedResource",
    "GroupDeletedResourceObject",
    "GroupListResource",
    "GroupListResourceObject",
    "GroupMemberUser",
    "GroupMemberUserUserType",
    "GroupObject",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupResponseGroupType",
    "GroupRoleAssignment",
    "GroupRoleAssignmentObject",
    "GroupUser",
    "GroupUserAssignment",
    "GroupUserAssignmentObject",
    "GroupUserDeletedResource",
    "GroupUserDeletedResourceObject",
    "HTTPError",
    "HTTPErrorType",
    "HistoryParam",
    "HostedToolPermission",
    "HostedToolPermissionUpdate",
    "HybridSearchOptions",
    "Image",
    "ImageDetail",
    "ImageEditCompletedEvent",
    "ImageEditCompletedEventBackground",
    "ImageEditCompletedEventOutputFormat",
    "ImageEditCompletedEventQuality",
    "ImageEditCompletedEventSize",
    "ImageEditCompletedEventType",
    "ImageEditPartialImageEvent",
    "ImageEditPartialImageEventBackground",
    "ImageEditPartialImageEventOutputFormat",
    "ImageEditPartialImageEventQuality",
    "ImageEditPartialImageEventSize",
    "ImageEditPartialImageEventType",
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
    "ImageRefParam2",
    "ImagesResponse",
    "ImagesResponseBackground",
    "ImagesResponseOutputFormat",
    "ImagesResponseQuality",
    "ImagesResponseSize",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "IncludeEnum",
    "InferenceOptions",
    "InlineSkillParam",
    "InlineSkillParamType",
    "InlineSkillSourceParam",
    "InlineSkillSourceParamMediaType",
    "InlineSkillSourceParamType",
    "InputAudio",
    "InputAudioInputAudio",
    "InputAudioInputAudioFormat",
    "InputAudioType",
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
    "Invite",
    "InviteDeleteResponse",
    "InviteDeleteResponseObject",
    "InviteListResponse",
    "InviteListResponseObject",
    "InviteObject",
    "InviteProjectGroupBody",
    "InviteProjectsItem",
    "InviteProjectsItemRole",
    "InviteRequest",
    "InviteRequestProjectsItem",
    "InviteRequestProjectsItemRole",
    "InviteRequestRole",
    "InviteRole",
    "InviteStatus",
    "ItemReferenceParam",
    "ItemReferenceParamTypeType0",
    "KeyPressAction",
    "KeyPressActionType",
    "ListAssistantsOrder",
    "ListAssistantsResponse",
    "ListAuditLogsEffectiveAt",
    "ListAuditLogsResponse",
    "ListAuditLogsResponseObject",
    "ListBatchesResponse",
    "ListBatchesResponseObject",
    "ListCertificatesResponse",
    "ListCertificatesResponseObject",
    "ListChatCompletionsOrder",
    "ListContainerFilesOrder",
    "ListContainersOrder",
    "ListConversationItemsOrder",
    "ListEvalsOrder",
    "ListEvalsOrderBy",
    "ListFilesInVectorStoreBatchFilter",
    "ListFilesInVectorStoreBatchOrder",
    "ListFilesOrder",
    "ListFilesResponse",
    "ListFineTuningCheckpointPermissionResponse",
    "ListFineTuningCheckpointPermissionResponseObject",
    "ListFineTuningCheckpointPermissionsOrder",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobCheckpointsResponseObject",
    "ListFineTuningJobEventsResponse",
    "ListFineTuningJobEventsResponseObject",
    "ListGroupRoleAssignmentsOrder",
    "ListGroupUsersOrder",
    "ListGroupsOrder",
    "ListInputItemsOrder",
    "ListMessagesOrder",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListModelsResponseObject",
    "ListOrganizationCertificatesOrder",
    "ListOrganizationSpendAlertsOrder",
    "ListPaginatedFineTuningJobsMetadataType0",
    "ListPaginatedFineTuningJobsResponse",
    "ListPaginatedFineTuningJobsResponseObject",
    "ListProjectApiKeysOwnerProjectAccess",
    "ListProjectCertificatesOrder",
    "ListProjectCertificatesResponse",
    "ListProjectCertificatesResponseObject",
    "ListProjectGroupRoleAssignmentsOrder",
    "ListProjectGroupsOrder",
    "ListProjectRolesOrder",
    "ListProjectSpendAlertsOrder",
    "ListProjectUserRoleAssignmentsOrder",
    "ListRolesOrder",
    "ListRunStepsIncludeItem",
    "ListRunStepsOrder",
    "ListRunStepsResponse",
    "ListRunsOrder",
    "ListRunsResponse",
    "ListUserRoleAssignmentsOrder",
    "ListVectorStoreFilesFilter",
    "ListVectorStoreFilesOrder",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresOrder",
    "ListVectorStoresResponse",
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
    "LockedStatus",
    "LockedStatusType",
    "LogProb",
    "LogProbProperties",
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
    "Message",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectImageFile",
    "MessageContentImageFileObjectImageFileDetail",
    "MessageContentImageFileObjectType",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectImageUrl",
    "MessageContentImageUrlObjectImageUrlDetail",
    "MessageContentImageUrlObjectType",
    "MessageContentRefusalObject",
    "MessageContentRefusalObjectType",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFileCitationObjectType",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextAnnotationsFilePathObjectType",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageContentTextObjectType",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageFileObjectImageFile",
    "MessageDeltaContentImageFileObjectImageFileDetail",
    "MessageDeltaContentImageFileObjectType",
    "MessageDeltaContentImageUrlObject",
    "MessageDeltaContentImageUrlObjectImageUrl",
    "MessageDeltaContentImageUrlObjectImageUrlDetail",
    "MessageDeltaContentImageUrlObjectType",
    "MessageDeltaContentRefusalObject",
    "MessageDeltaContentRefusalObjectType",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageDeltaContentTextAnnotationsFileCitationObjectType",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath",
    "MessageDeltaContentTextAnnotationsFilePathObjectType",
    "MessageDeltaContentTextObject",
    "MessageDeltaContentTextObjectText",
    "MessageDeltaContentTextObjectType",
    "MessageDeltaObject",
    "MessageDeltaObjectDelta",
    "MessageDeltaObjectDeltaRole",
    "MessageDeltaObjectObject",
    "MessageObject",
    "MessageObjectAttachmentsType0Item",
    "MessageObjectIncompleteDetailsType0",
    "MessageObjectIncompleteDetailsType0Reason",
    "MessageObjectObject",
    "MessageObjectRole",
    "MessageObjectStatus",
    "MessagePhase",
    "MessagePhase2",
    "MessageRequestContentTextObject",
    "MessageRequestContentTextObjectType",
    "MessageRole",
    "MessageStatus",
    "MessageStreamEventType0",
    "MessageStreamEventType0Event",
    "MessageStreamEventType1",
    "MessageStreamEventType1Event",
    "MessageStreamEventType2",
    "MessageStreamEventType2Event",
    "MessageStreamEventType3",
    "MessageStreamEventType3Event",
    "MessageStreamEventType4",
    "MessageStreamEventType4Event",
    "MessageType",
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
    "ModifyAssistantRequest",
    "ModifyAssistantRequestToolResourcesType0",
    "ModifyAssistantRequestToolResourcesType0CodeInterpreter",
    "ModifyAssistantRequestToolResourcesType0FileSearch",
    "ModifyCertificateRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "ModifyThreadRequestToolResourcesType0",
    "ModifyThreadRequestToolResourcesType0CodeInterpreter",
    "ModifyThreadRequestToolResourcesType0FileSearch",
    "MoveParam",
    "MoveParamType",
    "NamespaceToolParam",
    "NamespaceToolParamType",
    "NoiseReductionType",
    "OpenAIFile",
    "OpenAIFileObject",
    "OpenAIFilePurpose",
    "OpenAIFileStatus",
    "OrderEnum",
    "OrganizationCertificate",
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateActivationResponseObject",
    "OrganizationCertificateCertificateDetails",
    "OrganizationCertificateDeactivationResponse",
    "OrganizationCertificateDeactivationResponseObject",
    "OrganizationCertificateObject",
    "OrganizationDataRetention",
    "OrganizationDataRetentionObject",
    "OrganizationDataRetentionType",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateActivationResponseObject",
    "OrganizationProjectCertificateCertificateDetails",
    "OrganizationProjectCertificateDeactivationResponse",
    "OrganizationProjectCertificateDeactivationResponseObject",
    "OrganizationProjectCertificateObject",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertCurrency",
    "OrganizationSpendAlertDeletedResource",
    "OrganizationSpendAlertDeletedResourceObject",
    "OrganizationSpendAlertInterval",
    "OrganizationSpendAlertListResource",
    "OrganizationSpendAlertListResourceObject",
    "OrganizationSpendAlertObject",
    "OrganizationSpendLimitDeletedResource",
    "OrganizationSpendLimitDeletedResourceObject",
    "OrganizationSpendLimitResource",
    "OrganizationSpendLimitResourceObject",
    "OtherChunkingStrategyResponseParam",
    "OtherChunkingStrategyResponseParamType",
    "OutputAudio",
    "OutputAudioType",
    "OutputMessage",
    "OutputMessageRole",
    "OutputMessageStatus",
    "OutputMessageType",
    "OutputTextContent",
    "OutputTextContentType",
    "PersonalityEnumType1",
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
    "Project",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
    "ProjectApiKeyDeleteResponseObject",
    "ProjectApiKeyListResponse",
    "ProjectApiKeyListResponseObject",
    "ProjectApiKeyObject",
    "ProjectApiKeyOwner",
    "ProjectApiKeyOwnerProjectAccess",
    "ProjectApiKeyOwnerServiceAccount",
    "ProjectApiKeyOwnerType",
    "ProjectApiKeyOwnerUser",
    "ProjectCreateRequest",
    "ProjectDataRetention",
    "ProjectDataRetentionObject",
    "ProjectDataRetentionType",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectGroupDeletedResourceObject",
    "ProjectGroupGroupType",
    "ProjectGroupListResource",
    "ProjectGroupListResourceObject",
    "ProjectGroupObject",
    "ProjectHostedToolPermissions",
    "ProjectHostedToolPermissionsUpdateRequest",
    "ProjectListResponse",
    "ProjectListResponseObject",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleteResponse",
    "ProjectModelPermissionsDeleteResponseObject",
    "ProjectModelPermissionsMode",
    "ProjectModelPermissionsObject",
    "ProjectModelPermissionsUpdateRequest",
    "ProjectModelPermissionsUpdateRequestMode",
    "ProjectObject",
    "ProjectRateLimit",
    "ProjectRateLimitListResponse",
    "ProjectRateLimitListResponseObject",
    "ProjectRateLimitObject",
    "ProjectRateLimitUpdateRequest",
    "ProjectServiceAccount",
    "ProjectServiceAccountApiKey",
    "ProjectServiceAccountApiKeyObject",
    "ProjectServiceAccountCreateRequest",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountCreateResponseObject",
    "ProjectServiceAccountCreateResponseRole",
    "ProjectServiceAccountDeleteResponse",
    "ProjectServiceAccountDeleteResponseObject",
    "ProjectServiceAccountListResponse",
    "ProjectServiceAccountListResponseObject",
    "ProjectServiceAccountObject",
    "ProjectServiceAccountRole",
    "ProjectSpendAlert",
    "ProjectSpendAlertCurrency",
    "ProjectSpendAlertDeletedResource",
    "ProjectSpendAlertDeletedResourceObject",
    "ProjectSpendAlertInterval",
    "ProjectSpendAlertListResource",
    "ProjectSpendAlertListResourceObject",
    "ProjectSpendAlertObject",
    "ProjectSpendLimitDeletedResource",
    "ProjectSpendLimitDeletedResourceObject",
    "ProjectSpendLimitResource",
    "ProjectSpendLimitResourceObject",
    "ProjectUpdateRequest",
    "ProjectUser",
    "ProjectUserCreateRequest",
    "ProjectUserDeleteResponse",
    "ProjectUserDeleteResponseObject",
    "ProjectUserListResponse",
    "ProjectUserObject",
    "ProjectUserUpdateRequest",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamMode",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheRetentionEnum",
    "PromptCacheTTLEnum",
    "PromptType0",
    "ProvenanceCheckObject",
    "ProvenanceDetectionResultApi",
    "ProvenanceResource",
    "PublicAssignOrganizationGroupRoleBody",
    "PublicCreateOrganizationRoleBody",
    "PublicProjectResidency",
    "PublicRoleListResource",
    "PublicRoleListResourceObject",
    "PublicUpdateOrganizationRoleBody",
    "RankerVersionType",
    "RankingOptions",
    "RateLimitsParam",
    "RealtimeAudioFormatsType0",
    "RealtimeAudioFormatsType0Rate",
    "RealtimeAudioFormatsType0Type",
    "RealtimeAudioFormatsType1",
    "RealtimeAudioFormatsType1Type",
    "RealtimeAudioFormatsType2",
    "RealtimeAudioFormatsType2Type",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemCreateType",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemDeleteType",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemRetrieveType",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventConversationItemTruncateType",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferAppendType",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferClearType",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventInputAudioBufferCommitType",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventOutputAudioBufferClearType",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCancelType",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventResponseCreateType",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventSessionUpdateType",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdateType",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsConversationType1",
    "RealtimeBetaResponseCreateParamsMaxOutputTokensType1",
    "RealtimeBetaResponseCreateParamsModalitiesItem",
    "RealtimeBetaResponseCreateParamsOutputAudioFormat",
    "RealtimeBetaResponseCreateParamsToolsItem",
    "RealtimeBetaResponseCreateParamsToolsItemParameters",
    "RealtimeBetaResponseCreateParamsToolsItemType",
    "RealtimeBetaResponseMaxOutputTokensType1",
    "RealtimeBetaResponseModalitiesItem",
    "RealtimeBetaResponseObject",
    "RealtimeBetaResponseOutputAudioFormat",
    "RealtimeBetaResponseStatus",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseStatusDetailsError",
    "RealtimeBetaResponseStatusDetailsReason",
    "RealtimeBetaResponseStatusDetailsType",
    "RealtimeBetaResponseUsage",
    "RealtimeBetaResponseUsageInputTokenDetails",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageOutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemCreatedType",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemDeletedType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDeltaType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedType",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemRetrievedType",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventConversationItemTruncatedType",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorError",
    "RealtimeBetaServerEventErrorType",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferClearedType",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferCommittedType",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStartedType",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventInputAudioBufferSpeechStoppedType",
    "RealtimeBetaServerEventMCPListToolsCompleted",
    "RealtimeBetaServerEventMCPListToolsCompletedType",
    "RealtimeBetaServerEventMCPListToolsFailed",
    "RealtimeBetaServerEventMCPListToolsFailedType",
    "RealtimeBetaServerEventMCPListToolsInProgress",
    "RealtimeBetaServerEventMCPListToolsInProgressType",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeBetaServerEventRateLimitsUpdatedType",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDeltaType",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioDoneType",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDeltaType",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDoneType",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartAddedPartType",
    "RealtimeBetaServerEventResponseContentPartAddedType",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseContentPartDonePartType",
    "RealtimeBetaServerEventResponseContentPartDoneType",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseCreatedType",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseDoneType",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDeltaType",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDoneType",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDeltaType",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDoneType",
    "RealtimeBetaServerEventResponseMCPCallCompleted",
    "RealtimeBetaServerEventResponseMCPCallCompletedType",
    "RealtimeBetaServerEventResponseMCPCallFailed",
    "RealtimeBetaServerEventResponseMCPCallFailedType",
    "RealtimeBetaServerEventResponseMCPCallInProgress",
    "RealtimeBetaServerEventResponseMCPCallInProgressType",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemAddedType",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseOutputItemDoneType",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDeltaType",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventResponseTextDoneType",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionCreatedType",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventSessionUpdatedType",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionCreatedType",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionUpdatedType",
    "RealtimeCallCreateRequest",
    "RealtimeCallReferRequest",
    "RealtimeCallRejectRequest",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemCreateType",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemDeleteType",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemRetrieveType",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventConversationItemTruncateType",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferAppendType",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferClearType",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventInputAudioBufferCommitType",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventOutputAudioBufferClearType",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCancelType",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventResponseCreateType",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventSessionUpdateType",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeClientEventTranscriptionSessionUpdateType",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallObject",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemFunctionCallOutputObject",
    "RealtimeConversationItemFunctionCallOutputStatus",
    "RealtimeConversationItemFunctionCallOutputType",
    "RealtimeConversationItemFunctionCallStatus",
    "RealtimeConversationItemFunctionCallType",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageAssistantContentItemType",
    "RealtimeConversationItemMessageAssistantObject",
    "RealtimeConversationItemMessageAssistantRole",
    "RealtimeConversationItemMessageAssistantStatus",
    "RealtimeConversationItemMessageAssistantType",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageSystemContentItemType",
    "RealtimeConversationItemMessageSystemObject",
    "RealtimeConversationItemMessageSystemRole",
    "RealtimeConversationItemMessageSystemStatus",
    "RealtimeConversationItemMessageSystemType",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemMessageUserContentItemDetail",
    "RealtimeConversationItemMessageUserContentItemType",
    "RealtimeConversationItemMessageUserObject",
    "RealtimeConversationItemMessageUserRole",
    "RealtimeConversationItemMessageUserStatus",
    "RealtimeConversationItemMessageUserType",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentItem",
    "RealtimeConversationItemWithReferenceContentItemType",
    "RealtimeConversationItemWithReferenceObject",
    "RealtimeConversationItemWithReferenceRole",
    "RealtimeConversationItemWithReferenceStatus",
    "RealtimeConversationItemWithReferenceType",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretRequestExpiresAfterAnchor",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParameters",
    "RealtimeFunctionToolType",
    "RealtimeMCPApprovalRequest",
    "RealtimeMCPApprovalRequestType",
    "RealtimeMCPApprovalResponse",
    "RealtimeMCPApprovalResponseType",
    "RealtimeMCPHTTPError",
    "RealtimeMCPHTTPErrorType",
    "RealtimeMCPListTools",
    "RealtimeMCPListToolsType",
    "RealtimeMCPProtocolError",
    "RealtimeMCPProtocolErrorType",
    "RealtimeMCPToolCall",
    "RealtimeMCPToolCallType",
    "RealtimeMCPToolExecutionError",
    "RealtimeMCPToolExecutionErrorType",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseCreateParamsConversationType1",
    "RealtimeResponseCreateParamsMaxOutputTokensType1",
    "RealtimeResponseCreateParamsOutputModalitiesItem",
    "RealtimeResponseMaxOutputTokensType1",
    "RealtimeResponseObject",
    "RealtimeResponseOutputModalitiesItem",
    "RealtimeResponseStatus",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseStatusDetailsReason",
    "RealtimeResponseStatusDetailsType",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationCreatedType",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemAddedType",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemCreatedType",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDeletedType",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemDoneType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompletedType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedType",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegmentType",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemRetrievedType",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventConversationItemTruncatedType",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorError",
    "RealtimeServerEventErrorType",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferClearedType",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferCommittedType",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferDtmfEventReceivedType",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStartedType",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferSpeechStoppedType",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventInputAudioBufferTimeoutTriggeredType",
    "RealtimeServerEventMCPListToolsCompleted",
    "RealtimeServerEventMCPListToolsCompletedType",
    "RealtimeServerEventMCPListToolsFailed",
    "RealtimeServerEventMCPListToolsFailedType",
    "RealtimeServerEventMCPListToolsInProgress",
    "RealtimeServerEventMCPListToolsInProgressType",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferClearedType",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStartedType",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventOutputAudioBufferStoppedType",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeServerEventRateLimitsUpdatedType",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDeltaType",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioDoneType",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDeltaType",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseAudioTranscriptDoneType",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedPart",
    "RealtimeServerEventResponseContentPartAddedPartType",
    "RealtimeServerEventResponseContentPartAddedType",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseContentPartDonePartType",
    "RealtimeServerEventResponseContentPartDoneType",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseCreatedType",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseDoneType",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDeltaType",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDoneType",
    "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "RealtimeServerEventResponseMCPCallArgumentsDeltaType",
    "RealtimeServerEventResponseMCPCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallArgumentsDoneType",
    "RealtimeServerEventResponseMCPCallCompleted",
    "RealtimeServerEventResponseMCPCallCompletedType",
    "RealtimeServerEventResponseMCPCallFailed",
    "RealtimeServerEventResponseMCPCallFailedType",
    "RealtimeServerEventResponseMCPCallInProgress",
    "RealtimeServerEventResponseMCPCallInProgressType",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemAddedType",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseOutputItemDoneType",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDeltaType",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventResponseTextDoneType",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionCreatedType",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventSessionUpdatedType",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeServerEventTranscriptionSessionUpdatedType",
    "RealtimeSession",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAAudio",
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGAIncludeItem",
    "RealtimeSessionCreateRequestGAMaxOutputTokensType1",
    "RealtimeSessionCreateRequestGAModelType1",
    "RealtimeSessionCreateRequestGAOutputModalitiesItem",
    "RealtimeSessionCreateRequestGATracingType0",
    "RealtimeSessionCreateRequestGATracingType1",
    "RealtimeSessionCreateRequestGATracingType1Metadata",
    "RealtimeSessionCreateRequestGAType",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestMaxResponseOutputTokensType1",
    "RealtimeSessionCreateRequestToolsItem",
    "RealtimeSessionCreateRequestToolsItemParameters",
    "RealtimeSessionCreateRequestToolsItemType",
    "RealtimeSessionCreateRequestTracingType0",
    "RealtimeSessionCreateRequestTracingType1",
    "RealtimeSessionCreateRequestTracingType1Metadata",
    "RealtimeSessionCreateRequestTurnDetection",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudio",
    "RealtimeSessionCreateResponseGAAudioInput",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseGAAudioOutput",
    "RealtimeSessionCreateResponseGAIncludeItem",
    "RealtimeSessionCreateResponseGAMaxOutputTokensType1",
    "RealtimeSessionCreateResponseGAModelType1",
    "RealtimeSessionCreateResponseGAObject",
    "RealtimeSessionCreateResponseGAOutputModalitiesItem",
    "RealtimeSessionCreateResponseGATracingType0Type0",
    "RealtimeSessionCreateResponseGATracingType0Type1",
    "RealtimeSessionCreateResponseGATracingType0Type1Metadata",
    "RealtimeSessionCreateResponseGAType",
    "RealtimeSessionCreateResponseIncludeItem",
    "RealtimeSessionCreateResponseMaxOutputTokensType1",
    "RealtimeSessionCreateResponseTracingType0",
    "RealtimeSessionCreateResponseTracingType1",
    "RealtimeSessionCreateResponseTracingType1Metadata",
    "RealtimeSessionCreateResponseTurnDetection",
    "RealtimeSessionIncludeType0Item",
    "RealtimeSessionInputAudioFormat",
    "RealtimeSessionInputAudioNoiseReduction",
    "RealtimeSessionMaxResponseOutputTokensType1",
    "RealtimeSessionModelType1",
    "RealtimeSessionObject",
    "RealtimeSessionOutputAudioFormat",
    "RealtimeSessionTracingType0Type0",
    "RealtimeSessionTracingType0Type1",
    "RealtimeSessionTracingType0Type1Metadata",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeItem",
    "RealtimeTranscriptionSessionCreateRequestGAType",
    "RealtimeTranscriptionSessionCreateRequestIncludeItem",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormat",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeItem",
    "RealtimeTranscriptionSessionCreateResponseGAType",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventInputAudioBufferAppendType",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionCloseType",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientEventSessionUpdateType",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionClosedType",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionCreatedType",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionInputTranscriptDeltaType",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormat",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaType",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDeltaType",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationServerEventSessionUpdatedType",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReductionType0",
    "RealtimeTranslationSessionAudioInputTranscriptionType0",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0",
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionType",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudio",
    "RealtimeTranslationSessionUpdateRequestAudioInput",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0",
    "RealtimeTranslationSessionUpdateRequestAudioOutput",
    "RealtimeTruncationType0",
    "RealtimeTruncationType1",
    "RealtimeTruncationType1TokenLimits",
    "RealtimeTruncationType1Type",
    "RealtimeTurnDetectionType0Type0",
    "RealtimeTurnDetectionType0Type1",
    "RealtimeTurnDetectionType0Type1Eagerness",
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
    "ResponseFormatTextGrammar",
    "ResponseFormatTextGrammarType",
    "ResponseFormatTextPython",
    "ResponseFormatTextPythonType",
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
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationAddedEventType",
    "ResponseOutputTextType",
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
    "ResponseWsError",
    "ResponseWsErrorType",
    "ResponsesClientEventResponseCreate",
    "ResponsesClientEventResponseCreateType",
    "ResponsesServerEventType0",
    "ResponsesServerEventType1",
    "ResponsesServerEventType2",
    "ResponsesServerEventType3",
    "ResponsesServerEventType4",
    "ResponsesServerEventType5",
    "ResponsesServerEventType6",
    "ResponsesServerEventType7",
    "ResponsesServerEventType8",
    "ResponsesServerEventType9",
    "ResponsesServerEventType10",
    "ResponsesServerEventType11",
    "ResponsesServerEventType12",
    "ResponsesServerEventType13",
    "ResponsesServerEventType14",
    "ResponsesServerEventType15",
    "ResponsesServerEventType16",
    "ResponsesServerEventType17",
    "ResponsesServerEventType18",
    "ResponsesServerEventType19",
    "ResponsesServerEventType20",
    "ResponsesServerEventType21",
    "ResponsesServerEventType22",
    "ResponsesServerEventType23",
    "ResponsesServerEventType24",
    "ResponsesServerEventType25",
    "ResponsesServerEventType26",
    "ResponsesServerEventType27",
    "ResponsesServerEventType28",
    "ResponsesServerEventType29",
    "ResponsesServerEventType30",
    "ResponsesServerEventType31",
    "ResponsesServerEventType32",
    "ResponsesServerEventType33",
    "ResponsesServerEventType34",
    "ResponsesServerEventType35",
    "ResponsesServerEventType36",
    "ResponsesServerEventType37",
    "ResponsesServerEventType38",
    "ResponsesServerEventType39",
    "ResponsesServerEventType40",
    "ResponsesServerEventType41",
    "ResponsesServerEventType42",
    "ResponsesServerEventType43",
    "ResponsesServerEventType44",
    "ResponsesServerEventType45",
    "ResponsesServerEventType46",
    "ResponsesServerEventType47",
    "ResponsesServerEventType48",
    "ResponsesServerEventType49",
    "ResponsesServerEventType50",
    "ResponsesServerEventType51",
    "ResponsesServerEventType52",
    "ResponsesServerEventType53",
    "ResponsesServerEventType54",
    "ResponsesServerEventType55",
    "ResponsesServerEventType56",
    "ResponsesWebSocketStreamEvent",
    "RetrieveProjectGroupGroupType",
    "Role",
    "RoleDeletedResource",
    "RoleDeletedResourceObject",
    "RoleListResource",
    "RoleListResourceObject",
    "RoleObject",
    "RunCompletionUsageType0",
    "RunGraderRequest",
    "RunGraderRequestItem",
    "RunGraderResponse",
    "RunGraderResponseMetadata",
    "RunGraderResponseMetadataErrors",
    "RunGraderResponseMetadataScores",
    "RunGraderResponseModelGraderTokenUsagePerModel",
    "RunGraderResponseSubRewards",
    "RunObject",
    "RunObjectIncompleteDetailsType0",
    "RunObjectIncompleteDetailsType0Reason",
    "RunObjectLastErrorType0",
    "RunObjectLastErrorType0Code",
    "RunObjectObject",
    "RunObjectRequiredActionType0",
    "RunObjectRequiredActionType0SubmitToolOutputs",
    "RunObjectRequiredActionType0Type",
    "RunObjectStatus",
    "RunStepCompletionUsageType0",
    "RunStepDeltaObject",
    "RunStepDeltaObjectDelta",
    "RunStepDeltaObjectObject",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDeltaStepDetailsMessageCreationObjectType",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDeltaStepDetailsToolCallsCodeObjectType",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectType",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObjectType",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectType",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectType",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDeltaStepDetailsToolCallsObjectType",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsMessageCreationObjectType",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeObjectType",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputImageObjectType",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsCodeOutputLogsObjectType",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDetailsToolCallsFileSearchObjectType",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItemType",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsFunctionObjectType",
    "RunStepDetailsToolCallsObject",
    "RunStepDetailsToolCallsObjectType",
    "RunStepObject",
    "RunStepObjectLastErrorType0",
    "RunStepObjectLastErrorType0Code",
    "RunStepObjectObject",
    "RunStepObjectStatus",
    "RunStepObjectType",
    "RunStepStreamEventType0",
    "RunStepStreamEventType0Event",
    "RunStepStreamEventType1",
    "RunStepStreamEventType1Event",
    "RunStepStreamEventType2",
    "RunStepStreamEventType2Event",
    "RunStepStreamEventType3",
    "RunStepStreamEventType3Event",
    "RunStepStreamEventType4",
    "RunStepStreamEventType4Event",
    "RunStepStreamEventType5",
    "RunStepStreamEventType5Event",
    "RunStepStreamEventType6",
    "RunStepStreamEventType6Event",
    "RunStreamEventType0",
    "RunStreamEventType0Event",
    "RunStreamEventType1",
    "RunStreamEventType1Event",
    "RunStreamEventType2",
    "RunStreamEventType2Event",
    "RunStreamEventType3",
    "RunStreamEventType3Event",
    "RunStreamEventType4",
    "RunStreamEventType4Event",
    "RunStreamEventType5",
    "RunStreamEventType5Event",
    "RunStreamEventType6",
    "RunStreamEventType6Event",
    "RunStreamEventType7",
    "RunStreamEventType7Event",
    "RunStreamEventType8",
    "RunStreamEventType8Event",
    "RunStreamEventType9",
    "RunStreamEventType9Event",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "RunToolCallObjectType",
    "ScreenshotParam",
    "ScreenshotParamType",
    "ScrollParam",
    "ScrollParamType",
    "SearchContentType",
    "SearchContextSize",
    "ServiceAccountApiKeyBody",
    "ServiceAccountApiKeyBodyObject",
    "ServiceTierEnum",
    "ServiceTierResponsesType0",
    "ServiceTierType0",
    "SetDefaultSkillVersionBody",
    "ShellCallOutputDelta",
    "SkillListResource",
    "SkillListResourceObject",
    "SkillReferenceParam",
    "SkillReferenceParamType",
    "SkillResource",
    "SkillResourceObject",
    "SkillVersionListResource",
    "SkillVersionListResourceObject",
    "SkillVersionResource",
    "SkillVersionResourceObject",
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
    "SpendAlertNotificationChannel",
    "SpendAlertNotificationChannelType",
    "SpendLimitCurrencyType1",
    "SpendLimitEnforcement",
    "SpendLimitEnforcementStatusType1",
    "SpendLimitIntervalType1",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestToolOutputsItem",
    "SummaryTextContent",
    "SummaryTextContentType",
    "SynthIDProvenanceResult",
    "SynthIDProvenanceResultType",
    "TaskGroupItem",
    "TaskGroupItemObject",
    "TaskGroupItemType",
    "TaskGroupTask",
    "TaskItem",
    "TaskItemObject",
    "TaskItemType",
    "TaskType",
    "TextContent",
    "TextContentType",
    "TextResponseFormatJsonSchema",
    "TextResponseFormatJsonSchemaType",
    "ThreadItemListResource",
    "ThreadItemListResourceObject",
    "ThreadListResource",
    "ThreadListResourceObject",
    "ThreadObject",
    "ThreadObjectObject",
    "ThreadObjectToolResourcesType0",
    "ThreadObjectToolResourcesType0CodeInterpreter",
    "ThreadObjectToolResourcesType0FileSearch",
    "ThreadResource",
    "ThreadResourceObject",
    "ThreadStreamEventType0",
    "ThreadStreamEventType0Event",
    "ToggleCertificatesRequest",
    "TokenCountsBody",
    "TokenCountsResource",
    "TokenCountsResourceObject",
    "ToolChoice",
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
    "TranscriptionChunkingStrategyType0",
    "TranscriptionDiarizedSegment",
    "TranscriptionDiarizedSegmentType",
    "TranscriptionInclude",
    "TranscriptionLanguage",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationEnum",
    "TruncationObject",
    "TruncationObjectType",
    "TypeParam",
    "TypeParamType",
    "UpdateChatCompletionBody",
    "UpdateConversationBody",
    "UpdateEvalBody",
    "UpdateGroupBody",
    "UpdateOrganizationDataRetentionBody",
    "UpdateOrganizationDataRetentionBodyRetentionType",
    "UpdateOrganizationSpendLimitBody",
    "UpdateOrganizationSpendLimitBodyCurrency",
    "UpdateOrganizationSpendLimitBodyInterval",
    "UpdateProjectDataRetentionBody",
    "UpdateProjectDataRetentionBodyRetentionType",
    "UpdateProjectServiceAccountBody",
    "UpdateProjectServiceAccountBodyRole",
    "UpdateProjectSpendLimitBody",
    "UpdateProjectSpendLimitBodyCurrency",
    "UpdateProjectSpendLimitBodyInterval",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "UpdateVoiceConsentRequest",
    "Upload",
    "UploadCertificateRequest",
    "UploadObject",
    "UploadPart",
    "UploadPartObject",
    "UploadStatus",
    "UrlAnnotation",
    "UrlAnnotationSource",
    "UrlAnnotationSourceType",
    "UrlAnnotationType",
    "UrlCitationBody",
    "UrlCitationBodyType",
    "UrlCitationParam",
    "UrlCitationParamType",
    "UsageAudioSpeechesBucketWidth",
    "UsageAudioSpeechesGroupByItem",
    "UsageAudioSpeechesResult",
    "UsageAudioSpeechesResultObject",
    "UsageAudioTranscriptionsBucketWidth",
    "UsageAudioTranscriptionsGroupByItem",
    "UsageAudioTranscriptionsResult",
    "UsageAudioTranscriptionsResultObject",
    "UsageCodeInterpreterSessionsBucketWidth",
    "UsageCodeInterpreterSessionsGroupByItem",
    "UsageCodeInterpreterSessionsResult",
    "UsageCodeInterpreterSessionsResultObject",
    "UsageCompletionsBucketWidth",
    "UsageCompletionsGroupByItem",
    "UsageCompletionsResult",
    "UsageCompletionsResultObject",
    "UsageCostsBucketWidth",
    "UsageCostsGroupByItem",
    "UsageEmbeddingsBucketWidth",
    "UsageEmbeddingsGroupByItem",
    "UsageEmbeddingsResult",
    "UsageEmbeddingsResultObject",
    "UsageFileSearchCallsBucketWidth",
    "UsageFileSearchCallsGroupByItem",
    "UsageFileSearchCallsResult",
    "UsageFileSearchCallsResultObject",
    "UsageImagesBucketWidth",
    "UsageImagesGroupByItem",
    "UsageImagesResult",
    "UsageImagesResultObject",
    "UsageImagesSizesItem",
    "UsageImagesSourcesItem",
    "UsageModerationsBucketWidth",
    "UsageModerationsGroupByItem",
    "UsageModerationsResult",
    "UsageModerationsResultObject",
    "UsageResponse",
    "UsageResponseObject",
    "UsageTimeBucket",
    "UsageTimeBucketObject",
    "UsageVectorStoresBucketWidth",
    "UsageVectorStoresGroupByItem",
    "UsageVectorStoresResult",
    "UsageVectorStoresResultObject",
    "UsageWebSearchCallsBucketWidth",
    "UsageWebSearchCallsContextLevelsItem",
    "UsageWebSearchCallsGroupByItem",
    "UsageWebSearchCallsResult",
    "UsageWebSearchCallsResultObject",
    "User",
    "UserDeleteResponse",
    "UserDeleteResponseObject",
    "UserListResource",
    "UserListResourceObject",
    "UserListResponse",
    "UserListResponseObject",
    "UserMessageInputText",
    "UserMessageInputTextType",
    "UserMessageItem",
    "UserMessageItemObject",
    "UserMessageItemType",
    "UserMessageQuotedText",
    "UserMessageQuotedTextType",
    "UserObject",
    "UserProjectsType0",
    "UserProjectsType0DataItem",
    "UserProjectsType0Object",
    "UserRoleAssignment",
    "UserRoleAssignmentObject",
    "UserRoleUpdateRequest",
    "UserUser",
    "UserUserObject",
    "VadConfig",
    "VadConfigType",
    "ValidateGraderRequest",
    "ValidateGraderResponse",
    "VectorStoreExpirationAfter",
    "VectorStoreExpirationAfterAnchor",
    "VectorStoreFileAttributesType0",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileBatchObjectObject",
    "VectorStoreFileBatchObjectStatus",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseDataItem",
    "VectorStoreFileContentResponseObject",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastErrorType0",
    "VectorStoreFileObjectLastErrorType0Code",
    "VectorStoreFileObjectObject",
    "VectorStoreFileObjectStatus",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoreObjectObject",
    "VectorStoreObjectStatus",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsRanker",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultContentObjectType",
    "VectorStoreSearchResultItem",
    "VectorStoreSearchResultsPage",
    "VectorStoreSearchResultsPageObject",
    "VerbosityType0",
    "VideoCharacterResource",
    "VideoContentVariant",
    "VideoListResource",
    "VideoListResourceObject",
    "VideoModelType1",
    "VideoReferenceInputParam",
    "VideoResource",
    "VideoResourceObject",
    "VideoSeconds",
    "VideoSize",
    "VideoStatus",
    "VoiceConsentDeletedResource",
    "VoiceConsentDeletedResourceObject",
    "VoiceConsentListResource",
    "VoiceConsentListResourceObject",
    "VoiceConsentResource",
    "VoiceConsentResourceObject",
    "VoiceIdsOrCustomVoiceType1",
    "VoiceIdsSharedType1",
    "VoiceResource",
    "VoiceResourceObject",
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
    "WebhookBatchCancelled",
    "WebhookBatchCancelledData",
    "WebhookBatchCancelledObject",
    "WebhookBatchCancelledType",
    "WebhookBatchCompleted",
    "WebhookBatchCompletedData",
    "WebhookBatchCompletedObject",
    "WebhookBatchCompletedType",
    "WebhookBatchExpired",
    "WebhookBatchExpiredData",
    "WebhookBatchExpiredObject",
    "WebhookBatchExpiredType",
    "WebhookBatchFailed",
    "WebhookBatchFailedData",
    "WebhookBatchFailedObject",
    "WebhookBatchFailedType",
    "WebhookEvalRunCanceled",
    "WebhookEvalRunCanceledData",
    "WebhookEvalRunCanceledObject",
    "WebhookEvalRunCanceledType",
    "WebhookEvalRunFailed",
    "WebhookEvalRunFailedData",
    "WebhookEvalRunFailedObject",
    "WebhookEvalRunFailedType",
    "WebhookEvalRunSucceeded",
    "WebhookEvalRunSucceededData",
    "WebhookEvalRunSucceededObject",
    "WebhookEvalRunSucceededType",
    "WebhookFineTuningJobCancelled",
    "WebhookFineTuningJobCancelledData",
    "WebhookFineTuningJobCancelledObject",
    "WebhookFineTuningJobCancelledType",
    "WebhookFineTuningJobFailed",
    "WebhookFineTuningJobFailedData",
    "WebhookFineTuningJobFailedObject",
    "WebhookFineTuningJobFailedType",
    "WebhookFineTuningJobSucceeded",
    "WebhookFineTuningJobSucceededData",
    "WebhookFineTuningJobSucceededObject",
    "WebhookFineTuningJobSucceededType",
    "WebhookLiveCallIncoming",
    "WebhookLiveCallIncomingData",
    "WebhookLiveCallIncomingDataSipHeadersItem",
    "WebhookLiveCallIncomingObject",
    "WebhookLiveCallIncomingType",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookRealtimeCallIncomingObject",
    "WebhookRealtimeCallIncomingType",
    "WebhookResponseCancelled",
    "WebhookResponseCancelledData",
    "WebhookResponseCancelledObject",
    "WebhookResponseCancelledType",
    "WebhookResponseCompleted",
    "WebhookResponseCompletedData",
    "WebhookResponseCompletedObject",
    "WebhookResponseCompletedType",
    "WebhookResponseFailed",
    "WebhookResponseFailedData",
    "WebhookResponseFailedObject",
    "WebhookResponseFailedType",
    "WebhookResponseIncomplete",
    "WebhookResponseIncompleteData",
    "WebhookResponseIncompleteObject",
    "WebhookResponseIncompleteType",
    "WidgetMessageItem",
    "WidgetMessageItemObject",
    "WidgetMessageItemType",
    "WorkflowParam",
    "WorkflowParamStateVariables",
    "WorkflowTracingParam",
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
