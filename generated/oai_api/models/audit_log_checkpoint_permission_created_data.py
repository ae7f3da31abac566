from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogCheckpointPermissionCreatedData")


@_attrs_define
class AuditLogCheckpointPermissionCreatedData:
    project_id: str | None = None
    fine_tuned_model_checkpoint: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" in self._none_flips
            else UNSET
        )

        project_id = _v_project_id

        _v_fine_tuned_model_checkpoint = (
            self.fine_tuned_model_checkpoint
            if self.fine_tuned_model_checkpoint is not None
            or "fine_tuned_model_checkpoint" in self._none_flips
            else UNSET
        )

        fine_tuned_model_checkpoint = _v_fine_tuned_model_checkpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if fine_tuned_model_checkpoint is not UNSET:
            field_dict["fine_tuned_model_checkpoint"] = fine_tuned_model_checkpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        project_id = d.pop("project_id", UNSET)
        if project_id is None and strict_parsing.get():
            raise TypeError("project_id")

        if project_id is None or project_id is UNSET:
            if project_id is None:
                _none_flips += ("project_id",)
            project_id = None

        fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", UNSET)
        if fine_tuned_model_checkpoint is None and strict_parsing.get():
            raise TypeError("fine_tuned_model_checkpoint")

        if fine_tuned_model_checkpoint is None or fine_tuned_model_checkpoint is UNSET:
            if fine_tuned_model_checkpoint is None:
                _none_flips += ("fine_tuned_model_checkpoint",)
            fine_tuned_model_checkpoint = None

        audit_log_checkpoint_permission_created_data = cls(
            project_id=project_id,
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        )
        if _none_flips:
            audit_log_checkpoint_permission_created_data._none_flips = _none_flips

        audit_log_checkpoint_permission_created_data.additional_properties = d
        return audit_log_checkpoint_permission_created_data

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
