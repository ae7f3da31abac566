from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_project_updated_changes_requested import (
        AuditLogProjectUpdatedChangesRequested,
    )


T = TypeVar("T", bound="AuditLogProjectUpdated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogProjectUpdatedChangesRequested
    from ..models.audit_log_project_updated_changes_requested import (
        AuditLogProjectUpdatedChangesRequested,
    )

    _models_bound = True


@_attrs_define
class AuditLogProjectUpdated:
    id: str | None = None
    changes_requested: AuditLogProjectUpdatedChangesRequested | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_changes_requested = (
            self.changes_requested
            if self.changes_requested is not None
            or "changes_requested" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_changes_requested, AuditLogProjectUpdatedChangesRequested):
            changes_requested = _v_changes_requested
        else:
            changes_requested: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_changes_requested, Unset):
                changes_requested = _v_changes_requested.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if changes_requested is not UNSET:
            field_dict["changes_requested"] = changes_requested

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        _changes_requested_raw = d.pop("changes_requested", UNSET)
        if _changes_requested_raw is None or isinstance(_changes_requested_raw, Unset):
            if _changes_requested_raw is None and strict_parsing.get():
                raise TypeError("changes_requested")

            if _changes_requested_raw is None:
                _none_flips += ("changes_requested",)
            changes_requested = None

        else:
            try:
                _changes_requested = _changes_requested_raw
                changes_requested: AuditLogProjectUpdatedChangesRequested | Unset
                if isinstance(_changes_requested, Unset):
                    changes_requested = UNSET
                else:
                    changes_requested = (
                        AuditLogProjectUpdatedChangesRequested.from_dict(
                            _changes_requested
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                changes_requested = _changes_requested_raw

        audit_log_project_updated = cls(
            id=id,
            changes_requested=changes_requested,
        )
        if _none_flips:
            audit_log_project_updated._none_flips = _none_flips

        audit_log_project_updated.additional_properties = d
        return audit_log_project_updated

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
