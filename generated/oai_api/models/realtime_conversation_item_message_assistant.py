from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_assistant_object import (
    RealtimeConversationItemMessageAssistantObject,
    check_realtime_conversation_item_message_assistant_object,
)
from ..models.realtime_conversation_item_message_assistant_role import (
    RealtimeConversationItemMessageAssistantRole,
    check_realtime_conversation_item_message_assistant_role,
)
from ..models.realtime_conversation_item_message_assistant_status import (
    RealtimeConversationItemMessageAssistantStatus,
    check_realtime_conversation_item_message_assistant_status,
)
from ..models.realtime_conversation_item_message_assistant_type import (
    RealtimeConversationItemMessageAssistantType,
    check_realtime_conversation_item_message_assistant_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem,
    )


T = TypeVar("T", bound="RealtimeConversationItemMessageAssistant")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeConversationItemMessageAssistantContentItem
    from ..models.realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem,
    )

    _models_bound = True


@_attrs_define
class RealtimeConversationItemMessageAssistant:
    """Conversation item holding a message from the assistant."""

    type_: RealtimeConversationItemMessageAssistantType
    role: RealtimeConversationItemMessageAssistantRole
    content: list[RealtimeConversationItemMessageAssistantContentItem]
    id: str | None = None
    object_: RealtimeConversationItemMessageAssistantObject | None = None
    status: RealtimeConversationItemMessageAssistantStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

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
            if self.content is not None or "content" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content = []
            for content_item_data in _v_content:
                if not isinstance(
                    content_item_data,
                    RealtimeConversationItemMessageAssistantContentItem,
                ):
                    content.append(content_item_data)
                    continue
                content_item = content_item_data.to_dict()
                content.append(content_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "role": role,
                    "content": content,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_conversation_item_message_assistant_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_realtime_conversation_item_message_assistant_role(
                    _role_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if strict_parsing.get():
                raise KeyError("content")

            if _content_raw is UNSET:
                _none_flips += ("content",)
            content = None

        else:
            try:
                content = []
                _content = _content_raw
                if not isinstance(_content, list):
                    raise TypeError()
                for content_item_data in _content:
                    content_item = (
                        RealtimeConversationItemMessageAssistantContentItem.from_dict(
                            content_item_data
                        )
                    )

                    content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

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
                object_: RealtimeConversationItemMessageAssistantObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_realtime_conversation_item_message_assistant_object(
                        _object_
                    )

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
                status: RealtimeConversationItemMessageAssistantStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_realtime_conversation_item_message_assistant_status(
                        _status
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        realtime_conversation_item_message_assistant = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            object_=object_,
            status=status,
        )
        if _none_flips:
            realtime_conversation_item_message_assistant._none_flips = _none_flips

        realtime_conversation_item_message_assistant.additional_properties = d
        return realtime_conversation_item_message_assistant

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
