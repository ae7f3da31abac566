from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_checkpoint_permission_object import (
    FineTuningCheckpointPermissionObject,
    check_fine_tuning_checkpoint_permission_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="FineTuningCheckpointPermission")


@_attrs_define
class FineTuningCheckpointPermission:
    """A grant that lets one project use a fine-tuned model checkpoint."""

    id: str
    created_at: int
    project_id: str
    object_: FineTuningCheckpointPermissionObject
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

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" not in self._none_flips
            else UNSET
        )

        project_id = _v_project_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "created_at": created_at,
                    "project_id": project_id,
                    "object": object_,
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

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        project_id = d.pop("project_id", UNSET)
        if (
            project_id is None or isinstance(project_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("project_id")

        if project_id is None or project_id is UNSET:
            if project_id is UNSET:
                _none_flips += ("project_id",)
            project_id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_fine_tuning_checkpoint_permission_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        fine_tuning_checkpoint_permission = cls(
            id=id,
            created_at=created_at,
            project_id=project_id,
            object_=object_,
        )
        if _none_flips:
            fine_tuning_checkpoint_permission._none_flips = _none_flips

        fine_tuning_checkpoint_permission.additional_properties = d
        return fine_tuning_checkpoint_permission

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
