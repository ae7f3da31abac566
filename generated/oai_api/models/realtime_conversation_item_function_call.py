from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_function_call_object import (
    RealtimeConversationItemFunctionCallObject,
    check_realtime_conversation_item_function_call_object,
)
from ..models.realtime_conversation_item_function_call_status import (
    RealtimeConversationItemFunctionCallStatus,
    check_realtime_conversation_item_function_call_status,
)
from ..models.realtime_conversation_item_function_call_type import (
    RealtimeConversationItemFunctionCallType,
    check_realtime_conversation_item_function_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeConversationItemFunctionCall")


@_attrs_define
class RealtimeConversationItemFunctionCall:
    """Conversation item in which the model calls a function with JSON arguments."""

    type_: RealtimeConversationItemFunctionCallType
    name: str
    arguments: str
    id: str | None = None
    object_: RealtimeConversationItemFunctionCallObject | None = None
    status: RealtimeConversationItemFunctionCallStatus | None = None
    call_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" not in self._none_flips
            else UNSET
        )

        arguments = _v_arguments

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

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "name": name,
                    "arguments": arguments,
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
        if call_id is not UNSET:
            field_dict["call_id"] = call_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_realtime_conversation_item_function_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        arguments = d.pop("arguments", UNSET)
        if (arguments is None or isinstance(arguments, Unset)) and strict_parsing.get():
            raise KeyError("arguments")

        if arguments is None or arguments is UNSET:
            if arguments is UNSET:
                _none_flips += ("arguments",)
            arguments = None

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
                object_: RealtimeConversationItemFunctionCallObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_realtime_conversation_item_function_call_object(
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
                status: RealtimeConversationItemFunctionCallStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_realtime_conversation_item_function_call_status(
                        _status
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        call_id = d.pop("call_id", UNSET)
        if call_id is None and strict_parsing.get():
            raise TypeError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is None:
                _none_flips += ("call_id",)
            call_id = None

        realtime_conversation_item_function_call = cls(
            type_=type_,
            name=name,
            arguments=arguments,
            id=id,
            object_=object_,
            status=status,
            call_id=call_id,
        )
        if _none_flips:
            realtime_conversation_item_function_call._none_flips = _none_flips

        realtime_conversation_item_function_call.additional_properties = d
        return realtime_conversation_item_function_call

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
