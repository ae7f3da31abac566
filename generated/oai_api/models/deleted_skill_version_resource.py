from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_skill_version_resource_object import (
    DeletedSkillVersionResourceObject,
    check_deleted_skill_version_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="DeletedSkillVersionResource")


@_attrs_define
class DeletedSkillVersionResource:
    """Confirmation that a skill version was deleted, naming the version."""

    object_: DeletedSkillVersionResourceObject
    deleted: bool
    id: str
    version: str
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

        _v_deleted = (
            self.deleted
            if self.deleted is not None or "deleted" not in self._none_flips
            else UNSET
        )

        deleted = _v_deleted

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_version = (
            self.version
            if self.version is not None or "version" not in self._none_flips
            else UNSET
        )

        version = _v_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "deleted": deleted,
                    "id": id,
                    "version": version,
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
                object_ = check_deleted_skill_version_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        deleted = d.pop("deleted", UNSET)
        if (deleted is None or isinstance(deleted, Unset)) and strict_parsing.get():
            raise KeyError("deleted")

        if deleted is None or deleted is UNSET:
            if deleted is UNSET:
                _none_flips += ("deleted",)
            deleted = None

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        version = d.pop("version", UNSET)
        if (version is None or isinstance(version, Unset)) and strict_parsing.get():
            raise KeyError("version")

        if version is None or version is UNSET:
            if version is UNSET:
                _none_flips += ("version",)
            version = None

        deleted_skill_version_resource = cls(
            object_=object_,
            deleted=deleted,
            id=id,
            version=version,
        )
        if _none_flips:
            deleted_skill_version_resource._none_flips = _none_flips

        deleted_skill_version_resource.additional_properties = d
        return deleted_skill_version_resource

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
