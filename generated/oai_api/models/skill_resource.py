from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_resource_object import (
    SkillResourceObject,
    check_skill_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="SkillResource")


@_attrs_define
class SkillResource:
    """A skill: name, description, creation time, and its default and latest versions."""

    id: str
    object_: SkillResourceObject
    name: str
    description: str
    created_at: int
    default_version: str
    latest_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

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

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_default_version = (
            self.default_version
            if self.default_version is not None
            or "default_version" not in self._none_flips
            else UNSET
        )

        default_version = _v_default_version

        _v_latest_version = (
            self.latest_version
            if self.latest_version is not None
            or "latest_version" not in self._none_flips
            else UNSET
        )

        latest_version = _v_latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "name": name,
                    "description": description,
                    "created_at": created_at,
                    "default_version": default_version,
                    "latest_version": latest_version,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_skill_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

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

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        default_version = d.pop("default_version", UNSET)
        if (
            default_version is None or isinstance(default_version, Unset)
        ) and strict_parsing.get():
            raise KeyError("default_version")

        if default_version is None or default_version is UNSET:
            if default_version is UNSET:
                _none_flips += ("default_version",)
            default_version = None

        latest_version = d.pop("latest_version", UNSET)
        if (
            latest_version is None or isinstance(latest_version, Unset)
        ) and strict_parsing.get():
            raise KeyError("latest_version")

        if latest_version is None or latest_version is UNSET:
            if latest_version is UNSET:
                _none_flips += ("latest_version",)
            latest_version = None

        skill_resource = cls(
            id=id,
            object_=object_,
            name=name,
            description=description,
            created_at=created_at,
            default_version=default_version,
            latest_version=latest_version,
        )
        if _none_flips:
            skill_resource._none_flips = _none_flips

        skill_resource.additional_properties = d
        return skill_resource

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
