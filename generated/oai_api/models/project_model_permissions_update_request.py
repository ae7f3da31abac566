from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_model_permissions_update_request_mode import (
    ProjectModelPermissionsUpdateRequestMode,
    check_project_model_permissions_update_request_mode,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectModelPermissionsUpdateRequest")


@_attrs_define
class ProjectModelPermissionsUpdateRequest:
    """New model policy for a project."""

    mode: ProjectModelPermissionsUpdateRequestMode
    """ `allow_list` permits only the listed models; `deny_list` blocks them. """
    model_ids: list[str]
    """ Model IDs that the policy allows or blocks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_mode = (
            self.mode
            if self.mode is not None or "mode" not in self._none_flips
            else UNSET
        )

        if _v_mode is None or isinstance(_v_mode, Unset):
            mode = _v_mode
        else:
            mode: str = _v_mode

        _v_model_ids = (
            self.model_ids
            if self.model_ids is not None or "model_ids" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_model_ids, list):
            model_ids = _v_model_ids
        else:
            model_ids = _v_model_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "mode": mode,
                    "model_ids": model_ids,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            raise KeyError(
                "ProjectModelPermissionsUpdateRequest: required field mode is missing"
            )

        else:
            mode = check_project_model_permissions_update_request_mode(_mode_raw)

        _model_ids_raw = d.pop("model_ids", UNSET)
        if _model_ids_raw is None or isinstance(_model_ids_raw, Unset):
            raise KeyError(
                "ProjectModelPermissionsUpdateRequest: required field model_ids is missing"
            )

        else:
            model_ids = cast(list[str], _model_ids_raw)

        project_model_permissions_update_request = cls(
            mode=mode,
            model_ids=model_ids,
        )
        if _none_flips:
            project_model_permissions_update_request._none_flips = _none_flips

        project_model_permissions_update_request.additional_properties = d
        return project_model_permissions_update_request

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
