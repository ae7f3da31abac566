from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_assistant_message_role import (
    ChatCompletionRequestAssistantMessageRole,
    check_chat_completion_request_assistant_message_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0,
    )
    from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


T = TypeVar("T", bound="ChatCompletionRequestAssistantMessage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionMessageCustomToolCall, \
        ChatCompletionMessageToolCall, \
        ChatCompletionRequestAssistantMessageAudioType0, \
        ChatCompletionRequestAssistantMessageFunctionCallType0, \
        ChatCompletionRequestMessageContentPartRefusal, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_assistant_message_audio_type_0 import (
        ChatCompletionRequestAssistantMessageAudioType0,
    )
    from ..models.chat_completion_request_assistant_message_function_call_type_0 import (
        ChatCompletionRequestAssistantMessageFunctionCallType0,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionRequestAssistantMessage:
    """An earlier reply from the model."""

    role: ChatCompletionRequestAssistantMessageRole
    """ Role of the author of this message. """
    content: (
        list[
            ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
        ]
        | None
        | str
    ) = None
    """ Reply text; may be empty when tools were called. """
    refusal: None | str = None
    """ Refusal text from the model. """
    name: str | None = None
    """ Optional participant name to tell authors apart. """
    audio: ChatCompletionRequestAssistantMessageAudioType0 | None = None
    """ Reference to an earlier audio reply. """
    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None
    ) = None
    """ Tool calls made by the model. """
    function_call: ChatCompletionRequestAssistantMessageFunctionCallType0 | None = None
    """ Legacy function call the model made. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" in self._none_flips
            else UNSET
        )

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(_v_content, Unset):
            content = UNSET
        elif isinstance(_v_content, list):
            content = []
            for content_type_0_type_1_item_data in _v_content:
                content_type_0_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_0_type_1_item_data,
                    ChatCompletionRequestMessageContentPartText,
                ) or isinstance(
                    content_type_0_type_1_item_data,
                    ChatCompletionRequestMessageContentPartRefusal,
                ):
                    content_type_0_type_1_item = (
                        content_type_0_type_1_item_data.to_dict()
                    )
                else:
                    content_type_0_type_1_item = content_type_0_type_1_item_data
                content.append(content_type_0_type_1_item)

        else:
            content = _v_content

        _v_refusal = (
            self.refusal
            if self.refusal is not None or "refusal" in self._none_flips
            else UNSET
        )

        refusal: None | str | Unset
        if isinstance(_v_refusal, Unset):
            refusal = UNSET
        else:
            refusal = _v_refusal

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        audio: dict[str, Any] | None | Unset
        if isinstance(_v_audio, Unset):
            audio = UNSET
        elif isinstance(_v_audio, ChatCompletionRequestAssistantMessageAudioType0):
            audio = _v_audio.to_dict()
        else:
            audio = _v_audio

        _v_tool_calls = (
            self.tool_calls
            if self.tool_calls is not None or "tool_calls" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tool_calls, list):
            tool_calls = _v_tool_calls
        else:
            tool_calls: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tool_calls, Unset):
                tool_calls = []
                for (
                    componentsschemas_chat_completion_message_tool_calls_item_data
                ) in _v_tool_calls:
                    componentsschemas_chat_completion_message_tool_calls_item: dict[
                        str, Any
                    ]
                    if isinstance(
                        componentsschemas_chat_completion_message_tool_calls_item_data,
                        ChatCompletionMessageToolCall,
                    ) or isinstance(
                        componentsschemas_chat_completion_message_tool_calls_item_data,
                        ChatCompletionMessageCustomToolCall,
                    ):
                        componentsschemas_chat_completion_message_tool_calls_item = componentsschemas_chat_completion_message_tool_calls_item_data.to_dict()
                    else:
                        componentsschemas_chat_completion_message_tool_calls_item = componentsschemas_chat_completion_message_tool_calls_item_data
                    tool_calls.append(
                        componentsschemas_chat_completion_message_tool_calls_item
                    )

        _v_function_call = (
            self.function_call
            if self.function_call is not None or "function_call" in self._none_flips
            else UNSET
        )

        function_call: dict[str, Any] | None | Unset
        if isinstance(_v_function_call, Unset):
            function_call = UNSET
        elif isinstance(
            _v_function_call, ChatCompletionRequestAssistantMessageFunctionCallType0
        ):
            function_call = _v_function_call.to_dict()
        else:
            function_call = _v_function_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "role": role,
                }.items()
                if v is not UNSET
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if name is not UNSET:
            field_dict["name"] = name
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            raise KeyError(
                "ChatCompletionRequestAssistantMessage: required field role is missing"
            )

        else:
            role = check_chat_completion_request_assistant_message_role(_role_raw)

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if _content_raw is None:
                _none_flips += ("content",)
            content = None

        else:

            def _parse_content(
                data: object,
            ) -> (
                list[
                    ChatCompletionRequestMessageContentPartRefusal
                    | ChatCompletionRequestMessageContentPartText
                ]
                | None
                | str
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0_type_1 = []
                    _content_type_0_type_1 = data
                    if not isinstance(_content_type_0_type_1, list):
                        raise TypeError()
                    for content_type_0_type_1_item_data in _content_type_0_type_1:

                        def _parse_content_type_0_type_1_item(
                            data: object,
                        ) -> (
                            ChatCompletionRequestMessageContentPartRefusal
                            | ChatCompletionRequestMessageContentPartText
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "text":
                                    try:
                                        componentsschemas_chat_completion_request_assistant_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                            data
                                        )

                                        return componentsschemas_chat_completion_request_assistant_message_content_part_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "refusal":
                                    try:
                                        componentsschemas_chat_completion_request_assistant_message_content_part_type_1 = ChatCompletionRequestMessageContentPartRefusal.from_dict(
                                            data
                                        )

                                        return componentsschemas_chat_completion_request_assistant_message_content_part_type_1
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
                                    return _parse_content_type_0_type_1_item(data)
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
                                            "prompt_cache_breakpoint",
                                            "text",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "refusal",
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
                                if data.get("type", "text") not in ("text",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "refusal") not in ("refusal",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_chat_completion_request_assistant_message_content_part_type_1 = ChatCompletionRequestMessageContentPartRefusal.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_assistant_message_content_part_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                ChatCompletionRequestMessageContentPartRefusal
                                | ChatCompletionRequestMessageContentPartText,
                                data,
                            )

                        content_type_0_type_1_item = _parse_content_type_0_type_1_item(
                            content_type_0_type_1_item_data
                        )

                        content_type_0_type_1.append(content_type_0_type_1_item)

                    return content_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[
                        ChatCompletionRequestMessageContentPartRefusal
                        | ChatCompletionRequestMessageContentPartText
                    ]
                    | None
                    | str
                    | Unset,
                    data,
                )

            content = _parse_content(_content_raw)

        _refusal_raw = d.pop("refusal", UNSET)
        if _refusal_raw is None or isinstance(_refusal_raw, Unset):
            if _refusal_raw is None:
                _none_flips += ("refusal",)
            refusal = None

        else:

            def _parse_refusal(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            refusal = _parse_refusal(_refusal_raw)

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:

            def _parse_audio(
                data: object,
            ) -> ChatCompletionRequestAssistantMessageAudioType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    audio_type_0 = (
                        ChatCompletionRequestAssistantMessageAudioType0.from_dict(data)
                    )

                    return audio_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ChatCompletionRequestAssistantMessageAudioType0 | None | Unset, data
                )

            audio = _parse_audio(_audio_raw)

        _tool_calls_raw = d.pop("tool_calls", UNSET)
        if _tool_calls_raw is None or isinstance(_tool_calls_raw, Unset):
            if _tool_calls_raw is None and strict_parsing.get():
                raise TypeError("tool_calls")

            if _tool_calls_raw is None:
                _none_flips += ("tool_calls",)
            tool_calls = None

        else:
            _tool_calls = _tool_calls_raw
            tool_calls: (
                list[
                    ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall
                ]
                | Unset
            ) = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                if not isinstance(_tool_calls, list):
                    raise TypeError()
                for (
                    componentsschemas_chat_completion_message_tool_calls_item_data
                ) in _tool_calls:

                    def _parse_componentsschemas_chat_completion_message_tool_calls_item(
                        data: object,
                    ) -> (
                        ChatCompletionMessageCustomToolCall
                        | ChatCompletionMessageToolCall
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "function":
                                try:
                                    componentsschemas_chat_completion_message_tool_calls_item_type_0 = ChatCompletionMessageToolCall.from_dict(
                                        data
                                    )

                                    return componentsschemas_chat_completion_message_tool_calls_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom":
                                try:
                                    componentsschemas_chat_completion_message_tool_calls_item_type_1 = ChatCompletionMessageCustomToolCall.from_dict(
                                        data
                                    )

                                    return componentsschemas_chat_completion_message_tool_calls_item_type_1
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
                                return _parse_componentsschemas_chat_completion_message_tool_calls_item(
                                    data
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "function",
                                        "id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "custom",
                                        "id",
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
                            componentsschemas_chat_completion_message_tool_calls_item_type_0 = ChatCompletionMessageToolCall.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_message_tool_calls_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom") not in ("custom",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_chat_completion_message_tool_calls_item_type_1 = ChatCompletionMessageCustomToolCall.from_dict(
                                data
                            )

                            return componentsschemas_chat_completion_message_tool_calls_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            ChatCompletionMessageCustomToolCall
                            | ChatCompletionMessageToolCall,
                            data,
                        )

                    componentsschemas_chat_completion_message_tool_calls_item = _parse_componentsschemas_chat_completion_message_tool_calls_item(
                        componentsschemas_chat_completion_message_tool_calls_item_data
                    )

                    tool_calls.append(
                        componentsschemas_chat_completion_message_tool_calls_item
                    )

        _function_call_raw = d.pop("function_call", UNSET)
        if _function_call_raw is None or isinstance(_function_call_raw, Unset):
            if _function_call_raw is None:
                _none_flips += ("function_call",)
            function_call = None

        else:

            def _parse_function_call(
                data: object,
            ) -> ChatCompletionRequestAssistantMessageFunctionCallType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    function_call_type_0 = ChatCompletionRequestAssistantMessageFunctionCallType0.from_dict(
                        data
                    )

                    return function_call_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ChatCompletionRequestAssistantMessageFunctionCallType0
                    | None
                    | Unset,
                    data,
                )

            function_call = _parse_function_call(_function_call_raw)

        chat_completion_request_assistant_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            name=name,
            audio=audio,
            tool_calls=tool_calls,
            function_call=function_call,
        )
        if _none_flips:
            chat_completion_request_assistant_message._none_flips = _none_flips

        chat_completion_request_assistant_message.additional_properties = d
        return chat_completion_request_assistant_message

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
