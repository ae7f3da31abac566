from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_object import ProjectObject, check_project_object
from ..models.public_project_residency import (
    PublicProjectResidency,
    check_public_project_residency,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project of the organization: its name, status, creation and archive times, and data residency."""

    id: str
    object_: ProjectObject
    created_at: int
    name: None | str = None
    archived_at: int | None = None
    status: None | str = None
    external_key_id: None | str = None
    residency: PublicProjectResidency | None = None
    """ Where a project's data is stored and processed: `GLOBAL` or a regional option such as
    `EU_STORAGE_PROCESSING` or `JP_STORAGE`. """
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

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        _v_archived_at = (
            self.archived_at
            if self.archived_at is not None or "archived_at" in self._none_flips
            else UNSET
        )

        archived_at: int | None | Unset
        if isinstance(_v_archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = _v_archived_at

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        status: None | str | Unset
        if isinstance(_v_status, Unset):
            status = UNSET
        else:
            status = _v_status

        _v_external_key_id = (
            self.external_key_id
            if self.external_key_id is not None or "external_key_id" in self._none_flips
            else UNSET
        )

        external_key_id: None | str | Unset
        if isinstance(_v_external_key_id, Unset):
            external_key_id = UNSET
        else:
            external_key_id = _v_external_key_id

        _v_residency = (
            self.residency
            if self.residency is not None or "residency" in self._none_flips
            else UNSET
        )

        if _v_residency is None or isinstance(_v_residency, Unset):
            residency = _v_residency
        else:
            residency: str | Unset = UNSET
            if not isinstance(_v_residency, Unset):
                residency = _v_residency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if status is not UNSET:
            field_dict["status"] = status
        if external_key_id is not UNSET:
            field_dict["external_key_id"] = external_key_id
        if residency is not UNSET:
            field_dict["residency"] = residency

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

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_project_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        _archived_at_raw = d.pop("archived_at", UNSET)
        if _archived_at_raw is None or isinstance(_archived_at_raw, Unset):
            if _archived_at_raw is None:
                _none_flips += ("archived_at",)
            archived_at = None

        else:
            try:

                def _parse_archived_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                archived_at = _parse_archived_at(_archived_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                archived_at = _archived_at_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:

                def _parse_status(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _external_key_id_raw = d.pop("external_key_id", UNSET)
        if _external_key_id_raw is None or isinstance(_external_key_id_raw, Unset):
            if _external_key_id_raw is None:
                _none_flips += ("external_key_id",)
            external_key_id = None

        else:
            try:

                def _parse_external_key_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                external_key_id = _parse_external_key_id(_external_key_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                external_key_id = _external_key_id_raw

        _residency_raw = d.pop("residency", UNSET)
        if _residency_raw is None or isinstance(_residency_raw, Unset):
            if _residency_raw is None and strict_parsing.get():
                raise TypeError("residency")

            if _residency_raw is None:
                _none_flips += ("residency",)
            residency = None

        else:
            try:
                _residency = _residency_raw
                residency: PublicProjectResidency | Unset
                if isinstance(_residency, Unset):
                    residency = UNSET
                else:
                    residency = check_public_project_residency(_residency)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                residency = _residency_raw

        project = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            archived_at=archived_at,
            status=status,
            external_key_id=external_key_id,
            residency=residency,
        )
        if _none_flips:
            project._none_flips = _none_flips

        project.additional_properties = d
        return project

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
