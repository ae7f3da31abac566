from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.additional_tools import AdditionalTools
from ...models.apply_patch_tool_call import ApplyPatchToolCall
from ...models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
from ...models.code_interpreter_tool_call import CodeInterpreterToolCall
from ...models.compaction_body import CompactionBody
from ...models.computer_tool_call import ComputerToolCall
from ...models.computer_tool_call_output_resource import ComputerToolCallOutputResource
from ...models.custom_tool_call import CustomToolCall
from ...models.custom_tool_call_output import CustomToolCallOutput
from ...models.error_response import ErrorResponse
from ...models.file_search_tool_call import FileSearchToolCall
from ...models.function_shell_call import FunctionShellCall
from ...models.function_shell_call_output import FunctionShellCallOutput
from ...models.function_tool_call_output_resource import FunctionToolCallOutputResource
from ...models.function_tool_call_resource import FunctionToolCallResource
from ...models.image_gen_tool_call import ImageGenToolCall
from ...models.include_enum import IncludeEnum
from ...models.local_shell_tool_call import LocalShellToolCall
from ...models.local_shell_tool_call_output import LocalShellToolCallOutput
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response_resource import MCPApprovalResponseResource
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool_call import MCPToolCall
from ...models.message import Message
from ...models.program import Program
from ...models.program_output import ProgramOutput
from ...models.reasoning_item import ReasoningItem
from ...models.tool_search_call import ToolSearchCall
from ...models.tool_search_output import ToolSearchOutput
from ...models.web_search_tool_call import WebSearchToolCall
from ...types import UNSET, Unset, strict_parsing


def _get_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | ErrorResponse
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            AdditionalTools
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | CodeInterpreterToolCall
            | CompactionBody
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | CustomToolCall
            | CustomToolCallOutput
            | FileSearchToolCall
            | FunctionShellCall
            | FunctionShellCallOutput
            | FunctionToolCallOutputResource
            | FunctionToolCallResource
            | ImageGenToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPListTools
            | MCPToolCall
            | Message
            | Program
            | ProgramOutput
            | ReasoningItem
            | ToolSearchCall
            | ToolSearchOutput
            | WebSearchToolCall
        ):
            if isinstance(data, dict):
                if data.get("type") == "message":
                    try:
                        componentsschemas_conversation_item_type_0 = Message.from_dict(
                            data
                        )

                        return componentsschemas_conversation_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "function_call":
                    try:
                        componentsschemas_conversation_item_type_1 = (
                            FunctionToolCallResource.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "function_call_output":
                    try:
                        componentsschemas_conversation_item_type_2 = (
                            FunctionToolCallOutputResource.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "file_search_call":
                    try:
                        componentsschemas_conversation_item_type_3 = (
                            FileSearchToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "web_search_call":
                    try:
                        componentsschemas_conversation_item_type_4 = (
                            WebSearchToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "image_generation_call":
                    try:
                        componentsschemas_conversation_item_type_5 = (
                            ImageGenToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "computer_call":
                    try:
                        componentsschemas_conversation_item_type_6 = (
                            ComputerToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "computer_call_output":
                    try:
                        componentsschemas_conversation_item_type_7 = (
                            ComputerToolCallOutputResource.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "tool_search_call":
                    try:
                        componentsschemas_conversation_item_type_8 = (
                            ToolSearchCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "tool_search_output":
                    try:
                        componentsschemas_conversation_item_type_9 = (
                            ToolSearchOutput.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "additional_tools":
                    try:
                        componentsschemas_conversation_item_type_10 = (
                            AdditionalTools.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "reasoning":
                    try:
                        componentsschemas_conversation_item_type_11 = (
                            ReasoningItem.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "program":
                    try:
                        componentsschemas_conversation_item_type_12 = Program.from_dict(
                            data
                        )

                        return componentsschemas_conversation_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "program_output":
                    try:
                        componentsschemas_conversation_item_type_13 = (
                            ProgramOutput.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "compaction":
                    try:
                        componentsschemas_conversation_item_type_14 = (
                            CompactionBody.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "code_interpreter_call":
                    try:
                        componentsschemas_conversation_item_type_15 = (
                            CodeInterpreterToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "local_shell_call":
                    try:
                        componentsschemas_conversation_item_type_16 = (
                            LocalShellToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "local_shell_call_output":
                    try:
                        componentsschemas_conversation_item_type_17 = (
                            LocalShellToolCallOutput.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "shell_call":
                    try:
                        componentsschemas_conversation_item_type_18 = (
                            FunctionShellCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "shell_call_output":
                    try:
                        componentsschemas_conversation_item_type_19 = (
                            FunctionShellCallOutput.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "apply_patch_call":
                    try:
                        componentsschemas_conversation_item_type_20 = (
                            ApplyPatchToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "apply_patch_call_output":
                    try:
                        componentsschemas_conversation_item_type_21 = (
                            ApplyPatchToolCallOutput.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "mcp_list_tools":
                    try:
                        componentsschemas_conversation_item_type_22 = (
                            MCPListTools.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "mcp_approval_request":
                    try:
                        componentsschemas_conversation_item_type_23 = (
                            MCPApprovalRequest.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "mcp_approval_response":
                    try:
                        componentsschemas_conversation_item_type_24 = (
                            MCPApprovalResponseResource.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "mcp_call":
                    try:
                        componentsschemas_conversation_item_type_25 = (
                            MCPToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_25
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "custom_tool_call":
                    try:
                        componentsschemas_conversation_item_type_26 = (
                            CustomToolCall.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_26
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if data.get("type") == "custom_tool_call_output":
                    try:
                        componentsschemas_conversation_item_type_27 = (
                            CustomToolCallOutput.from_dict(data)
                        )

                        return componentsschemas_conversation_item_type_27
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            if not strict_parsing.get():
                strictly = strict_parsing.set(True)
                try:
                    return _parse_response_200(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                finally:
                    strict_parsing.reset(strictly)
            if isinstance(data, dict):
                _fits = (
                    len(
                        {
                            "content",
                            "id",
                            "phase",
                            "role",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "arguments",
                            "call_id",
                            "caller",
                            "created_by",
                            "id",
                            "name",
                            "namespace",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "caller",
                            "created_by",
                            "id",
                            "name",
                            "namespace",
                            "output",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "id",
                            "queries",
                            "results",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "action",
                            "id",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "id",
                            "result",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "action",
                            "actions",
                            "call_id",
                            "id",
                            "pending_safety_checks",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "acknowledged_safety_checks",
                            "call_id",
                            "created_by",
                            "id",
                            "output",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "arguments",
                            "call_id",
                            "created_by",
                            "execution",
                            "id",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "created_by",
                            "execution",
                            "id",
                            "status",
                            "tools",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "id",
                            "role",
                            "tools",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "content",
                            "encrypted_content",
                            "id",
                            "status",
                            "summary",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "code",
                            "fingerprint",
                            "id",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "id",
                            "result",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "created_by",
                            "encrypted_content",
                            "id",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "code",
                            "container_id",
                            "id",
                            "outputs",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "action",
                            "call_id",
                            "id",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "id",
                            "output",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "action",
                            "call_id",
                            "caller",
                            "created_by",
                            "environment",
                            "id",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "caller",
                            "created_by",
                            "id",
                            "max_output_length",
                            "output",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "caller",
                            "created_by",
                            "id",
                            "operation",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "caller",
                            "created_by",
                            "id",
                            "output",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "error",
                            "id",
                            "server_label",
                            "tools",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "arguments",
                            "id",
                            "name",
                            "server_label",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "approval_request_id",
                            "approve",
                            "id",
                            "reason",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "approval_request_id",
                            "arguments",
                            "error",
                            "id",
                            "name",
                            "output",
                            "server_label",
                            "status",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "caller",
                            "id",
                            "input",
                            "name",
                            "namespace",
                            "type",
                        }.intersection(data)
                    ),
                    len(
                        {
                            "call_id",
                            "caller",
                            "id",
                            "output",
                            "type",
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
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
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
                if data.get("type", "message") not in ("message",) or data.get(
                    "role", "unknown"
                ) not in (
                    "unknown",
                    "user",
                    "assistant",
                    "system",
                    "critic",
                    "discriminator",
                    "developer",
                    "tool",
                ):
                    raise TypeError()
                if _fits[0] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_0 = Message.from_dict(data)

                return componentsschemas_conversation_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "function_call") not in ("function_call",):
                    raise TypeError()
                if _fits[1] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_1 = (
                    FunctionToolCallResource.from_dict(data)
                )

                return componentsschemas_conversation_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "function_call_output") not in (
                    "function_call_output",
                ):
                    raise TypeError()
                if _fits[2] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_2 = (
                    FunctionToolCallOutputResource.from_dict(data)
                )

                return componentsschemas_conversation_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "file_search_call") not in ("file_search_call",):
                    raise TypeError()
                if _fits[3] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_3 = (
                    FileSearchToolCall.from_dict(data)
                )

                return componentsschemas_conversation_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "web_search_call") not in ("web_search_call",):
                    raise TypeError()
                if _fits[4] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_4 = (
                    WebSearchToolCall.from_dict(data)
                )

                return componentsschemas_conversation_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "image_generation_call") not in (
                    "image_generation_call",
                ):
                    raise TypeError()
                if _fits[5] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_5 = ImageGenToolCall.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "computer_call") not in ("computer_call",):
                    raise TypeError()
                if _fits[6] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_6 = ComputerToolCall.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "computer_call_output") not in (
                    "computer_call_output",
                ):
                    raise TypeError()
                if _fits[7] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_7 = (
                    ComputerToolCallOutputResource.from_dict(data)
                )

                return componentsschemas_conversation_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "tool_search_call") not in ("tool_search_call",):
                    raise TypeError()
                if _fits[8] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_8 = ToolSearchCall.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "tool_search_output") not in (
                    "tool_search_output",
                ):
                    raise TypeError()
                if _fits[9] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_9 = ToolSearchOutput.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "additional_tools") not in (
                    "additional_tools",
                ) or data.get("role", "unknown") not in (
                    "unknown",
                    "user",
                    "assistant",
                    "system",
                    "critic",
                    "discriminator",
                    "developer",
                    "tool",
                ):
                    raise TypeError()
                if _fits[10] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_10 = AdditionalTools.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "reasoning") not in ("reasoning",):
                    raise TypeError()
                if _fits[11] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_11 = ReasoningItem.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "program") not in ("program",):
                    raise TypeError()
                if _fits[12] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_12 = Program.from_dict(data)

                return componentsschemas_conversation_item_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "program_output") not in ("program_output",):
                    raise TypeError()
                if _fits[13] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_13 = ProgramOutput.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "compaction") not in ("compaction",):
                    raise TypeError()
                if _fits[14] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_14 = CompactionBody.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "code_interpreter_call") not in (
                    "code_interpreter_call",
                ):
                    raise TypeError()
                if _fits[15] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_15 = (
                    CodeInterpreterToolCall.from_dict(data)
                )

                return componentsschemas_conversation_item_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "local_shell_call") not in ("local_shell_call",):
                    raise TypeError()
                if _fits[16] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_16 = (
                    LocalShellToolCall.from_dict(data)
                )

                return componentsschemas_conversation_item_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "local_shell_call_output") not in (
                    "local_shell_call_output",
                ):
                    raise TypeError()
                if _fits[17] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_17 = (
                    LocalShellToolCallOutput.from_dict(data)
                )

                return componentsschemas_conversation_item_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "shell_call") not in ("shell_call",):
                    raise TypeError()
                if _fits[18] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_18 = (
                    FunctionShellCall.from_dict(data)
                )

                return componentsschemas_conversation_item_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "shell_call_output") not in ("shell_call_output",):
                    raise TypeError()
                if _fits[19] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_19 = (
                    FunctionShellCallOutput.from_dict(data)
                )

                return componentsschemas_conversation_item_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "apply_patch_call") not in ("apply_patch_call",):
                    raise TypeError()
                if _fits[20] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_20 = (
                    ApplyPatchToolCall.from_dict(data)
                )

                return componentsschemas_conversation_item_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "apply_patch_call_output") not in (
                    "apply_patch_call_output",
                ):
                    raise TypeError()
                if _fits[21] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_21 = (
                    ApplyPatchToolCallOutput.from_dict(data)
                )

                return componentsschemas_conversation_item_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "mcp_list_tools") not in ("mcp_list_tools",):
                    raise TypeError()
                if _fits[22] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_22 = MCPListTools.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "mcp_approval_request") not in (
                    "mcp_approval_request",
                ):
                    raise TypeError()
                if _fits[23] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_23 = (
                    MCPApprovalRequest.from_dict(data)
                )

                return componentsschemas_conversation_item_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "mcp_approval_response") not in (
                    "mcp_approval_response",
                ):
                    raise TypeError()
                if _fits[24] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_24 = (
                    MCPApprovalResponseResource.from_dict(data)
                )

                return componentsschemas_conversation_item_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "mcp_call") not in ("mcp_call",):
                    raise TypeError()
                if _fits[25] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_25 = MCPToolCall.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "custom_tool_call") not in ("custom_tool_call",):
                    raise TypeError()
                if _fits[26] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_26 = CustomToolCall.from_dict(
                    data
                )

                return componentsschemas_conversation_item_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                if data.get("type", "custom_tool_call_output") not in (
                    "custom_tool_call_output",
                ):
                    raise TypeError()
                if _fits[27] < _most:
                    raise TypeError()
                componentsschemas_conversation_item_type_27 = (
                    CustomToolCallOutput.from_dict(data)
                )

                return componentsschemas_conversation_item_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if strict_parsing.get():
                raise TypeError()
            return cast(
                AdditionalTools
                | ApplyPatchToolCall
                | ApplyPatchToolCallOutput
                | CodeInterpreterToolCall
                | CompactionBody
                | ComputerToolCall
                | ComputerToolCallOutputResource
                | CustomToolCall
                | CustomToolCallOutput
                | FileSearchToolCall
                | FunctionShellCall
                | FunctionShellCallOutput
                | FunctionToolCallOutputResource
                | FunctionToolCallResource
                | ImageGenToolCall
                | LocalShellToolCall
                | LocalShellToolCallOutput
                | MCPApprovalRequest
                | MCPApprovalResponseResource
                | MCPListTools
                | MCPToolCall
                | Message
                | Program
                | ProgramOutput
                | ReasoningItem
                | ToolSearchCall
                | ToolSearchOutput
                | WebSearchToolCall,
                data,
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(_types.error_json(response))

        return response_429

    response_default = ErrorResponse.from_dict(_types.error_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _types.Response[
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | ErrorResponse
]:
    return _types.Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | ErrorResponse
]:
    """Fetch one item of a conversation.

    Args:
        conversation_id (str): Conversation the item belongs to.
        item_id (str): Which item to return.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the item; same
            values as `include` when listing items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> (
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | ErrorResponse
    | None
):
    """Fetch one item of a conversation.

    Args:
        conversation_id (str): Conversation the item belongs to.
        item_id (str): Which item to return.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the item; same
            values as `include` when listing items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        item_id=item_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> _types.Response[
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | ErrorResponse
]:
    """Fetch one item of a conversation.

    Args:
        conversation_id (str): Conversation the item belongs to.
        item_id (str): Which item to return.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the item; same
            values as `include` when listing items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> (
    AdditionalTools
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | Program
    | ProgramOutput
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | ErrorResponse
    | None
):
    """Fetch one item of a conversation.

    Args:
        conversation_id (str): Conversation the item belongs to.
        item_id (str): Which item to return.
        include (list[IncludeEnum] | Unset): Optional extra data to return with the item; same
            values as `include` when listing items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            item_id=item_id,
            client=client,
            include=include,
        )
    ).parsed
