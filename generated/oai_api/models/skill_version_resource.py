from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_version_resource_object import (
    SkillVersionResourceObject,
    check_skill_version_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="SkillVersionResource")


@_attrs_define
class SkillVersionResource:
    """One fixed version of a skill: version number, name, description and creation time."""

    object_: SkillVersionResourceObject
    id: str
    skill_id: str
    version: str
    created_at: int
    name: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_skill_id = (
            self.skill_id
            if self.skill_id is not None or "skill_id" not in self._none_flips
            else UNSET
        )

        skill_id = _v_skill_id

        _v_version = (
            self.version
            if self.version is not None or "version" not in self._none_flips
            else UNSET
        )

        version = _v_version

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" not in self._none_flips
            else UNSET
        )

        description = _v_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "skill_id": skill_id,
                    "version": version,
                    "created_at": created_at,
                    "name": name,
                    "description": description,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_skill_version_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        skill_id = d.pop("skill_id", UNSET)
        if (skill_id is None or isinstance(skill_id, Unset)) and strict_parsing.get():
            raise KeyError("skill_id")

        if skill_id is None or skill_id is UNSET:
            if skill_id is UNSET:
                _none_flips += ("skill_id",)
            skill_id = None

        version = d.pop("version", UNSET)
        if (version is None or isinstance(version, Unset)) and strict_parsing.get():
            raise KeyError("version")

        if version is None or version is UNSET:
            if version is UNSET:
                _none_flips += ("version",)
            version = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if (
            description is None or isinstance(description, Unset)
        ) and strict_parsing.get():
            raise KeyError("description")

        if description is None or description is UNSET:
            if description is UNSET:
                _none_flips += ("description",)
            description = None

        skill_version_resource = cls(
            object_=object_,
            id=id,
            skill_id=skill_id,
            version=version,
            created_at=created_at,
            name=name,
            description=description,
        )
        if _none_flips:
            skill_version_resource._none_flips = _none_flips

        skill_version_resource.additional_properties = d
        return skill_version_resource

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
