from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SetDefaultSkillVersionBody")


@_attrs_define
class SetDefaultSkillVersionBody:
    """Body naming the version a skill should use by default."""

    default_version: str
    """ Version number to make the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_default_version = (
            self.default_version
            if self.default_version is not None
            or "default_version" not in self._none_flips
            else UNSET
        )

        default_version = _v_default_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "default_version": default_version,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        default_version = d.pop("default_version", UNSET)
        if default_version is None or isinstance(default_version, Unset):
            raise KeyError(
                "SetDefaultSkillVersionBody: required field default_version is missing"
            )

        if default_version is None or default_version is UNSET:
            if default_version is UNSET:
                _none_flips += ("default_version",)
            default_version = None

        set_default_skill_version_body = cls(
            default_version=default_version,
        )
        if _none_flips:
            set_default_skill_version_body._none_flips = _none_flips

        set_default_skill_version_body.additional_properties = d
        return set_default_skill_version_body

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
