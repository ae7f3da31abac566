from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_object import InviteObject, check_invite_object
from ..models.invite_role import InviteRole, check_invite_role
from ..models.invite_status import InviteStatus, check_invite_status
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.invite_projects_item import InviteProjectsItem


T = TypeVar("T", bound="Invite")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, InviteProjectsItem
    from ..models.invite_projects_item import InviteProjectsItem

    _models_bound = True


@_attrs_define
class Invite:
    """An invitation for someone to join the organization, with its role, status and project memberships."""

    object_: InviteObject
    id: str
    email: str
    role: InviteRole
    status: InviteStatus
    created_at: int
    projects: list[InviteProjectsItem]
    expires_at: int | None = None
    accepted_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_email = (
            self.email
            if self.email is not None or "email" not in self._none_flips
            else UNSET
        )

        email = _v_email

        _v_role = (
            self.role
            if self.role is not None or "role" not in self._none_flips
            else UNSET
        )

        if _v_role is None or isinstance(_v_role, Unset):
            role = _v_role
        else:
            role: str = _v_role

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_projects = (
            self.projects
            if self.projects is not None or "projects" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_projects, list):
            projects = _v_projects
        else:
            projects = []
            for projects_item_data in _v_projects:
                if not isinstance(projects_item_data, InviteProjectsItem):
                    projects.append(projects_item_data)
                    continue
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at: int | None | Unset
        if isinstance(_v_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = _v_expires_at

        _v_accepted_at = (
            self.accepted_at
            if self.accepted_at is not None or "accepted_at" in self._none_flips
            else UNSET
        )

        accepted_at: int | None | Unset
        if isinstance(_v_accepted_at, Unset):
            accepted_at = UNSET
        else:
            accepted_at = _v_accepted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "email": email,
                    "role": role,
                    "status": status,
                    "created_at": created_at,
                    "projects": projects,
                }.items()
                if v is not UNSET
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                object_ = check_invite_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        email = d.pop("email", UNSET)
        if (email is None or isinstance(email, Unset)) and strict_parsing.get():
            raise KeyError("email")

        if email is None or email is UNSET:
            if email is UNSET:
                _none_flips += ("email",)
            email = None

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if strict_parsing.get():
                raise KeyError("role")

            if _role_raw is UNSET:
                _none_flips += ("role",)
            role = None

        else:
            try:
                role = check_invite_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_invite_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _projects_raw = d.pop("projects", UNSET)
        if _projects_raw is None or isinstance(_projects_raw, Unset):
            if strict_parsing.get():
                raise KeyError("projects")

            if _projects_raw is UNSET:
                _none_flips += ("projects",)
            projects = None

        else:
            try:
                projects = []
                _projects = _projects_raw
                if not isinstance(_projects, list):
                    raise TypeError()
                for projects_item_data in _projects:
                    projects_item = InviteProjectsItem.from_dict(projects_item_data)

                    projects.append(projects_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                projects = _projects_raw

        _expires_at_raw = d.pop("expires_at", UNSET)
        if _expires_at_raw is None or isinstance(_expires_at_raw, Unset):
            if _expires_at_raw is None:
                _none_flips += ("expires_at",)
            expires_at = None

        else:
            try:

                def _parse_expires_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                expires_at = _parse_expires_at(_expires_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_at = _expires_at_raw

        _accepted_at_raw = d.pop("accepted_at", UNSET)
        if _accepted_at_raw is None or isinstance(_accepted_at_raw, Unset):
            if _accepted_at_raw is None:
                _none_flips += ("accepted_at",)
            accepted_at = None

        else:
            try:

                def _parse_accepted_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                accepted_at = _parse_accepted_at(_accepted_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                accepted_at = _accepted_at_raw

        invite = cls(
            object_=object_,
            id=id,
            email=email,
            role=role,
            status=status,
            created_at=created_at,
            projects=projects,
            expires_at=expires_at,
            accepted_at=accepted_at,
        )
        if _none_flips:
            invite._none_flips = _none_flips

        invite.additional_properties = d
        return invite

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
