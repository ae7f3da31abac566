from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moderation_mode import ModerationMode, check_moderation_mode
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ModerationConfigParam")


@_attrs_define
class ModerationConfigParam:
    """Moderation settings for one direction."""

    mode: ModerationMode
    """ Whether moderation only scores or also blocks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_mode = (
            self.mode
            if self.mode is not None or "mode" not in self._none_flips
            else UNSET
        )

        if _v_mode is None or isinstance(_v_mode, Unset):
            mode = _v_mode
        else:
            mode: str = _v_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "mode": mode,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            raise KeyError("ModerationConfigParam: required field mode is missing")

        else:
            mode = check_moderation_mode(_mode_raw)

        moderation_config_param = cls(
            mode=mode,
        )
        if _none_flips:
            moderation_config_param._none_flips = _none_flips

        moderation_config_param.additional_properties = d
        return moderation_config_param

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
