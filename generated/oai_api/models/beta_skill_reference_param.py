from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_skill_reference_param_type import (
    BetaSkillReferenceParamType,
    check_beta_skill_reference_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaSkillReferenceParam")


@_attrs_define
class BetaSkillReferenceParam:
    """Points to a skill uploaded through the `/v1/skills` endpoint."""

    type_: BetaSkillReferenceParamType
    """ Fixed tag `skill_reference`. """
    skill_id: str
    """ ID of the skill (1 to 64 chars). """
    version: str | None = None
    """ Pin a version with a positive integer or `latest`; without it the skill's default version is used. """
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

        _v_skill_id = (
            self.skill_id
            if self.skill_id is not None or "skill_id" not in self._none_flips
            else UNSET
        )

        skill_id = _v_skill_id

        _v_version = (
            self.version
            if self.version is not None or "version" in self._none_flips
            else UNSET
        )

        version = _v_version

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
                type_ = check_beta_skill_reference_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        skill_id = d.pop("skill_id", UNSET)
        if (skill_id is None or isinstance(skill_id, Unset)) and strict_parsing.get():
            raise KeyError("skill_id")

        if skill_id is None or skill_id is UNSET:
            if skill_id is UNSET:
                _none_flips += ("skill_id",)
            skill_id = None

        version = d.pop("version", UNSET)
        if version is None and strict_parsing.get():
            raise TypeError("version")

        if version is None or version is UNSET:
            if version is None:
                _none_flips += ("version",)
            version = None

        beta_skill_reference_param = cls(
            type_=type_,
            skill_id=skill_id,
            version=version,
        )
        if _none_flips:
            beta_skill_reference_param._none_flips = _none_flips

        beta_skill_reference_param.additional_properties = d
        return beta_skill_reference_param

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
