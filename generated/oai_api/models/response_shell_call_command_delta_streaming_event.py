from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_shell_call_command_delta_streaming_event_type import (
    ResponseShellCallCommandDeltaStreamingEventType,
    check_response_shell_call_command_delta_streaming_event_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ResponseShellCallCommandDeltaStreamingEvent")


@_attrs_define
class ResponseShellCallCommandDeltaStreamingEvent:
    """Stream event `response.shell_call_command.delta`: more text of a shell command."""

    type_: ResponseShellCallCommandDeltaStreamingEventType
    """ Event type, fixed to `response.shell_call_command.delta`. """
    sequence_number: int
    """ Position of this event in the stream. """
    output_index: int
    """ Position of the output item in the response. """
    command_index: int
    """ Position of the command in the shell call. """
    delta: str
    """ Text added since the previous event. """
    obfuscation: str | Unset = UNSET
    """ Random padding that hides the payload size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        command_index = self.command_index

        delta = self.delta

        obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "sequence_number": sequence_number,
                    "output_index": output_index,
                    "command_index": command_index,
                    "delta": delta,
                }.items()
                if v is not UNSET
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

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
                type_ = check_response_shell_call_command_delta_streaming_event_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        command_index = d.pop("command_index", UNSET)
        if (
            command_index is None or isinstance(command_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("command_index")

        delta = d.pop("delta", UNSET)
        if (delta is None or isinstance(delta, Unset)) and strict_parsing.get():
            raise KeyError("delta")

        obfuscation = d.pop("obfuscation", UNSET)
        if obfuscation is None and strict_parsing.get():
            raise TypeError("obfuscation")

        response_shell_call_command_delta_streaming_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            command_index=command_index,
            delta=delta,
            obfuscation=obfuscation,
        )

        response_shell_call_command_delta_streaming_event.additional_properties = d
        return response_shell_call_command_delta_streaming_event

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
