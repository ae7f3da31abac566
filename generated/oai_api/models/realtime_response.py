from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_response_max_output_tokens_type_1 import (
    RealtimeResponseMaxOutputTokensType1,
    check_realtime_response_max_output_tokens_type_1,
)
from ..models.realtime_response_object import (
    RealtimeResponseObject,
    check_realtime_response_object,
)
from ..models.realtime_response_output_modalities_item import (
    RealtimeResponseOutputModalitiesItem,
    check_realtime_response_output_modalities_item,
)
from ..models.realtime_response_status import (
    RealtimeResponseStatus,
    check_realtime_response_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
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
    from ..models.realtime_response_audio import RealtimeResponseAudio
    from ..models.realtime_response_status_details import RealtimeResponseStatusDetails
    from ..models.realtime_response_usage import RealtimeResponseUsage


T = TypeVar("T", bound="RealtimeResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MetadataType0, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall, \
        RealtimeResponseAudio, \
        RealtimeResponseStatusDetails, \
        RealtimeResponseUsage
    from ..models.metadata_type_0 import MetadataType0
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
    from ..models.realtime_response_audio import RealtimeResponseAudio
    from ..models.realtime_response_status_details import RealtimeResponseStatusDetails
    from ..models.realtime_response_usage import RealtimeResponseUsage

    _models_bound = True


@_attrs_define
class RealtimeResponse:
    """A response produced in a Realtime session: status, output items, audio settings and usage."""

    id: str | None = None
    object_: RealtimeResponseObject | None = None
    status: RealtimeResponseStatus | None = None
    status_details: RealtimeResponseStatusDetails | None = None
    output: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | None
    ) = None
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    audio: RealtimeResponseAudio | None = None
    usage: RealtimeResponseUsage | None = None
    conversation_id: str | None = None
    output_modalities: list[RealtimeResponseOutputModalitiesItem] | None = None
    max_output_tokens: int | RealtimeResponseMaxOutputTokensType1 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str | Unset = UNSET
            if not isinstance(_v_object_, Unset):
                object_ = _v_object_

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str | Unset = UNSET
            if not isinstance(_v_status, Unset):
                status = _v_status

        _v_status_details = (
            self.status_details
            if self.status_details is not None or "status_details" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_status_details, RealtimeResponseStatusDetails):
            status_details = _v_status_details
        else:
            status_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_status_details, Unset):
                status_details = _v_status_details.to_dict()

        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, list):
            output = _v_output
        else:
            output: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_output, Unset):
                output = []
                for output_item_data in _v_output:
                    output_item: dict[str, Any]
                    if (
                        isinstance(
                            output_item_data, RealtimeConversationItemMessageSystem
                        )
                        or isinstance(
                            output_item_data, RealtimeConversationItemMessageUser
                        )
                        or isinstance(
                            output_item_data, RealtimeConversationItemMessageAssistant
                        )
                        or isinstance(
                            output_item_data, RealtimeConversationItemFunctionCall
                        )
                        or isinstance(
                            output_item_data, RealtimeConversationItemFunctionCallOutput
                        )
                        or isinstance(output_item_data, RealtimeMCPApprovalResponse)
                        or isinstance(output_item_data, RealtimeMCPListTools)
                        or isinstance(output_item_data, RealtimeMCPToolCall)
                        or isinstance(output_item_data, RealtimeMCPApprovalRequest)
                    ):
                        output_item = output_item_data.to_dict()
                    else:
                        output_item = output_item_data
                    output.append(output_item)

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

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeResponseAudio):
            audio = _v_audio
        else:
            audio: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_audio, Unset):
                audio = _v_audio.to_dict()

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, RealtimeResponseUsage):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_usage, Unset):
                usage = _v_usage.to_dict()

        _v_conversation_id = (
            self.conversation_id
            if self.conversation_id is not None or "conversation_id" in self._none_flips
            else UNSET
        )

        conversation_id = _v_conversation_id

        _v_output_modalities = (
            self.output_modalities
            if self.output_modalities is not None
            or "output_modalities" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output_modalities, list):
            output_modalities = _v_output_modalities
        else:
            output_modalities: list[str] | Unset = UNSET
            if not isinstance(_v_output_modalities, Unset):
                output_modalities = []
                for output_modalities_item_data in _v_output_modalities:
                    output_modalities_item: str = output_modalities_item_data
                    output_modalities.append(output_modalities_item)

        _v_max_output_tokens = (
            self.max_output_tokens
            if self.max_output_tokens is not None
            or "max_output_tokens" in self._none_flips
            else UNSET
        )

        if _v_max_output_tokens is None or isinstance(_v_max_output_tokens, Unset):
            max_output_tokens = _v_max_output_tokens
        else:
            max_output_tokens: int | str | Unset
            if isinstance(_v_max_output_tokens, Unset):
                max_output_tokens = UNSET
            else:
                max_output_tokens = _v_max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if output is not UNSET:
            field_dict["output"] = output
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if audio is not UNSET:
            field_dict["audio"] = audio
        if usage is not UNSET:
            field_dict["usage"] = usage
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if _object__raw is None and strict_parsing.get():
                raise TypeError("object")

            if _object__raw is None:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                _object_ = _object__raw
                object_: RealtimeResponseObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_realtime_response_object(_object_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None and strict_parsing.get():
                raise TypeError("status")

            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:
                _status = _status_raw
                status: RealtimeResponseStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_realtime_response_status(_status)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _status_details_raw = d.pop("status_details", UNSET)
        if _status_details_raw is None or isinstance(_status_details_raw, Unset):
            if _status_details_raw is None and strict_parsing.get():
                raise TypeError("status_details")

            if _status_details_raw is None:
                _none_flips += ("status_details",)
            status_details = None

        else:
            try:
                _status_details = _status_details_raw
                status_details: RealtimeResponseStatusDetails | Unset
                if isinstance(_status_details, Unset):
                    status_details = UNSET
                else:
                    status_details = RealtimeResponseStatusDetails.from_dict(
                        _status_details
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status_details = _status_details_raw

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if _output_raw is None and strict_parsing.get():
                raise TypeError("output")

            if _output_raw is None:
                _none_flips += ("output",)
            output = None

        else:
            try:
                _output = _output_raw
                output: (
                    list[
                        RealtimeConversationItemFunctionCall
                        | RealtimeConversationItemFunctionCallOutput
                        | RealtimeConversationItemMessageAssistant
                        | RealtimeConversationItemMessageSystem
                        | RealtimeConversationItemMessageUser
                        | RealtimeMCPApprovalRequest
                        | RealtimeMCPApprovalResponse
                        | RealtimeMCPListTools
                        | RealtimeMCPToolCall
                    ]
                    | Unset
                ) = UNSET
                if _output is not UNSET:
                    output = []
                    if not isinstance(_output, list):
                        raise TypeError()
                    for output_item_data in _output:

                        def _parse_output_item(
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
                                        componentsschemas_realtime_conversation_item_type_0 = RealtimeConversationItemMessageSystem.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("role") == "user":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_1 = RealtimeConversationItemMessageUser.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("role") == "assistant":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_2 = RealtimeConversationItemMessageAssistant.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_3 = RealtimeConversationItemFunctionCall.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call_output":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_4 = RealtimeConversationItemFunctionCallOutput.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_response":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_5 = RealtimeMCPApprovalResponse.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_list_tools":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_6 = RealtimeMCPListTools.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_call":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_7 = RealtimeMCPToolCall.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_request":
                                    try:
                                        componentsschemas_realtime_conversation_item_type_8 = RealtimeMCPApprovalRequest.from_dict(
                                            data
                                        )

                                        return componentsschemas_realtime_conversation_item_type_8
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
                                    return _parse_output_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                    RealtimeConversationItemMessageSystem.from_dict(
                                        data
                                    )
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_0
                                )
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

                                return (
                                    componentsschemas_realtime_conversation_item_type_1
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if (
                                    data.get("type", "message") not in ("message",)
                                    or data.get("object", "realtime.item")
                                    not in ("realtime.item",)
                                    or data.get("role", "assistant")
                                    not in ("assistant",)
                                ):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
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

                                return (
                                    componentsschemas_realtime_conversation_item_type_3
                                )
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
                                componentsschemas_realtime_conversation_item_type_4 = RealtimeConversationItemFunctionCallOutput.from_dict(
                                    data
                                )

                                return (
                                    componentsschemas_realtime_conversation_item_type_4
                                )
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

                                return (
                                    componentsschemas_realtime_conversation_item_type_5
                                )
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

                                return (
                                    componentsschemas_realtime_conversation_item_type_6
                                )
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

                                return (
                                    componentsschemas_realtime_conversation_item_type_7
                                )
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

                                return (
                                    componentsschemas_realtime_conversation_item_type_8
                                )
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

                        output_item = _parse_output_item(output_item_data)

                        output.append(output_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None | Unset, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None and strict_parsing.get():
                raise TypeError("audio")

            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            try:
                _audio = _audio_raw
                audio: RealtimeResponseAudio | Unset
                if isinstance(_audio, Unset):
                    audio = UNSET
                else:
                    audio = RealtimeResponseAudio.from_dict(_audio)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                audio = _audio_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                _usage = _usage_raw
                usage: RealtimeResponseUsage | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = RealtimeResponseUsage.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        conversation_id = d.pop("conversation_id", UNSET)
        if conversation_id is None and strict_parsing.get():
            raise TypeError("conversation_id")

        if conversation_id is None or conversation_id is UNSET:
            if conversation_id is None:
                _none_flips += ("conversation_id",)
            conversation_id = None

        _output_modalities_raw = d.pop("output_modalities", UNSET)
        if _output_modalities_raw is None or isinstance(_output_modalities_raw, Unset):
            if _output_modalities_raw is None and strict_parsing.get():
                raise TypeError("output_modalities")

            if _output_modalities_raw is None:
                _none_flips += ("output_modalities",)
            output_modalities = None

        else:
            try:
                _output_modalities = _output_modalities_raw
                output_modalities: (
                    list[RealtimeResponseOutputModalitiesItem] | Unset
                ) = UNSET
                if _output_modalities is not UNSET:
                    output_modalities = []
                    if not isinstance(_output_modalities, list):
                        raise TypeError()
                    for output_modalities_item_data in _output_modalities:
                        output_modalities_item = (
                            check_realtime_response_output_modalities_item(
                                output_modalities_item_data
                            )
                        )

                        output_modalities.append(output_modalities_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_modalities = _output_modalities_raw

        _max_output_tokens_raw = d.pop("max_output_tokens", UNSET)
        if _max_output_tokens_raw is None or isinstance(_max_output_tokens_raw, Unset):
            if _max_output_tokens_raw is None and strict_parsing.get():
                raise TypeError("max_output_tokens")

            if _max_output_tokens_raw is None:
                _none_flips += ("max_output_tokens",)
            max_output_tokens = None

        else:
            try:

                def _parse_max_output_tokens(
                    data: object,
                ) -> int | RealtimeResponseMaxOutputTokensType1 | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        max_output_tokens_type_1 = (
                            check_realtime_response_max_output_tokens_type_1(data)
                        )

                        return max_output_tokens_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        int | RealtimeResponseMaxOutputTokensType1 | Unset, data
                    )

                max_output_tokens = _parse_max_output_tokens(_max_output_tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_output_tokens = _max_output_tokens_raw

        realtime_response = cls(
            id=id,
            object_=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            audio=audio,
            usage=usage,
            conversation_id=conversation_id,
            output_modalities=output_modalities,
            max_output_tokens=max_output_tokens,
        )
        if _none_flips:
            realtime_response._none_flips = _none_flips

        realtime_response.additional_properties = d
        return realtime_response

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
