from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_tool_call_item_object import (
    ClientToolCallItemObject,
    check_client_tool_call_item_object,
)
from ..models.client_tool_call_item_type import (
    ClientToolCallItemType,
    check_client_tool_call_item_type,
)
from ..models.client_tool_call_status import (
    ClientToolCallStatus,
    check_client_tool_call_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ClientToolCallItem")


@_attrs_define
class ClientToolCallItem:
    """A tool call the assistant asked the client to run: name, arguments, status and output."""

    id: str
    object_: ClientToolCallItemObject
    created_at: int
    thread_id: str
    type_: ClientToolCallItemType
    status: ClientToolCallStatus
    """ State of a client tool call: `in_progress` or `completed`. """
    call_id: str
    name: str
    arguments: str
    output: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_thread_id = (
            self.thread_id
            if self.thread_id is not None or "thread_id" not in self._none_flips
            else UNSET
        )

        thread_id = _v_thread_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

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

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if _v_output is None or isinstance(_v_output, Unset):
            output = _v_output
        else:
            output: None | str
            output = _v_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "thread_id": thread_id,
                    "type": type_,
                    "status": status,
                    "call_id": call_id,
                    "name": name,
                    "arguments": arguments,
                    "output": output,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_client_tool_call_item_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        thread_id = d.pop("thread_id", UNSET)
        if (thread_id is None or isinstance(thread_id, Unset)) and strict_parsing.get():
            raise KeyError("thread_id")

        if thread_id is None or thread_id is UNSET:
            if thread_id is UNSET:
                _none_flips += ("thread_id",)
            thread_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_client_tool_call_item_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_client_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

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

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if isinstance(_output_raw, Unset) and strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:

                def _parse_output(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                output = _parse_output(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        client_tool_call_item = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            status=status,
            call_id=call_id,
            name=name,
            arguments=arguments,
            output=output,
        )
        if _none_flips:
            client_tool_call_item._none_flips = _none_flips

        client_tool_call_item.additional_properties = d
        return client_tool_call_item

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
