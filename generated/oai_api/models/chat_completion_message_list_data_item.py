from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_response_message_role import (
    ChatCompletionResponseMessageRole,
    check_chat_completion_response_message_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_response_message_annotations_item import (
        ChatCompletionResponseMessageAnnotationsItem,
    )
    from ..models.chat_completion_response_message_audio_type_0 import (
        ChatCompletionResponseMessageAudioType0,
    )
    from ..models.chat_completion_response_message_function_call import (
        ChatCompletionResponseMessageFunctionCall,
    )


T = TypeVar("T", bound="ChatCompletionMessageListDataItem")

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
        ChatCompletionRequestMessageContentPartImage, \
        ChatCompletionRequestMessageContentPartText, \
        ChatCompletionResponseMessageAnnotationsItem, \
        ChatCompletionResponseMessageAudioType0, \
        ChatCompletionResponseMessageFunctionCall
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.chat_completion_response_message_annotations_item import (
        ChatCompletionResponseMessageAnnotationsItem,
    )
    from ..models.chat_completion_response_message_audio_type_0 import (
        ChatCompletionResponseMessageAudioType0,
    )
    from ..models.chat_completion_response_message_function_call import (
        ChatCompletionResponseMessageFunctionCall,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionMessageListDataItem:
    content: None | str
    """ Reply text. """
    refusal: None | str
    """ Refusal text, if the model refused. """
    role: ChatCompletionResponseMessageRole
    """ Role of the author of this message. """
    id: str
    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None
    ) = None
    """ Tool calls made by the model. """
    annotations: list[ChatCompletionResponseMessageAnnotationsItem] | None = None
    """ Annotations such as web citations. """
    function_call: ChatCompletionResponseMessageFunctionCall | None = None
    """ Legacy function call the model made. """
    audio: ChatCompletionResponseMessageAudioType0 | None = None
    """ Audio reply, if audio output was requested. """
    content_parts: (
        list[
            ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
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
        _v_content = (
            self.content
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if _v_content is None or isinstance(_v_content, Unset):
            content = _v_content
        else:
            content: None | str
            content = _v_content

        _v_refusal = (
            self.refusal
            if self.refusal is not None or "refusal" not in self._none_flips
            else UNSET
        )

        if _v_refusal is None or isinstance(_v_refusal, Unset):
            refusal = _v_refusal
        else:
            refusal: None | str
            refusal = _v_refusal

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

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

        _v_annotations = (
            self.annotations
            if self.annotations is not None or "annotations" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_annotations, list):
            annotations = _v_annotations
        else:
            annotations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_annotations, Unset):
                annotations = []
                for annotations_item_data in _v_annotations:
                    if not isinstance(
                        annotations_item_data,
                        ChatCompletionResponseMessageAnnotationsItem,
                    ):
                        annotations.append(annotations_item_data)
                        continue
                    annotations_item = annotations_item_data.to_dict()
                    annotations.append(annotations_item)

        _v_function_call = (
            self.function_call
            if self.function_call is not None or "function_call" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_function_call, ChatCompletionResponseMessageFunctionCall):
            function_call = _v_function_call
        else:
            function_call: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_function_call, Unset):
                function_call = _v_function_call.to_dict()

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        audio: dict[str, Any] | None | Unset
        if isinstance(_v_audio, Unset):
            audio = UNSET
        elif isinstance(_v_audio, ChatCompletionResponseMessageAudioType0):
            audio = _v_audio.to_dict()
        else:
            audio = _v_audio

        _v_content_parts = (
            self.content_parts
            if self.content_parts is not None or "content_parts" in self._none_flips
            else UNSET
        )

        content_parts: list[dict[str, Any]] | None | Unset
        if isinstance(_v_content_parts, Unset):
            content_parts = UNSET
        elif isinstance(_v_content_parts, list):
            content_parts = []
            for content_parts_type_0_item_data in _v_content_parts:
                content_parts_type_0_item: dict[str, Any]
                if isinstance(
                    content_parts_type_0_item_data,
                    ChatCompletionRequestMessageContentPartText,
                ) or isinstance(
                    content_parts_type_0_item_data,
                    ChatCompletionRequestMessageContentPartImage,
                ):
                    content_parts_type_0_item = content_parts_type_0_item_data.to_dict()
                else:
                    content_parts_type_0_item = content_parts_type_0_item_data
                content_parts.append(content_parts_type_0_item)

        else:
            content_parts = _v_content_parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "content": content,
                    "refusal": refusal,
                    "role": role,
                    "id": id,
                }.items()
                if v is not UNSET
            }
        )
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if audio is not UNSET:
            field_dict["audio"] = audio
        if content_parts is not UNSET:
            field_dict["content_parts"] = content_parts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if isinstance(_content_raw, Unset) and strict_parsing.get():
                raise KeyError("content")

            if _content_raw is UNSET:
                _none_flips += ("content",)
            content = None

        else:
            try:

                def _parse_content(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                content = _parse_content(_content_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        _refusal_raw = d.pop("refusal", UNSET)
        if _refusal_raw is None or isinstance(_refusal_raw, Unset):
            if isinstance(_refusal_raw, Unset) and strict_parsing.get():
                raise KeyError("refusal")

            if _refusal_raw is UNSET:
                _none_flips += ("refusal",)
            refusal = None

        else:
            try:

                def _parse_refusal(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                refusal = _parse_refusal(_refusal_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                refusal = _refusal_raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_chat_completion_response_message_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _tool_calls_raw = d.pop("tool_calls", UNSET)
        if _tool_calls_raw is None or isinstance(_tool_calls_raw, Unset):
            if _tool_calls_raw is None and strict_parsing.get():
                raise TypeError("tool_calls")

            if _tool_calls_raw is None:
                _none_flips += ("tool_calls",)
            tool_calls = None

        else:
            try:
                _tool_calls = _tool_calls_raw
                tool_calls: (
                    list[
                        ChatCompletionMessageCustomToolCall
                        | ChatCompletionMessageToolCall
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

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_calls = _tool_calls_raw

        _annotations_raw = d.pop("annotations", UNSET)
        if _annotations_raw is None or isinstance(_annotations_raw, Unset):
            if _annotations_raw is None and strict_parsing.get():
                raise TypeError("annotations")

            if _annotations_raw is None:
                _none_flips += ("annotations",)
            annotations = None

        else:
            try:
                _annotations = _annotations_raw
                annotations: (
                    list[ChatCompletionResponseMessageAnnotationsItem] | Unset
                ) = UNSET
                if _annotations is not UNSET:
                    annotations = []
                    if not isinstance(_annotations, list):
                        raise TypeError()
                    for annotations_item_data in _annotations:
                        annotations_item = (
                            ChatCompletionResponseMessageAnnotationsItem.from_dict(
                                annotations_item_data
                            )
                        )

                        annotations.append(annotations_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotations = _annotations_raw

        _function_call_raw = d.pop("function_call", UNSET)
        if _function_call_raw is None or isinstance(_function_call_raw, Unset):
            if _function_call_raw is None and strict_parsing.get():
                raise TypeError("function_call")

            if _function_call_raw is None:
                _none_flips += ("function_call",)
            function_call = None

        else:
            try:
                _function_call = _function_call_raw
                function_call: ChatCompletionResponseMessageFunctionCall | Unset
                if isinstance(_function_call, Unset):
                    function_call = UNSET
                else:
                    function_call = ChatCompletionResponseMessageFunctionCall.from_dict(
                        _function_call
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                function_call = _function_call_raw

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            try:

                def _parse_audio(
                    data: object,
                ) -> ChatCompletionResponseMessageAudioType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        audio_type_0 = (
                            ChatCompletionResponseMessageAudioType0.from_dict(data)
                        )

                        return audio_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ChatCompletionResponseMessageAudioType0 | None | Unset, data
                    )

                audio = _parse_audio(_audio_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                audio = _audio_raw

        _content_parts_raw = d.pop("content_parts", UNSET)
        if _content_parts_raw is None or isinstance(_content_parts_raw, Unset):
            if _content_parts_raw is None:
                _none_flips += ("content_parts",)
            content_parts = None

        else:
            try:

                def _parse_content_parts(
                    data: object,
                ) -> (
                    list[
                        ChatCompletionRequestMessageContentPartImage
                        | ChatCompletionRequestMessageContentPartText
                    ]
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        content_parts_type_0 = []
                        _content_parts_type_0 = data
                        if not isinstance(_content_parts_type_0, list):
                            raise TypeError()
                        for content_parts_type_0_item_data in _content_parts_type_0:

                            def _parse_content_parts_type_0_item(
                                data: object,
                            ) -> (
                                ChatCompletionRequestMessageContentPartImage
                                | ChatCompletionRequestMessageContentPartText
                            ):
                                if isinstance(data, dict):
                                    if data.get("type") == "text":
                                        try:
                                            content_parts_type_0_item_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                                data
                                            )

                                            return content_parts_type_0_item_type_0
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "image_url":
                                        try:
                                            content_parts_type_0_item_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                                data
                                            )

                                            return content_parts_type_0_item_type_1
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
                                        return _parse_content_parts_type_0_item(data)
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
                                                "image_url",
                                                "prompt_cache_breakpoint",
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
                                    content_parts_type_0_item_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                        data
                                    )

                                    return content_parts_type_0_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "image_url") not in (
                                        "image_url",
                                    ):
                                        raise TypeError()
                                    if _fits[1] < _most:
                                        raise TypeError()
                                    content_parts_type_0_item_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                        data
                                    )

                                    return content_parts_type_0_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                if strict_parsing.get():
                                    raise TypeError()
                                return cast(
                                    ChatCompletionRequestMessageContentPartImage
                                    | ChatCompletionRequestMessageContentPartText,
                                    data,
                                )

                            content_parts_type_0_item = (
                                _parse_content_parts_type_0_item(
                                    content_parts_type_0_item_data
                                )
                            )

                            content_parts_type_0.append(content_parts_type_0_item)

                        return content_parts_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[
                            ChatCompletionRequestMessageContentPartImage
                            | ChatCompletionRequestMessageContentPartText
                        ]
                        | None
                        | Unset,
                        data,
                    )

                content_parts = _parse_content_parts(_content_parts_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content_parts = _content_parts_raw

        chat_completion_message_list_data_item = cls(
            content=content,
            refusal=refusal,
            role=role,
            id=id,
            tool_calls=tool_calls,
            annotations=annotations,
            function_call=function_call,
            audio=audio,
            content_parts=content_parts,
        )
        if _none_flips:
            chat_completion_message_list_data_item._none_flips = _none_flips

        chat_completion_message_list_data_item.additional_properties = d
        return chat_completion_message_list_data_item

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
