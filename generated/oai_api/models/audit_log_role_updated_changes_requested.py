from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )


T = TypeVar("T", bound="AuditLogRoleUpdatedChangesRequested")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogRoleUpdatedChangesRequestedMetadata
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )

    _models_bound = True


@_attrs_define
class AuditLogRoleUpdatedChangesRequested:
    role_name: str | None = None
    resource_id: str | None = None
    resource_type: str | None = None
    permissions_added: list[str] | None = None
    permissions_removed: list[str] | None = None
    description: str | None = None
    metadata: AuditLogRoleUpdatedChangesRequestedMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_role_name = (
            self.role_name
            if self.role_name is not None or "role_name" in self._none_flips
            else UNSET
        )

        role_name = _v_role_name

        _v_resource_id = (
            self.resource_id
            if self.resource_id is not None or "resource_id" in self._none_flips
            else UNSET
        )

        resource_id = _v_resource_id

        _v_resource_type = (
            self.resource_type
            if self.resource_type is not None or "resource_type" in self._none_flips
            else UNSET
        )

        resource_type = _v_resource_type

        _v_permissions_added = (
            self.permissions_added
            if self.permissions_added is not None
            or "permissions_added" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_permissions_added, list):
            permissions_added = _v_permissions_added
        else:
            permissions_added: list[str] | Unset = UNSET
            if not isinstance(_v_permissions_added, Unset):
                permissions_added = _v_permissions_added

        _v_permissions_removed = (
            self.permissions_removed
            if self.permissions_removed is not None
            or "permissions_removed" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_permissions_removed, list):
            permissions_removed = _v_permissions_removed
        else:
            permissions_removed: list[str] | Unset = UNSET
            if not isinstance(_v_permissions_removed, Unset):
                permissions_removed = _v_permissions_removed

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_metadata, AuditLogRoleUpdatedChangesRequestedMetadata):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_metadata, Unset):
                metadata = _v_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if permissions_added is not UNSET:
            field_dict["permissions_added"] = permissions_added
        if permissions_removed is not UNSET:
            field_dict["permissions_removed"] = permissions_removed
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        role_name = d.pop("role_name", UNSET)
        if role_name is None and strict_parsing.get():
            raise TypeError("role_name")

        if role_name is None or role_name is UNSET:
            if role_name is None:
                _none_flips += ("role_name",)
            role_name = None

        resource_id = d.pop("resource_id", UNSET)
        if resource_id is None and strict_parsing.get():
            raise TypeError("resource_id")

        if resource_id is None or resource_id is UNSET:
            if resource_id is None:
                _none_flips += ("resource_id",)
            resource_id = None

        resource_type = d.pop("resource_type", UNSET)
        if resource_type is None and strict_parsing.get():
            raise TypeError("resource_type")

        if resource_type is None or resource_type is UNSET:
            if resource_type is None:
                _none_flips += ("resource_type",)
            resource_type = None

        _permissions_added_raw = d.pop("permissions_added", UNSET)
        if _permissions_added_raw is None or isinstance(_permissions_added_raw, Unset):
            if _permissions_added_raw is None and strict_parsing.get():
                raise TypeError("permissions_added")

            if _permissions_added_raw is None:
                _none_flips += ("permissions_added",)
            permissions_added = None

        else:
            try:
                permissions_added = cast(list[str], _permissions_added_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                permissions_added = _permissions_added_raw

        _permissions_removed_raw = d.pop("permissions_removed", UNSET)
        if _permissions_removed_raw is None or isinstance(
            _permissions_removed_raw, Unset
        ):
            if _permissions_removed_raw is None and strict_parsing.get():
                raise TypeError("permissions_removed")

            if _permissions_removed_raw is None:
                _none_flips += ("permissions_removed",)
            permissions_removed = None

        else:
            try:
                permissions_removed = cast(list[str], _permissions_removed_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                permissions_removed = _permissions_removed_raw

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None and strict_parsing.get():
                raise TypeError("metadata")

            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:
                _metadata = _metadata_raw
                metadata: AuditLogRoleUpdatedChangesRequestedMetadata | Unset
                if isinstance(_metadata, Unset):
                    metadata = UNSET
                else:
                    metadata = AuditLogRoleUpdatedChangesRequestedMetadata.from_dict(
                        _metadata
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        audit_log_role_updated_changes_requested = cls(
            role_name=role_name,
            resource_id=resource_id,
            resource_type=resource_type,
            permissions_added=permissions_added,
            permissions_removed=permissions_removed,
            description=description,
            metadata=metadata,
        )
        if _none_flips:
            audit_log_role_updated_changes_requested._none_flips = _none_flips

        audit_log_role_updated_changes_requested.additional_properties = d
        return audit_log_role_updated_changes_requested

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
