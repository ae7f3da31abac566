from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_response_output_item_added_type import (
    RealtimeBetaServerEventResponseOutputItemAddedType,
    check_realtime_beta_server_event_response_output_item_added_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall


T = TypeVar("T", bound="RealtimeBetaServerEventResponseOutputItemAdded")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall

    _models_bound = True


@_attrs_define
class RealtimeBetaServerEventResponseOutputItemAdded:
    """Server event: a new output item was added to the response being generated."""

    event_id: str
    type_: RealtimeBetaServerEventResponseOutputItemAddedType
    response_id: str
    output_index: int
    item: (
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
    )
    """ One item of a Realtime conversation: a message, function call or output, or an MCP item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" not in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_response_id = (
            self.response_id
            if self.response_id is not None or "response_id" not in self._none_flips
            else UNSET
        )

        response_id = _v_response_id

        _v_output_index = (
            self.output_index
            if self.output_index is not None or "output_index" not in self._none_flips
            else UNSET
        )

        output_index = _v_output_index

        _v_item = (
            self.item
            if self.item is not None or "item" not in self._none_flips
            else UNSET
        )

        if _v_item is None or isinstance(_v_item, Unset):
            item = _v_item
        else:
            item: dict[str, Any]
            if (
                isinstance(_v_item, RealtimeConversationItemMessageSystem)
                or isinstance(_v_item, RealtimeConversationItemMessageUser)
                or isinstance(_v_item, RealtimeConversationItemMessageAssistant)
                or isinstance(_v_item, RealtimeConversationItemFunctionCall)
                or isinstance(_v_item, RealtimeConversationItemFunctionCallOutput)
                or isinstance(_v_item, RealtimeMCPApprovalResponse)
                or isinstance(_v_item, RealtimeMCPListTools)
                or isinstance(_v_item, RealtimeMCPToolCall)
                or isinstance(_v_item, RealtimeMCPApprovalRequest)
            ):
                item = _v_item.to_dict()
            else:
                item = _v_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "response_id": response_id,
                    "output_index": output_index,
                    "item": item,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        event_id = d.pop("event_id", UNSET)
        if (event_id is None or isinstance(event_id, Unset)) and strict_parsing.get():
            raise KeyError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is UNSET:
                _none_flips += ("event_id",)
            event_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = (
                    check_realtime_beta_server_event_response_output_item_added_type(
                        _type__raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        response_id = d.pop("response_id", UNSET)
        if (
            response_id is None or isinstance(response_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("response_id")

        if response_id is None or response_id is UNSET:
            if response_id is UNSET:
                _none_flips += ("response_id",)
            response_id = None

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        if output_index is None or output_index is UNSET:
            if output_index is UNSET:
                _none_flips += ("output_index",)
            output_index = None

        _item_raw = d.pop("item", UNSET)
        if _item_raw is None or isinstance(_item_raw, Unset):
            if strict_parsing.get():
                raise KeyError("item")

            if _item_raw is UNSET:
                _none_flips += ("item",)
            item = None

        else:
            try:

                def _parse_item(
                    data: object,
                ) -> (
                    RealtimeConversationItemFunctionCall
                    | RealtimeConversationItemFunctionCallOutput
                    | RealtimeConversationItemMessageAssistant
                    | RealtimeConversationItemMessageSystem
                    | RealtimeConversationItemMessageUser
                    | RealtimeMCPApprovalRequest
                    | RealtimeMCPApprovalResponse
                    | RealtimeMCPListTools
                    | RealtimeMCPToolCall
                ):
                    if isinstance(data, dict):
                        if data.get("role") == "system":
                            try:
                                componentsschemas_realtime_conversation_item_type_0 = (
                                    RealtimeConversationItemMessageSystem.from_dict(
                                        data
                                    )
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_0
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "user":
                            try:
                                componentsschemas_realtime_conversation_item_type_1 = (
                                    RealtimeConversationItemMessageUser.from_dict(data)
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_1
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "assistant":
                            try:
                                componentsschemas_realtime_conversation_item_type_2 = (
                                    RealtimeConversationItemMessageAssistant.from_dict(
                                        data
                                    )
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_2
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function_call":
                            try:
                                componentsschemas_realtime_conversation_item_type_3 = (
                                    RealtimeConversationItemFunctionCall.from_dict(data)
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_3
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function_call_output":
                            try:
                                componentsschemas_realtime_conversation_item_type_4 = RealtimeConversationItemFunctionCallOutput.from_dict(
                                    data
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_4
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_approval_response":
                            try:
                                componentsschemas_realtime_conversation_item_type_5 = (
                                    RealtimeMCPApprovalResponse.from_dict(data)
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_5
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_list_tools":
                            try:
                                componentsschemas_realtime_conversation_item_type_6 = (
                                    RealtimeMCPListTools.from_dict(data)
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_6
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_call":
                            try:
                                componentsschemas_realtime_conversation_item_type_7 = (
                                    RealtimeMCPToolCall.from_dict(data)
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_7
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_approval_request":
                            try:
                                componentsschemas_realtime_conversation_item_type_8 = (
                                    RealtimeMCPApprovalRequest.from_dict(data)
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_8
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_item(data)
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
                                    "object",
                                    "role",
                                    "status",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "id",
                                    "object",
                                    "role",
                                    "status",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "content",
                                    "id",
                                    "object",
                                    "role",
                                    "status",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "arguments",
                                    "call_id",
                                    "id",
                                    "name",
                                    "object",
                                    "status",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "call_id",
                                    "id",
                                    "object",
                                    "output",
                                    "status",
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
                                    "id",
                                    "server_label",
                                    "tools",
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if (
                            data.get("type", "message") not in ("message",)
                            or data.get("object", "realtime.item")
                            not in ("realtime.item",)
                            or data.get("role", "system") not in ("system",)
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_0 = (
                            RealtimeConversationItemMessageSystem.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if (
                            data.get("type", "message") not in ("message",)
                            or data.get("object", "realtime.item")
                            not in ("realtime.item",)
                            or data.get("role", "user") not in ("user",)
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_1 = (
                            RealtimeConversationItemMessageUser.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if (
                            data.get("type", "message") not in ("message",)
                            or data.get("object", "realtime.item")
                            not in ("realtime.item",)
                            or data.get("role", "assistant") not in ("assistant",)
                        ):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_2 = (
                            RealtimeConversationItemMessageAssistant.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function_call") not in (
                            "function_call",
                        ) or data.get("object", "realtime.item") not in (
                            "realtime.item",
                        ):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_3 = (
                            RealtimeConversationItemFunctionCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function_call_output") not in (
                            "function_call_output",
                        ) or data.get("object", "realtime.item") not in (
                            "realtime.item",
                        ):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_4 = (
                            RealtimeConversationItemFunctionCallOutput.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_approval_response") not in (
                            "mcp_approval_response",
                        ):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_5 = (
                            RealtimeMCPApprovalResponse.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_list_tools") not in (
                            "mcp_list_tools",
                        ):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_6 = (
                            RealtimeMCPListTools.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_call") not in ("mcp_call",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_7 = (
                            RealtimeMCPToolCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_approval_request") not in (
                            "mcp_approval_request",
                        ):
                            raise TypeError()
                        if _fits[8] < _most:
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_8 = (
                            RealtimeMCPApprovalRequest.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RealtimeConversationItemFunctionCall
                        | RealtimeConversationItemFunctionCallOutput
                        | RealtimeConversationItemMessageAssistant
                        | RealtimeConversationItemMessageSystem
                        | RealtimeConversationItemMessageUser
                        | RealtimeMCPApprovalRequest
                        | RealtimeMCPApprovalResponse
                        | RealtimeMCPListTools
                        | RealtimeMCPToolCall,
                        data,
                    )

                item = _parse_item(_item_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                item = _item_raw

        realtime_beta_server_event_response_output_item_added = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            output_index=output_index,
            item=item,
        )
        if _none_flips:
            realtime_beta_server_event_response_output_item_added._none_flips = (
                _none_flips
            )

        realtime_beta_server_event_response_output_item_added.additional_properties = d
        return realtime_beta_server_event_response_output_item_added

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
