from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_group_group_type import (
    ProjectGroupGroupType,
    check_project_group_group_type,
)
from ..models.project_group_object import ProjectGroupObject, check_project_group_object
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProjectGroup")


@_attrs_define
class ProjectGroup:
    """A group's membership in a project, with the group's name, type and when access was granted."""

    object_: ProjectGroupObject
    project_id: str
    group_id: str
    group_name: str
    group_type: ProjectGroupGroupType
    created_at: int
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

        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" not in self._none_flips
            else UNSET
        )

        project_id = _v_project_id

        _v_group_id = (
            self.group_id
            if self.group_id is not None or "group_id" not in self._none_flips
            else UNSET
        )

        group_id = _v_group_id

        _v_group_name = (
            self.group_name
            if self.group_name is not None or "group_name" not in self._none_flips
            else UNSET
        )

        group_name = _v_group_name

        _v_group_type = (
            self.group_type
            if self.group_type is not None or "group_type" not in self._none_flips
            else UNSET
        )

        if _v_group_type is None or isinstance(_v_group_type, Unset):
            group_type = _v_group_type
        else:
            group_type: str = _v_group_type

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "project_id": project_id,
                    "group_id": group_id,
                    "group_name": group_name,
                    "group_type": group_type,
                    "created_at": created_at,
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
                object_ = check_project_group_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        project_id = d.pop("project_id", UNSET)
        if (
            project_id is None or isinstance(project_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("project_id")

        if project_id is None or project_id is UNSET:
            if project_id is UNSET:
                _none_flips += ("project_id",)
            project_id = None

        group_id = d.pop("group_id", UNSET)
        if (group_id is None or isinstance(group_id, Unset)) and strict_parsing.get():
            raise KeyError("group_id")

        if group_id is None or group_id is UNSET:
            if group_id is UNSET:
                _none_flips += ("group_id",)
            group_id = None

        group_name = d.pop("group_name", UNSET)
        if (
            group_name is None or isinstance(group_name, Unset)
        ) and strict_parsing.get():
            raise KeyError("group_name")

        if group_name is None or group_name is UNSET:
            if group_name is UNSET:
                _none_flips += ("group_name",)
            group_name = None

        _group_type_raw = d.pop("group_type", UNSET)
        if _group_type_raw is None or isinstance(_group_type_raw, Unset):
            if strict_parsing.get():
                raise KeyError("group_type")

            if _group_type_raw is UNSET:
                _none_flips += ("group_type",)
            group_type = None

        else:
            try:
                group_type = check_project_group_group_type(_group_type_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                group_type = _group_type_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        project_group = cls(
            object_=object_,
            project_id=project_id,
            group_id=group_id,
            group_name=group_name,
            group_type=group_type,
            created_at=created_at,
        )
        if _none_flips:
            project_group._none_flips = _none_flips

        project_group.additional_properties = d
        return project_group

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
