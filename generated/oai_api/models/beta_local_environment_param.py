from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_local_environment_param_type import (
    BetaLocalEnvironmentParamType,
    check_beta_local_environment_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_local_skill_param import BetaLocalSkillParam


T = TypeVar("T", bound="BetaLocalEnvironmentParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaLocalSkillParam
    from ..models.beta_local_skill_param import BetaLocalSkillParam

    _models_bound = True


@_attrs_define
class BetaLocalEnvironmentParam:
    """Run shell commands on the caller's machine."""

    type_: BetaLocalEnvironmentParamType
    """ Fixed tag `local`. """
    skills: list[BetaLocalSkillParam] | None = None
    """ Skills available on the caller's machine; at most 200. """
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

        _v_skills = (
            self.skills
            if self.skills is not None or "skills" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_skills, list):
            skills = _v_skills
        else:
            skills: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_skills, Unset):
                skills = []
                for skills_item_data in _v_skills:
                    if not isinstance(skills_item_data, BetaLocalSkillParam):
                        skills.append(skills_item_data)
                        continue
                    skills_item = skills_item_data.to_dict()
                    skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if skills is not UNSET:
            field_dict["skills"] = skills

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
                type_ = check_beta_local_environment_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _skills_raw = d.pop("skills", UNSET)
        if _skills_raw is None or isinstance(_skills_raw, Unset):
            if _skills_raw is None and strict_parsing.get():
                raise TypeError("skills")

            if _skills_raw is None:
                _none_flips += ("skills",)
            skills = None

        else:
            try:
                _skills = _skills_raw
                skills: list[BetaLocalSkillParam] | Unset = UNSET
                if _skills is not UNSET:
                    skills = []
                    if not isinstance(_skills, list):
                        raise TypeError()
                    for skills_item_data in _skills:
                        skills_item = BetaLocalSkillParam.from_dict(skills_item_data)

                        skills.append(skills_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                skills = _skills_raw

        beta_local_environment_param = cls(
            type_=type_,
            skills=skills,
        )
        if _none_flips:
            beta_local_environment_param._none_flips = _none_flips

        beta_local_environment_param.additional_properties = d
        return beta_local_environment_param

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
