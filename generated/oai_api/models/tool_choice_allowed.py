from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_mode import (
    ToolChoiceAllowedMode,
    check_tool_choice_allowed_mode,
)
from ..models.tool_choice_allowed_type import (
    ToolChoiceAllowedType,
    check_tool_choice_allowed_type,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem


T = TypeVar("T", bound="ToolChoiceAllowed")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ToolChoiceAllowedToolsItem
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem

    _models_bound = True


@_attrs_define
class ToolChoiceAllowed:
    """Restrict the model to a subset of the declared tools."""

    type_: ToolChoiceAllowedType
    """ Fixed tag `allowed_tools`. """
    mode: ToolChoiceAllowedMode
    """ `auto`: the model may pick one of the tools or none; `required`: it must pick one. """
    tools: list[ToolChoiceAllowedToolsItem]
    """ Tool definitions the model may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if self.mode is None or isinstance(self.mode, Unset):
            mode = self.mode
        else:
            mode: str = self.mode

        if not isinstance(self.tools, list):
            tools = self.tools
        else:
            tools = []
            for tools_item_data in self.tools:
                if not isinstance(tools_item_data, ToolChoiceAllowedToolsItem):
                    tools.append(tools_item_data)
                    continue
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "mode": mode,
                    "tools": tools,
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
                type_ = check_tool_choice_allowed_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            if strict_parsing.get():
                raise KeyError("mode")

            mode = _mode_raw
        else:
            try:
                mode = check_tool_choice_allowed_mode(_mode_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                mode = _mode_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            tools = _tools_raw
        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:
                    tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        tool_choice_allowed = cls(
            type_=type_,
            mode=mode,
            tools=tools,
        )

        tool_choice_allowed.additional_properties = d
        return tool_choice_allowed

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
