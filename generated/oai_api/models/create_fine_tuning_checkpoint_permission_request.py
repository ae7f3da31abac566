from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateFineTuningCheckpointPermissionRequest")


@_attrs_define
class CreateFineTuningCheckpointPermissionRequest:
    """Which projects to share a fine-tuned checkpoint with."""

    project_ids: list[str]
    """ IDs of the projects that gain access to the checkpoint. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_project_ids = (
            self.project_ids
            if self.project_ids is not None or "project_ids" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_project_ids, list):
            project_ids = _v_project_ids
        else:
            project_ids = _v_project_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "project_ids": project_ids,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _project_ids_raw = d.pop("project_ids", UNSET)
        if _project_ids_raw is None or isinstance(_project_ids_raw, Unset):
            raise KeyError(
                "CreateFineTuningCheckpointPermissionRequest: required field project_ids is missing"
            )

        else:
            project_ids = cast(list[str], _project_ids_raw)

        create_fine_tuning_checkpoint_permission_request = cls(
            project_ids=project_ids,
        )
        if _none_flips:
            create_fine_tuning_checkpoint_permission_request._none_flips = _none_flips

        return create_fine_tuning_checkpoint_permission_request
