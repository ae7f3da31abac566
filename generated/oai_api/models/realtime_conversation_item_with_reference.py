from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_with_reference_object import (
    RealtimeConversationItemWithReferenceObject,
    check_realtime_conversation_item_with_reference_object,
)
from ..models.realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole,
    check_realtime_conversation_item_with_reference_role,
)
from ..models.realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus,
    check_realtime_conversation_item_with_reference_status,
)
from ..models.realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType,
    check_realtime_conversation_item_with_reference_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )


T = TypeVar("T", bound="RealtimeConversationItemWithReference")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeConversationItemWithReferenceContentItem
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )

    _models_bound = True


@_attrs_define
class RealtimeConversationItemWithReference:
    """An item to add to the conversation, either given in full or referring to an existing item by ID."""

    id: str | None = None
    type_: RealtimeConversationItemWithReferenceType | None = None
    object_: RealtimeConversationItemWithReferenceObject | None = None
    status: RealtimeConversationItemWithReferenceStatus | None = None
    role: RealtimeConversationItemWithReferenceRole | None = None
    content: list[RealtimeConversationItemWithReferenceContentItem] | None = None
    call_id: str | None = None
    name: str | None = None
    arguments: str | None = None
    output: str | None = None
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

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

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

        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str | Unset = UNSET
            if not isinstance(_v_role, Unset):
                role = _v_role

        _v_content = (
            self.content
            if self.content is not None or "content" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_content, Unset):
                content = []
                for content_item_data in _v_content:
                    if not isinstance(
                        content_item_data,
                        RealtimeConversationItemWithReferenceContentItem,
                    ):
                        content.append(content_item_data)
                        continue
                    content_item = content_item_data.to_dict()
                    content.append(content_item)

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" in self._none_flips
            else UNSET
        )

        arguments = _v_arguments

        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        output = _v_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output

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

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: RealtimeConversationItemWithReferenceType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_realtime_conversation_item_with_reference_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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
                object_: RealtimeConversationItemWithReferenceObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_realtime_conversation_item_with_reference_object(
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
                status: RealtimeConversationItemWithReferenceStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_realtime_conversation_item_with_reference_status(
                        _status
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if _role_raw is None and strict_parsing.get():
                raise TypeError("role")

            if _role_raw is None:
                _none_flips += ("role",)
            role = None

        else:
            try:
                _role = _role_raw
                role: RealtimeConversationItemWithReferenceRole | Unset
                if isinstance(_role, Unset):
                    role = UNSET
                else:
                    role = check_realtime_conversation_item_with_reference_role(_role)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if _content_raw is None and strict_parsing.get():
                raise TypeError("content")

            if _content_raw is None:
                _none_flips += ("content",)
            content = None

        else:
            try:
                _content = _content_raw
                content: (
                    list[RealtimeConversationItemWithReferenceContentItem] | Unset
                ) = UNSET
                if _content is not UNSET:
                    content = []
                    if not isinstance(_content, list):
                        raise TypeError()
                    for content_item_data in _content:
                        content_item = (
                            RealtimeConversationItemWithReferenceContentItem.from_dict(
                                content_item_data
                            )
                        )

                        content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        call_id = d.pop("call_id", UNSET)
        if call_id is None and strict_parsing.get():
            raise TypeError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is None:
                _none_flips += ("call_id",)
            call_id = None

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        arguments = d.pop("arguments", UNSET)
        if arguments is None and strict_parsing.get():
            raise TypeError("arguments")

        if arguments is None or arguments is UNSET:
            if arguments is None:
                _none_flips += ("arguments",)
            arguments = None

        output = d.pop("output", UNSET)
        if output is None and strict_parsing.get():
            raise TypeError("output")

        if output is None or output is UNSET:
            if output is None:
                _none_flips += ("output",)
            output = None

        realtime_conversation_item_with_reference = cls(
            id=id,
            type_=type_,
            object_=object_,
            status=status,
            role=role,
            content=content,
            call_id=call_id,
            name=name,
            arguments=arguments,
            output=output,
        )
        if _none_flips:
            realtime_conversation_item_with_reference._none_flips = _none_flips

        realtime_conversation_item_with_reference.additional_properties = d
        return realtime_conversation_item_with_reference

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
