from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="DeletedRoleAssignmentResource")


@_attrs_define
class DeletedRoleAssignmentResource:
    """Confirmation that a role assignment was removed."""

    object_: str
    deleted: bool
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

        object_ = _v_object_

        _v_deleted = (
            self.deleted
            if self.deleted is not None or "deleted" not in self._none_flips
            else UNSET
        )

        deleted = _v_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "deleted": deleted,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        object_ = d.pop("object", UNSET)
        if (object_ is None or isinstance(object_, Unset)) and strict_parsing.get():
            raise KeyError("object")

        if object_ is None or object_ is UNSET:
            if object_ is UNSET:
                _none_flips += ("object_",)
            object_ = None

        deleted = d.pop("deleted", UNSET)
        if (deleted is None or isinstance(deleted, Unset)) and strict_parsing.get():
            raise KeyError("deleted")

        if deleted is None or deleted is UNSET:
            if deleted is UNSET:
                _none_flips += ("deleted",)
            deleted = None

        deleted_role_assignment_resource = cls(
            object_=object_,
            deleted=deleted,
        )
        if _none_flips:
            deleted_role_assignment_resource._none_flips = _none_flips

        deleted_role_assignment_resource.additional_properties = d
        return deleted_role_assignment_resource

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
