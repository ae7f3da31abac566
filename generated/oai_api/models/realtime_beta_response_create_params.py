from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_response_create_params_conversation_type_1 import (
    RealtimeBetaResponseCreateParamsConversationType1,
    check_realtime_beta_response_create_params_conversation_type_1,
)
from ..models.realtime_beta_response_create_params_max_output_tokens_type_1 import (
    RealtimeBetaResponseCreateParamsMaxOutputTokensType1,
    check_realtime_beta_response_create_params_max_output_tokens_type_1,
)
from ..models.realtime_beta_response_create_params_modalities_item import (
    RealtimeBetaResponseCreateParamsModalitiesItem,
    check_realtime_beta_response_create_params_modalities_item,
)
from ..models.realtime_beta_response_create_params_output_audio_format import (
    RealtimeBetaResponseCreateParamsOutputAudioFormat,
    check_realtime_beta_response_create_params_output_audio_format,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
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
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="RealtimeBetaResponseCreateParams")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MetadataType0, \
        PromptType0, \
        RealtimeBetaResponseCreateParamsToolsItem, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        VoiceIdsOrCustomVoiceType1
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
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
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _models_bound = True


@_attrs_define
class RealtimeBetaResponseCreateParams:
    """Settings for one Realtime response, overriding the session's defaults for that response only."""

    modalities: list[RealtimeBetaResponseCreateParamsModalitiesItem] | None = None
    instructions: str | None = None
    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1 | None = None
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
    output_audio_format: RealtimeBetaResponseCreateParamsOutputAudioFormat | None = None
    tools: list[RealtimeBetaResponseCreateParamsToolsItem] | None = None
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | None = None
    temperature: float | None = None
    max_output_tokens: (
        int | RealtimeBetaResponseCreateParamsMaxOutputTokensType1 | None
    ) = None
    conversation: RealtimeBetaResponseCreateParamsConversationType1 | str | None = None
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    prompt: None | PromptType0 = None
    """ A stored prompt template to use, with its version and variable values. """
    input_: (
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_modalities = (
            self.modalities
            if self.modalities is not None or "modalities" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_modalities, list):
            modalities = _v_modalities
        else:
            modalities: list[str] | Unset = UNSET
            if not isinstance(_v_modalities, Unset):
                modalities = []
                for modalities_item_data in _v_modalities:
                    modalities_item: str = modalities_item_data
                    modalities.append(modalities_item)

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions = _v_instructions

        _v_voice = (
            self.voice
            if self.voice is not None or "voice" in self._none_flips
            else UNSET
        )

        if _v_voice is None or isinstance(_v_voice, Unset):
            voice = _v_voice
        else:
            voice: dict[str, Any] | str | Unset
            if isinstance(_v_voice, Unset):
                voice = UNSET
            elif isinstance(_v_voice, VoiceIdsOrCustomVoiceType1):
                voice = _v_voice.to_dict()
            else:
                voice = _v_voice

        _v_output_audio_format = (
            self.output_audio_format
            if self.output_audio_format is not None
            or "output_audio_format" in self._none_flips
            else UNSET
        )

        if _v_output_audio_format is None or isinstance(_v_output_audio_format, Unset):
            output_audio_format = _v_output_audio_format
        else:
            output_audio_format: str | Unset = UNSET
            if not isinstance(_v_output_audio_format, Unset):
                output_audio_format = _v_output_audio_format

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
                    if not isinstance(
                        tools_item_data, RealtimeBetaResponseCreateParamsToolsItem
                    ):
                        tools.append(tools_item_data)
                        continue
                    tools_item = tools_item_data.to_dict()
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
            elif isinstance(_v_tool_choice, ToolChoiceFunction) or isinstance(
                _v_tool_choice, ToolChoiceMCP
            ):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

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

        _v_conversation = (
            self.conversation
            if self.conversation is not None or "conversation" in self._none_flips
            else UNSET
        )

        if _v_conversation is None or isinstance(_v_conversation, Unset):
            conversation = _v_conversation
        else:
            conversation: str | Unset
            if isinstance(_v_conversation, Unset):
                conversation = UNSET
            else:
                conversation = _v_conversation

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

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt: dict[str, Any] | None | Unset
        if isinstance(_v_prompt, Unset):
            prompt = UNSET
        elif isinstance(_v_prompt, PromptType0):
            prompt = _v_prompt.to_dict()
        else:
            prompt = _v_prompt

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_, list):
            input_ = _v_input_
        else:
            input_: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_input_, Unset):
                input_ = []
                for input_item_data in _v_input_:
                    input_item: dict[str, Any]
                    if (
                        isinstance(
                            input_item_data, RealtimeConversationItemMessageSystem
                        )
                        or isinstance(
                            input_item_data, RealtimeConversationItemMessageUser
                        )
                        or isinstance(
                            input_item_data, RealtimeConversationItemMessageAssistant
                        )
                        or isinstance(
                            input_item_data, RealtimeConversationItemFunctionCall
                        )
                        or isinstance(
                            input_item_data, RealtimeConversationItemFunctionCallOutput
                        )
                        or isinstance(input_item_data, RealtimeMCPApprovalResponse)
                        or isinstance(input_item_data, RealtimeMCPListTools)
                        or isinstance(input_item_data, RealtimeMCPToolCall)
                        or isinstance(input_item_data, RealtimeMCPApprovalRequest)
                    ):
                        input_item = input_item_data.to_dict()
                    else:
                        input_item = input_item_data
                    input_.append(input_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _modalities_raw = d.pop("modalities", UNSET)
        if _modalities_raw is None or isinstance(_modalities_raw, Unset):
            if _modalities_raw is None and strict_parsing.get():
                raise TypeError("modalities")

            if _modalities_raw is None:
                _none_flips += ("modalities",)
            modalities = None

        else:
            try:
                _modalities = _modalities_raw
                modalities: (
                    list[RealtimeBetaResponseCreateParamsModalitiesItem] | Unset
                ) = UNSET
                if _modalities is not UNSET:
                    modalities = []
                    if not isinstance(_modalities, list):
                        raise TypeError()
                    for modalities_item_data in _modalities:
                        modalities_item = (
                            check_realtime_beta_response_create_params_modalities_item(
                                modalities_item_data
                            )
                        )

                        modalities.append(modalities_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                modalities = _modalities_raw

        instructions = d.pop("instructions", UNSET)
        if instructions is None and strict_parsing.get():
            raise TypeError("instructions")

        if instructions is None or instructions is UNSET:
            if instructions is None:
                _none_flips += ("instructions",)
            instructions = None

        _voice_raw = d.pop("voice", UNSET)
        if _voice_raw is None or isinstance(_voice_raw, Unset):
            if _voice_raw is None and strict_parsing.get():
                raise TypeError("voice")

            if _voice_raw is None:
                _none_flips += ("voice",)
            voice = None

        else:
            try:

                def _parse_voice(
                    data: object,
                ) -> str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1:
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_voice(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_voice_ids_shared_type_1 = (
                            check_voice_ids_shared_type_1(data)
                        )

                        return componentsschemas_voice_ids_shared_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_voice_ids_or_custom_voice_type_1 = (
                            VoiceIdsOrCustomVoiceType1.from_dict(data)
                        )

                        return componentsschemas_voice_ids_or_custom_voice_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1,
                        data,
                    )

                voice = _parse_voice(_voice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                voice = _voice_raw

        _output_audio_format_raw = d.pop("output_audio_format", UNSET)
        if _output_audio_format_raw is None or isinstance(
            _output_audio_format_raw, Unset
        ):
            if _output_audio_format_raw is None and strict_parsing.get():
                raise TypeError("output_audio_format")

            if _output_audio_format_raw is None:
                _none_flips += ("output_audio_format",)
            output_audio_format = None

        else:
            try:
                _output_audio_format = _output_audio_format_raw
                output_audio_format: (
                    RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset
                )
                if isinstance(_output_audio_format, Unset):
                    output_audio_format = UNSET
                else:
                    output_audio_format = (
                        check_realtime_beta_response_create_params_output_audio_format(
                            _output_audio_format
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_audio_format = _output_audio_format_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                _tools = _tools_raw
                tools: list[RealtimeBetaResponseCreateParamsToolsItem] | Unset = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for tools_item_data in _tools:
                        tools_item = (
                            RealtimeBetaResponseCreateParamsToolsItem.from_dict(
                                tools_item_data
                            )
                        )

                        tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None and strict_parsing.get():
                raise TypeError("tool_choice")

            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:
            try:

                def _parse_tool_choice(
                    data: object,
                ) -> ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "function":
                            try:
                                tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

                                return tool_choice_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp":
                            try:
                                tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

                                return tool_choice_type_2
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
                                    "name",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        tool_choice_type_0 = check_tool_choice_options(data)

                        return tool_choice_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function") not in ("function",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

                        return tool_choice_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp") not in ("mcp",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

                        return tool_choice_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset,
                        data,
                    )

                tool_choice = _parse_tool_choice(_tool_choice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_choice = _tool_choice_raw

        temperature = d.pop("temperature", UNSET)
        if temperature is None and strict_parsing.get():
            raise TypeError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is None:
                _none_flips += ("temperature",)
            temperature = None

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
                ) -> int | RealtimeBetaResponseCreateParamsMaxOutputTokensType1 | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        max_output_tokens_type_1 = check_realtime_beta_response_create_params_max_output_tokens_type_1(
                            data
                        )

                        return max_output_tokens_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        int
                        | RealtimeBetaResponseCreateParamsMaxOutputTokensType1
                        | Unset,
                        data,
                    )

                max_output_tokens = _parse_max_output_tokens(_max_output_tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_output_tokens = _max_output_tokens_raw

        _conversation_raw = d.pop("conversation", UNSET)
        if _conversation_raw is None or isinstance(_conversation_raw, Unset):
            if _conversation_raw is None and strict_parsing.get():
                raise TypeError("conversation")

            if _conversation_raw is None:
                _none_flips += ("conversation",)
            conversation = None

        else:
            try:

                def _parse_conversation(
                    data: object,
                ) -> RealtimeBetaResponseCreateParamsConversationType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        conversation_type_1 = check_realtime_beta_response_create_params_conversation_type_1(
                            data
                        )

                        return conversation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RealtimeBetaResponseCreateParamsConversationType1 | str | Unset,
                        data,
                    )

                conversation = _parse_conversation(_conversation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                conversation = _conversation_raw

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

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            if _prompt_raw is None:
                _none_flips += ("prompt",)
            prompt = None

        else:
            try:

                def _parse_prompt(data: object) -> None | PromptType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_prompt_type_0 = PromptType0.from_dict(data)

                        return componentsschemas_prompt_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | PromptType0 | Unset, data)

                prompt = _parse_prompt(_prompt_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt = _prompt_raw

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if _input__raw is None and strict_parsing.get():
                raise TypeError("input")

            if _input__raw is None:
                _none_flips += ("input_",)
            input_ = None

        else:
            try:
                _input_ = _input__raw
                input_: (
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
                if _input_ is not UNSET:
                    input_ = []
                    if not isinstance(_input_, list):
                        raise TypeError()
                    for input_item_data in _input_:

                        def _parse_input_item(
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
                                    return _parse_input_item(data)
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

                        input_item = _parse_input_item(input_item_data)

                        input_.append(input_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        realtime_beta_response_create_params = cls(
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            output_audio_format=output_audio_format,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input_=input_,
        )
        if _none_flips:
            realtime_beta_response_create_params._none_flips = _none_flips

        realtime_beta_response_create_params.additional_properties = d
        return realtime_beta_response_create_params

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
