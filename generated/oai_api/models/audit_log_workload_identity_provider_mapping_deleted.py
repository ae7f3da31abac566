from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="AuditLogWorkloadIdentityProviderMappingDeleted")


@_attrs_define
class AuditLogWorkloadIdentityProviderMappingDeleted:
    id: str | None = None
    identity_provider_id: str | None = None
    project_id: str | None = None
    service_account_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_identity_provider_id = (
            self.identity_provider_id
            if self.identity_provider_id is not None
            or "identity_provider_id" in self._none_flips
            else UNSET
        )

        identity_provider_id = _v_identity_provider_id

        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" in self._none_flips
            else UNSET
        )

        project_id = _v_project_id

        _v_service_account_id = (
            self.service_account_id
            if self.service_account_id is not None
            or "service_account_id" in self._none_flips
            else UNSET
        )

        service_account_id = _v_service_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if identity_provider_id is not UNSET:
            field_dict["identity_provider_id"] = identity_provider_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if service_account_id is not UNSET:
            field_dict["service_account_id"] = service_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        identity_provider_id = d.pop("identity_provider_id", UNSET)
        if identity_provider_id is None and strict_parsing.get():
            raise TypeError("identity_provider_id")

        if identity_provider_id is None or identity_provider_id is UNSET:
            if identity_provider_id is None:
                _none_flips += ("identity_provider_id",)
            identity_provider_id = None

        project_id = d.pop("project_id", UNSET)
        if project_id is None and strict_parsing.get():
            raise TypeError("project_id")

        if project_id is None or project_id is UNSET:
            if project_id is None:
                _none_flips += ("project_id",)
            project_id = None

        service_account_id = d.pop("service_account_id", UNSET)
        if service_account_id is None and strict_parsing.get():
            raise TypeError("service_account_id")

        if service_account_id is None or service_account_id is UNSET:
            if service_account_id is None:
                _none_flips += ("service_account_id",)
            service_account_id = None

        audit_log_workload_identity_provider_mapping_deleted = cls(
            id=id,
            identity_provider_id=identity_provider_id,
            project_id=project_id,
            service_account_id=service_account_id,
        )
        if _none_flips:
            audit_log_workload_identity_provider_mapping_deleted._none_flips = (
                _none_flips
            )

        audit_log_workload_identity_provider_mapping_deleted.additional_properties = d
        return audit_log_workload_identity_provider_mapping_deleted

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
