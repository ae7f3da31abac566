from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.user_object import UserObject, check_user_object

if TYPE_CHECKING:
    from .._model import Table
    from ..models.user_projects_type_0 import UserProjectsType0
    from ..models.user_user import UserUser


@_attrs_define(repr=False)
class User(_OpenModel):
    """A member of the organization, with role, join time and profile details."""

    object_: UserObject

    id: str

    added_at: int

    name: None | str = None

    email: None | str = None

    role: None | str = None

    is_default: bool | None = None

    created: int | None = None

    user: UserUser | None = None

    is_service_account: bool | None = None

    is_scale_tier_authorized_purchaser: bool | None = None

    is_scim_managed: bool | None = None

    api_key_last_used_at: int | None = None

    technical_level: None | str = None

    developer_persona: None | str = None

    projects: None | UserProjectsType0 = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "added_at",
        "api_key_last_used_at",
        "created",
        "developer_persona",
        "email",
        "id",
        "is_default",
        "is_scale_tier_authorized_purchaser",
        "is_scim_managed",
        "is_service_account",
        "name",
        "object",
        "projects",
        "role",
        "technical_level",
        "user",
    )
    _tags = {"object": ("organization.user",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.user_user import UserUser

        return fields(
            ("object_", "object", REQUIRED, check_user_object),
            ("id", "id", REQUIRED, None),
            ("added_at", "added_at", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("email", "email", OPTIONAL_OR_NULL, one_of(str, None)),
            ("role", "role", OPTIONAL_OR_NULL, one_of(str, None)),
            ("is_default", "is_default", OPTIONAL, None),
            ("created", "created", OPTIONAL, None),
            ("user", "user", OPTIONAL, UserUser),
            ("is_service_account", "is_service_account", OPTIONAL, None),
            (
                "is_scale_tier_authorized_purchaser",
                "is_scale_tier_authorized_purchaser",
                OPTIONAL_OR_NULL,
                one_of(bool, None),
            ),
            ("is_scim_managed", "is_scim_managed", OPTIONAL, None),
            (
                "api_key_last_used_at",
                "api_key_last_used_at",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            ("technical_level", "technical_level", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "developer_persona",
                "developer_persona",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "projects",
                "projects",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "user_projects_type_0", "UserProjectsType0", ("object", "list")
                    ),
                    None,
                ),
            ),
        )
