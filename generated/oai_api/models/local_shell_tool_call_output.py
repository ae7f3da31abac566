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
from ..types import UNSET, Unset, model_repr, strict_parsing

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
    status: LocalShellToolCallOutputStatusType0 | None = None
    """ Progress state. """
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

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        output = _v_output

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        status: None | str | Unset
        if isinstance(_v_status, Unset):
            status = UNSET
        else:
            status = _v_status

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
                type_ = check_local_shell_tool_call_output_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        output = d.pop("output", UNSET)
        if (output is None or isinstance(output, Unset)) and strict_parsing.get():
            raise KeyError("output")

        if output is None or output is UNSET:
            if output is UNSET:
                _none_flips += ("output",)
            output = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None:
                _none_flips += ("status",)
            status = None

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
        if _none_flips:
            local_shell_tool_call_output._none_flips = _none_flips

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
