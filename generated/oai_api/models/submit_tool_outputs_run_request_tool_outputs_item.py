from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="SubmitToolOutputsRunRequestToolOutputsItem")


@_attrs_define
class SubmitToolOutputsRunRequestToolOutputsItem:
    tool_call_id: str | None = None
    """ ID of the call, taken from the run's `required_action`, that this output answers. """
    output: str | None = None
    """ Result of the tool call, as a string, that lets the run continue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_tool_call_id = (
            self.tool_call_id
            if self.tool_call_id is not None or "tool_call_id" in self._none_flips
            else UNSET
        )

        tool_call_id = _v_tool_call_id

        _v_output = (
            self.output
            if self.output is not None or "output" in self._none_flips
            else UNSET
        )

        output = _v_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        tool_call_id = d.pop("tool_call_id", UNSET)
        if tool_call_id is None and strict_parsing.get():
            raise TypeError("tool_call_id")

        if tool_call_id is None or tool_call_id is UNSET:
            if tool_call_id is None:
                _none_flips += ("tool_call_id",)
            tool_call_id = None

        output = d.pop("output", UNSET)
        if output is None and strict_parsing.get():
            raise TypeError("output")

        if output is None or output is UNSET:
            if output is None:
                _none_flips += ("output",)
            output = None

        submit_tool_outputs_run_request_tool_outputs_item = cls(
            tool_call_id=tool_call_id,
            output=output,
        )
        if _none_flips:
            submit_tool_outputs_run_request_tool_outputs_item._none_flips = _none_flips

        submit_tool_outputs_run_request_tool_outputs_item.additional_properties = d
        return submit_tool_outputs_run_request_tool_outputs_item

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
