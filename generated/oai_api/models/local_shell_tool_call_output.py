from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_tool_call_output_status_type_0 import (
    LocalShellToolCallOutputStatusType0,
    check_local_shell_tool_call_output_status_type_0,
)
from ..models.local_shell_tool_call_output_type import (
    LocalShellToolCallOutputType,
    check_local_shell_tool_call_output_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="LocalShellToolCallOutput")


@_attrs_define
class LocalShellToolCallOutput:
    """Output of a local shell command."""

    type_: LocalShellToolCallOutputType
    """ Fixed tag `local_shell_call_output`. """
    id: str
    """ Unique ID. """
    output: str
    """ Output of the command, as a JSON string. """
    status: LocalShellToolCallOutputStatusType0 | None | Unset = UNSET
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        id = self.id

        output = self.output

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "output": output,
                }.items()
                if v is not UNSET
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

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
                type_ = check_local_shell_tool_call_output_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        output = d.pop("output", UNSET)
        if (output is None or isinstance(output, Unset)) and strict_parsing.get():
            raise KeyError("output")

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            status = _status_raw
        else:
            try:

                def _parse_status(
                    data: object,
                ) -> LocalShellToolCallOutputStatusType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        status_type_0 = (
                            check_local_shell_tool_call_output_status_type_0(data)
                        )

                        return status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        LocalShellToolCallOutputStatusType0 | None | Unset, data
                    )

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        local_shell_tool_call_output = cls(
            type_=type_,
            id=id,
            output=output,
            status=status,
        )

        local_shell_tool_call_output.additional_properties = d
        return local_shell_tool_call_output

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
