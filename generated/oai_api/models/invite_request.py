from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_request_role import InviteRequestRole, check_invite_request_role
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.invite_request_projects_item import InviteRequestProjectsItem


T = TypeVar("T", bound="InviteRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, InviteRequestProjectsItem
    from ..models.invite_request_projects_item import InviteRequestProjectsItem

    _models_bound = True


@_attrs_define
class InviteRequest:
    """Who to invite, with which organization role and project memberships."""

    email: str
    """ Email address the invite is sent to. """
    role: InviteRequestRole
    """ Organization role granted on acceptance: `reader` or `owner`. """
    projects: list[InviteRequestProjectsItem] | None = None
    """ Projects the person joins on accepting. Omitted: only the default project; an empty list: no projects at
    all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        _v_projects = (
            self.projects
            if self.projects is not None or "projects" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_projects, list):
            projects = _v_projects
        else:
            projects: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_projects, Unset):
                projects = []
                for projects_item_data in _v_projects:
                    if not isinstance(projects_item_data, InviteRequestProjectsItem):
                        projects.append(projects_item_data)
                        continue
                    projects_item = projects_item_data.to_dict()
                    projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "email": email,
                    "role": role,
                }.items()
                if v is not UNSET
            }
        )
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        email = d.pop("email", UNSET)
        if email is None or isinstance(email, Unset):
            raise KeyError("InviteRequest: required field email is missing")

        if email is None or email is UNSET:
            if email is UNSET:
                _none_flips += ("email",)
            email = None

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            raise KeyError("InviteRequest: required field role is missing")

        else:
            role = check_invite_request_role(_role_raw)

        _projects_raw = d.pop("projects", UNSET)
        if _projects_raw is None or isinstance(_projects_raw, Unset):
            if _projects_raw is None and strict_parsing.get():
                raise TypeError("projects")

            if _projects_raw is None:
                _none_flips += ("projects",)
            projects = None

        else:
            _projects = _projects_raw
            projects: list[InviteRequestProjectsItem] | Unset = UNSET
            if _projects is not UNSET:
                projects = []
                if not isinstance(_projects, list):
                    raise TypeError()
                for projects_item_data in _projects:
                    projects_item = InviteRequestProjectsItem.from_dict(
                        projects_item_data
                    )

                    projects.append(projects_item)

        invite_request = cls(
            email=email,
            role=role,
            projects=projects,
        )
        if _none_flips:
            invite_request._none_flips = _none_flips

        invite_request.additional_properties = d
        return invite_request

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
