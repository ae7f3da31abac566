from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_environment import (
    BetaComputerEnvironment,
    check_beta_computer_environment,
)
from ..models.beta_computer_use_preview_tool_type import (
    BetaComputerUsePreviewToolType,
    check_beta_computer_use_preview_tool_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaComputerUsePreviewTool")


@_attrs_define
class BetaComputerUsePreviewTool:
    """The preview version of the computer tool, for a given display and environment."""

    type_: BetaComputerUsePreviewToolType
    """ Fixed tag `computer_use_preview`. """
    environment: BetaComputerEnvironment
    """ Kind of computer the tool operates: `windows`, `mac`, `linux`, `ubuntu` or `browser`. """
    display_width: int
    """ Screen width in pixels. """
    display_height: int
    """ Screen height in pixels. """
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

        _v_environment = (
            self.environment
            if self.environment is not None or "environment" not in self._none_flips
            else UNSET
        )

        if _v_environment is None or isinstance(_v_environment, Unset):
            environment = _v_environment
        else:
            environment: str = _v_environment

        _v_display_width = (
            self.display_width
            if self.display_width is not None or "display_width" not in self._none_flips
            else UNSET
        )

        display_width = _v_display_width

        _v_display_height = (
            self.display_height
            if self.display_height is not None
            or "display_height" not in self._none_flips
            else UNSET
        )

        display_height = _v_display_height

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
                type_ = check_beta_computer_use_preview_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _environment_raw = d.pop("environment", UNSET)
        if _environment_raw is None or isinstance(_environment_raw, Unset):
            if strict_parsing.get():
                raise KeyError("environment")

            if _environment_raw is UNSET:
                _none_flips += ("environment",)
            environment = None

        else:
            try:
                environment = check_beta_computer_environment(_environment_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                environment = _environment_raw

        display_width = d.pop("display_width", UNSET)
        if (
            display_width is None or isinstance(display_width, Unset)
        ) and strict_parsing.get():
            raise KeyError("display_width")

        if display_width is None or display_width is UNSET:
            if display_width is UNSET:
                _none_flips += ("display_width",)
            display_width = None

        display_height = d.pop("display_height", UNSET)
        if (
            display_height is None or isinstance(display_height, Unset)
        ) and strict_parsing.get():
            raise KeyError("display_height")

        if display_height is None or display_height is UNSET:
            if display_height is UNSET:
                _none_flips += ("display_height",)
            display_height = None

        beta_computer_use_preview_tool = cls(
            type_=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
        )
        if _none_flips:
            beta_computer_use_preview_tool._none_flips = _none_flips

        beta_computer_use_preview_tool.additional_properties = d
        return beta_computer_use_preview_tool

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
