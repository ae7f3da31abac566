from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..models.tool_search_call_type import (
    ToolSearchCallType,
    check_tool_search_call_type,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ToolSearchCall")


@_attrs_define
class ToolSearchCall:
    """A search for deferred tools."""

    type_: ToolSearchCallType
    """ Fixed tag `tool_search_call`. """
    id: str
    """ Unique ID. """
    call_id: None | str
    """ ID linking a tool call to its output. """
    execution: ToolSearchExecutionType
    """ Who runs a tool search: the server or the caller. """
    arguments: Any
    """ Arguments of the search. """
    status: FunctionCallStatus
    """ State of a tool call item. """
    created_by: str | Unset = UNSET
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        id = self.id

        if self.call_id is None or isinstance(self.call_id, Unset):
            call_id = self.call_id
        else:
            call_id: None | str
            call_id = self.call_id

        if self.execution is None or isinstance(self.execution, Unset):
            execution = self.execution
        else:
            execution: str = self.execution

        arguments = self.arguments

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status: str = self.status

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "execution": execution,
                    "arguments": arguments,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_tool_search_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        _call_id_raw = d.pop("call_id", UNSET)
        if _call_id_raw is None or isinstance(_call_id_raw, Unset):
            if isinstance(_call_id_raw, Unset) and strict_parsing.get():
                raise KeyError("call_id")

            call_id = _call_id_raw
        else:
            try:

                def _parse_call_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                call_id = _parse_call_id(_call_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                call_id = _call_id_raw

        _execution_raw = d.pop("execution", UNSET)
        if _execution_raw is None or isinstance(_execution_raw, Unset):
            if strict_parsing.get():
                raise KeyError("execution")

            execution = _execution_raw
        else:
            try:
                execution = check_tool_search_execution_type(_execution_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                execution = _execution_raw

        arguments = d.pop("arguments", UNSET)
        if isinstance(arguments, Unset) and strict_parsing.get():
            raise KeyError("arguments")

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            status = _status_raw
        else:
            try:
                status = check_function_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        tool_search_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            arguments=arguments,
            status=status,
            created_by=created_by,
        )

        tool_search_call.additional_properties = d
        return tool_search_call

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
