from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_environment import (
    ComputerEnvironment,
    check_computer_environment,
)
from ..models.computer_use_preview_tool_type import (
    ComputerUsePreviewToolType,
    check_computer_use_preview_tool_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ComputerUsePreviewTool")


@_attrs_define
class ComputerUsePreviewTool:
    """The preview version of the computer tool, for a given display and environment."""

    type_: ComputerUsePreviewToolType
    """ Fixed tag `computer_use_preview`. """
    environment: ComputerEnvironment
    """ Kind of computer the computer tool operates. """
    display_width: int
    """ Screen width in pixels. """
    display_height: int
    """ Screen height in pixels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if self.environment is None or isinstance(self.environment, Unset):
            environment = self.environment
        else:
            environment: str = self.environment

        display_width = self.display_width

        display_height = self.display_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "environment": environment,
                    "display_width": display_width,
                    "display_height": display_height,
                }.items()
                if v is not UNSET
            }
        )

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
                type_ = check_computer_use_preview_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _environment_raw = d.pop("environment", UNSET)
        if _environment_raw is None or isinstance(_environment_raw, Unset):
            if strict_parsing.get():
                raise KeyError("environment")

            environment = _environment_raw
        else:
            try:
                environment = check_computer_environment(_environment_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                environment = _environment_raw

        display_width = d.pop("display_width", UNSET)
        if (
            display_width is None or isinstance(display_width, Unset)
        ) and strict_parsing.get():
            raise KeyError("display_width")

        display_height = d.pop("display_height", UNSET)
        if (
            display_height is None or isinstance(display_height, Unset)
        ) and strict_parsing.get():
            raise KeyError("display_height")

        computer_use_preview_tool = cls(
            type_=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
        )

        computer_use_preview_tool.additional_properties = d
        return computer_use_preview_tool

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
