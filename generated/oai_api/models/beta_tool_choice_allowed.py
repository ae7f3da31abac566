from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_tool_choice_allowed_mode import (
    BetaToolChoiceAllowedMode,
    check_beta_tool_choice_allowed_mode,
)
from ..models.beta_tool_choice_allowed_type import (
    BetaToolChoiceAllowedType,
    check_beta_tool_choice_allowed_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_tool_choice_allowed_tools_item import (
        BetaToolChoiceAllowedToolsItem,
    )


T = TypeVar("T", bound="BetaToolChoiceAllowed")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaToolChoiceAllowedToolsItem
    from ..models.beta_tool_choice_allowed_tools_item import (
        BetaToolChoiceAllowedToolsItem,
    )

    _models_bound = True


@_attrs_define
class BetaToolChoiceAllowed:
    """Tool choice limiting the model to a listed subset of its tools."""

    type_: BetaToolChoiceAllowedType
    """ Fixed tag `allowed_tools`. """
    mode: BetaToolChoiceAllowedMode
    """ `auto` lets the model pick a listed tool or just reply; `required` makes it call at least one. """
    tools: list[BetaToolChoiceAllowedToolsItem]
    """ Tool definitions the model may call, e.g. `{"type": "function", "name": "get_weather"}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_mode = (
            self.mode
            if self.mode is not None or "mode" not in self._none_flips
            else UNSET
        )

        if _v_mode is None or isinstance(_v_mode, Unset):
            mode = _v_mode
        else:
            mode: str = _v_mode

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools = []
            for tools_item_data in _v_tools:
                if not isinstance(tools_item_data, BetaToolChoiceAllowedToolsItem):
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
                type_ = check_beta_tool_choice_allowed_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            if strict_parsing.get():
                raise KeyError("mode")

            if _mode_raw is UNSET:
                _none_flips += ("mode",)
            mode = None

        else:
            try:
                mode = check_beta_tool_choice_allowed_mode(_mode_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                mode = _mode_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            if _tools_raw is UNSET:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:
                    tools_item = BetaToolChoiceAllowedToolsItem.from_dict(
                        tools_item_data
                    )

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        beta_tool_choice_allowed = cls(
            type_=type_,
            mode=mode,
            tools=tools,
        )
        if _none_flips:
            beta_tool_choice_allowed._none_flips = _none_flips

        beta_tool_choice_allowed.additional_properties = d
        return beta_tool_choice_allowed

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
