from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_shell_call_output_content_done_streaming_event_type import (
    ResponseShellCallOutputContentDoneStreamingEventType,
    check_response_shell_call_output_content_done_streaming_event_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.function_shell_call_output_content import (
        FunctionShellCallOutputContent,
    )


T = TypeVar("T", bound="ResponseShellCallOutputContentDoneStreamingEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FunctionShellCallOutputContent
    from ..models.function_shell_call_output_content import (
        FunctionShellCallOutputContent,
    )

    _models_bound = True


@_attrs_define
class ResponseShellCallOutputContentDoneStreamingEvent:
    """Stream event `response.shell_call_output_content.done`: the output of a shell command is complete."""

    type_: ResponseShellCallOutputContentDoneStreamingEventType
    """ Event type, fixed to `response.shell_call_output_content.done`. """
    sequence_number: int
    """ Position of this event in the stream. """
    item_id: str
    """ ID of the output item concerned. """
    output_index: int
    """ Position of the output item in the response. """
    command_index: int
    """ Position of the command in the shell call. """
    output: list[FunctionShellCallOutputContent]
    """ Output of the command. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        command_index = self.command_index

        if not isinstance(self.output, list):
            output = self.output
        else:
            output = []
            for output_item_data in self.output:
                if not isinstance(output_item_data, FunctionShellCallOutputContent):
                    output.append(output_item_data)
                    continue
                output_item = output_item_data.to_dict()
                output.append(output_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "sequence_number": sequence_number,
                    "item_id": item_id,
                    "output_index": output_index,
                    "command_index": command_index,
                    "output": output,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = (
                    check_response_shell_call_output_content_done_streaming_event_type(
                        _type__raw
                    )
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

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

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

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            output = _output_raw
        else:
            try:
                output = []
                _output = _output_raw
                if not isinstance(_output, list):
                    raise TypeError()
                for output_item_data in _output:
                    output_item = FunctionShellCallOutputContent.from_dict(
                        output_item_data
                    )

                    output.append(output_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        response_shell_call_output_content_done_streaming_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            command_index=command_index,
            output=output,
        )

        response_shell_call_output_content_done_streaming_event.additional_properties = d
        return response_shell_call_output_content_done_streaming_event

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
