from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_role import (
    ChatCompletionRequestUserMessageRole,
    check_chat_completion_request_user_message_role,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionRequestMessageContentPartAudio, \
        ChatCompletionRequestMessageContentPartFile, \
        ChatCompletionRequestMessageContentPartImage, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from ..models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionRequestUserMessage:
    """A message written by the end user."""

    content: (
        list[
            ChatCompletionRequestMessageContentPartAudio
            | ChatCompletionRequestMessageContentPartFile
            | ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
        ]
        | str
    )
    """ Plain text or a list of content parts. """
    role: ChatCompletionRequestUserMessageRole
    """ Role of the author of this message. """
    name: str | None = None
    """ Optional participant name to tell authors apart. """
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
            content: list[dict[str, Any]] | str
            if isinstance(_v_content, list):
                content = []
                for content_type_1_item_data in _v_content:
                    content_type_1_item: dict[str, Any]
                    if (
                        isinstance(
                            content_type_1_item_data,
                            ChatCompletionRequestMessageContentPartText,
                        )
                        or isinstance(
                            content_type_1_item_data,
                            ChatCompletionRequestMessageContentPartImage,
                        )
                        or isinstance(
                            content_type_1_item_data,
                            ChatCompletionRequestMessageContentPartAudio,
                        )
                        or isinstance(
                            content_type_1_item_data,
                            ChatCompletionRequestMessageContentPartFile,
                        )
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data
                    content.append(content_type_1_item)

            else:
                content = _v_content

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "content": content,
                    "role": role,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            raise KeyError(
                "ChatCompletionRequestUserMessage: required field content is missing"
            )

        else:

            def _parse_content(
                data: object,
            ) -> (
                list[
                    ChatCompletionRequestMessageContentPartAudio
                    | ChatCompletionRequestMessageContentPartFile
                    | ChatCompletionRequestMessageContentPartImage
                    | ChatCompletionRequestMessageContentPartText
                ]
                | str
            ):

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    if not isinstance(_content_type_1, list):
                        raise TypeError()
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            ChatCompletionRequestMessageContentPartAudio
                            | ChatCompletionRequestMessageContentPartFile
                            | ChatCompletionRequestMessageContentPartImage
                            | ChatCompletionRequestMessageContentPartText
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "text":
                                    try:
                                        componentsschemas_chat_completion_request_user_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                            data
                                        )

                                        return componentsschemas_chat_completion_request_user_message_content_part_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_url":
                                    try:
                                        componentsschemas_chat_completion_request_user_message_content_part_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                            data
                                        )

                                        return componentsschemas_chat_completion_request_user_message_content_part_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "input_audio":
                                    try:
                                        componentsschemas_chat_completion_request_user_message_content_part_type_2 = ChatCompletionRequestMessageContentPartAudio.from_dict(
                                            data
                                        )

                                        return componentsschemas_chat_completion_request_user_message_content_part_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file":
                                    try:
                                        componentsschemas_chat_completion_request_user_message_content_part_type_3 = ChatCompletionRequestMessageContentPartFile.from_dict(
                                            data
                                        )

                                        return componentsschemas_chat_completion_request_user_message_content_part_type_3
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
                                    return _parse_content_type_1_item(data)
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
                                    len(
                                        {
                                            "input_audio",
                                            "prompt_cache_breakpoint",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "file",
                                            "prompt_cache_breakpoint",
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
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "text") not in ("text",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                componentsschemas_chat_completion_request_user_message_content_part_type_0 = ChatCompletionRequestMessageContentPartText.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_user_message_content_part_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_url") not in ("image_url",):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_chat_completion_request_user_message_content_part_type_1 = ChatCompletionRequestMessageContentPartImage.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_user_message_content_part_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "input_audio") not in (
                                    "input_audio",
                                ):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_chat_completion_request_user_message_content_part_type_2 = ChatCompletionRequestMessageContentPartAudio.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_user_message_content_part_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file") not in ("file",):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                componentsschemas_chat_completion_request_user_message_content_part_type_3 = ChatCompletionRequestMessageContentPartFile.from_dict(
                                    data
                                )

                                return componentsschemas_chat_completion_request_user_message_content_part_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                ChatCompletionRequestMessageContentPartAudio
                                | ChatCompletionRequestMessageContentPartFile
                                | ChatCompletionRequestMessageContentPartImage
                                | ChatCompletionRequestMessageContentPartText,
                                data,
                            )

                        content_type_1_item = _parse_content_type_1_item(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[
                        ChatCompletionRequestMessageContentPartAudio
                        | ChatCompletionRequestMessageContentPartFile
                        | ChatCompletionRequestMessageContentPartImage
                        | ChatCompletionRequestMessageContentPartText
                    ]
                    | str,
                    data,
                )

            content = _parse_content(_content_raw)

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            raise KeyError(
                "ChatCompletionRequestUserMessage: required field role is missing"
            )

        else:
            role = check_chat_completion_request_user_message_role(_role_raw)

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        chat_completion_request_user_message = cls(
            content=content,
            role=role,
            name=name,
        )
        if _none_flips:
            chat_completion_request_user_message._none_flips = _none_flips

        chat_completion_request_user_message.additional_properties = d
        return chat_completion_request_user_message

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
