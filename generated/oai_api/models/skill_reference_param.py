from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_reference_param_type import (
    SkillReferenceParamType,
    check_skill_reference_param_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="SkillReferenceParam")


@_attrs_define
class SkillReferenceParam:
    """A stored skill, by ID and optional version."""

    type_: SkillReferenceParamType
    """ Fixed tag `skill_reference`. """
    skill_id: str
    """ ID of the stored skill. """
    version: str | Unset = UNSET
    """ Version of the skill; the current one when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        skill_id = self.skill_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "skill_id": skill_id,
                }.items()
                if v is not UNSET
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

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
                type_ = check_skill_reference_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        skill_id = d.pop("skill_id", UNSET)
        if (skill_id is None or isinstance(skill_id, Unset)) and strict_parsing.get():
            raise KeyError("skill_id")

        version = d.pop("version", UNSET)
        if version is None and strict_parsing.get():
            raise TypeError("version")

        skill_reference_param = cls(
            type_=type_,
            skill_id=skill_id,
            version=version,
        )

        skill_reference_param.additional_properties = d
        return skill_reference_param

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
