from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsFunctionObjectFunction")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction:
    name: str | None = None
    arguments: str | None = None
    output: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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

        output: None | str | Unset
        if isinstance(_v_output, Unset):
            output = UNSET
        else:
            output = _v_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
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

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if _output_raw is None:
                _none_flips += ("output",)
            output = None

        else:
            try:

                def _parse_output(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                output = _parse_output(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        run_step_delta_step_details_tool_calls_function_object_function = cls(
            name=name,
            arguments=arguments,
            output=output,
        )
        if _none_flips:
            run_step_delta_step_details_tool_calls_function_object_function._none_flips = _none_flips

        run_step_delta_step_details_tool_calls_function_object_function.additional_properties = d
        return run_step_delta_step_details_tool_calls_function_object_function

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
