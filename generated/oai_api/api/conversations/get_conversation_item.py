from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import types as _types
from ..._model import member, one_of
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
from ...types import UNSET, Unset


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
        response_200 = one_of(
            member("message", "Message", ("type", "message")),
            member(
                "function_tool_call_resource",
                "FunctionToolCallResource",
                ("type", "function_call"),
            ),
            member(
                "function_tool_call_output_resource",
                "FunctionToolCallOutputResource",
                ("type", "function_call_output"),
            ),
            member(
                "file_search_tool_call",
                "FileSearchToolCall",
                ("type", "file_search_call"),
            ),
            member(
                "web_search_tool_call", "WebSearchToolCall", ("type", "web_search_call")
            ),
            member(
                "image_gen_tool_call",
                "ImageGenToolCall",
                ("type", "image_generation_call"),
            ),
            member("computer_tool_call", "ComputerToolCall", ("type", "computer_call")),
            member(
                "computer_tool_call_output_resource",
                "ComputerToolCallOutputResource",
                ("type", "computer_call_output"),
            ),
            member("tool_search_call", "ToolSearchCall", ("type", "tool_search_call")),
            member(
                "tool_search_output", "ToolSearchOutput", ("type", "tool_search_output")
            ),
            member("additional_tools", "AdditionalTools", ("type", "additional_tools")),
            member("reasoning_item", "ReasoningItem", ("type", "reasoning")),
            member("program", "Program", ("type", "program")),
            member("program_output", "ProgramOutput", ("type", "program_output")),
            member("compaction_body", "CompactionBody", ("type", "compaction")),
            member(
                "code_interpreter_tool_call",
                "CodeInterpreterToolCall",
                ("type", "code_interpreter_call"),
            ),
            member(
                "local_shell_tool_call",
                "LocalShellToolCall",
                ("type", "local_shell_call"),
            ),
            member(
                "local_shell_tool_call_output",
                "LocalShellToolCallOutput",
                ("type", "local_shell_call_output"),
            ),
            member("function_shell_call", "FunctionShellCall", ("type", "shell_call")),
            member(
                "function_shell_call_output",
                "FunctionShellCallOutput",
                ("type", "shell_call_output"),
            ),
            member(
                "apply_patch_tool_call",
                "ApplyPatchToolCall",
                ("type", "apply_patch_call"),
            ),
            member(
                "apply_patch_tool_call_output",
                "ApplyPatchToolCallOutput",
                ("type", "apply_patch_call_output"),
            ),
            member("mcp_list_tools", "MCPListTools", ("type", "mcp_list_tools")),
            member(
                "mcp_approval_request",
                "MCPApprovalRequest",
                ("type", "mcp_approval_request"),
            ),
            member(
                "mcp_approval_response_resource",
                "MCPApprovalResponseResource",
                ("type", "mcp_approval_response"),
            ),
            member("mcp_tool_call", "MCPToolCall", ("type", "mcp_call")),
            member("custom_tool_call", "CustomToolCall", ("type", "custom_tool_call")),
            member(
                "custom_tool_call_output",
                "CustomToolCallOutput",
                ("type", "custom_tool_call_output"),
            ),
        )(response.json())

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
