from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_object import UserObject, check_user_object
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.user_projects_type_0 import UserProjectsType0
    from ..models.user_user import UserUser


T = TypeVar("T", bound="User")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, UserProjectsType0, UserUser
    from ..models.user_projects_type_0 import UserProjectsType0
    from ..models.user_user import UserUser

    _models_bound = True


@_attrs_define
class User:
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

        _v_added_at = (
            self.added_at
            if self.added_at is not None or "added_at" not in self._none_flips
            else UNSET
        )

        added_at = _v_added_at

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        _v_email = (
            self.email
            if self.email is not None or "email" in self._none_flips
            else UNSET
        )

        email: None | str | Unset
        if isinstance(_v_email, Unset):
            email = UNSET
        else:
            email = _v_email

        _v_role = (
            self.role if self.role is not None or "role" in self._none_flips else UNSET
        )

        role: None | str | Unset
        if isinstance(_v_role, Unset):
            role = UNSET
        else:
            role = _v_role

        _v_is_default = (
            self.is_default
            if self.is_default is not None or "is_default" in self._none_flips
            else UNSET
        )

        is_default = _v_is_default

        _v_created = (
            self.created
            if self.created is not None or "created" in self._none_flips
            else UNSET
        )

        created = _v_created

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        if not isinstance(_v_user, UserUser):
            user = _v_user
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_user, Unset):
                user = _v_user.to_dict()

        _v_is_service_account = (
            self.is_service_account
            if self.is_service_account is not None
            or "is_service_account" in self._none_flips
            else UNSET
        )

        is_service_account = _v_is_service_account

        _v_is_scale_tier_authorized_purchaser = (
            self.is_scale_tier_authorized_purchaser
            if self.is_scale_tier_authorized_purchaser is not None
            or "is_scale_tier_authorized_purchaser" in self._none_flips
            else UNSET
        )

        is_scale_tier_authorized_purchaser: bool | None | Unset
        if isinstance(_v_is_scale_tier_authorized_purchaser, Unset):
            is_scale_tier_authorized_purchaser = UNSET
        else:
            is_scale_tier_authorized_purchaser = _v_is_scale_tier_authorized_purchaser

        _v_is_scim_managed = (
            self.is_scim_managed
            if self.is_scim_managed is not None or "is_scim_managed" in self._none_flips
            else UNSET
        )

        is_scim_managed = _v_is_scim_managed

        _v_api_key_last_used_at = (
            self.api_key_last_used_at
            if self.api_key_last_used_at is not None
            or "api_key_last_used_at" in self._none_flips
            else UNSET
        )

        api_key_last_used_at: int | None | Unset
        if isinstance(_v_api_key_last_used_at, Unset):
            api_key_last_used_at = UNSET
        else:
            api_key_last_used_at = _v_api_key_last_used_at

        _v_technical_level = (
            self.technical_level
            if self.technical_level is not None or "technical_level" in self._none_flips
            else UNSET
        )

        technical_level: None | str | Unset
        if isinstance(_v_technical_level, Unset):
            technical_level = UNSET
        else:
            technical_level = _v_technical_level

        _v_developer_persona = (
            self.developer_persona
            if self.developer_persona is not None
            or "developer_persona" in self._none_flips
            else UNSET
        )

        developer_persona: None | str | Unset
        if isinstance(_v_developer_persona, Unset):
            developer_persona = UNSET
        else:
            developer_persona = _v_developer_persona

        _v_projects = (
            self.projects
            if self.projects is not None or "projects" in self._none_flips
            else UNSET
        )

        projects: dict[str, Any] | None | Unset
        if isinstance(_v_projects, Unset):
            projects = UNSET
        elif isinstance(_v_projects, UserProjectsType0):
            projects = _v_projects.to_dict()
        else:
            projects = _v_projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "added_at": added_at,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if created is not UNSET:
            field_dict["created"] = created
        if user is not UNSET:
            field_dict["user"] = user
        if is_service_account is not UNSET:
            field_dict["is_service_account"] = is_service_account
        if is_scale_tier_authorized_purchaser is not UNSET:
            field_dict["is_scale_tier_authorized_purchaser"] = (
                is_scale_tier_authorized_purchaser
            )
        if is_scim_managed is not UNSET:
            field_dict["is_scim_managed"] = is_scim_managed
        if api_key_last_used_at is not UNSET:
            field_dict["api_key_last_used_at"] = api_key_last_used_at
        if technical_level is not UNSET:
            field_dict["technical_level"] = technical_level
        if developer_persona is not UNSET:
            field_dict["developer_persona"] = developer_persona
        if projects is not UNSET:
            field_dict["projects"] = projects

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
                object_ = check_user_object(_object__raw)

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

        added_at = d.pop("added_at", UNSET)
        if (added_at is None or isinstance(added_at, Unset)) and strict_parsing.get():
            raise KeyError("added_at")

        if added_at is None or added_at is UNSET:
            if added_at is UNSET:
                _none_flips += ("added_at",)
            added_at = None

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

        _email_raw = d.pop("email", UNSET)
        if _email_raw is None or isinstance(_email_raw, Unset):
            if _email_raw is None:
                _none_flips += ("email",)
            email = None

        else:
            try:

                def _parse_email(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                email = _parse_email(_email_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                email = _email_raw

        _role_raw = d.pop("role", UNSET)
        if _role_raw is None or isinstance(_role_raw, Unset):
            if _role_raw is None:
                _none_flips += ("role",)
            role = None

        else:
            try:

                def _parse_role(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                role = _parse_role(_role_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                role = _role_raw

        is_default = d.pop("is_default", UNSET)
        if is_default is None and strict_parsing.get():
            raise TypeError("is_default")

        if is_default is None or is_default is UNSET:
            if is_default is None:
                _none_flips += ("is_default",)
            is_default = None

        created = d.pop("created", UNSET)
        if created is None and strict_parsing.get():
            raise TypeError("created")

        if created is None or created is UNSET:
            if created is None:
                _none_flips += ("created",)
            created = None

        _user_raw = d.pop("user", UNSET)
        if _user_raw is None or isinstance(_user_raw, Unset):
            if _user_raw is None and strict_parsing.get():
                raise TypeError("user")

            if _user_raw is None:
                _none_flips += ("user",)
            user = None

        else:
            try:
                _user = _user_raw
                user: UserUser | Unset
                if isinstance(_user, Unset):
                    user = UNSET
                else:
                    user = UserUser.from_dict(_user)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user = _user_raw

        is_service_account = d.pop("is_service_account", UNSET)
        if is_service_account is None and strict_parsing.get():
            raise TypeError("is_service_account")

        if is_service_account is None or is_service_account is UNSET:
            if is_service_account is None:
                _none_flips += ("is_service_account",)
            is_service_account = None

        _is_scale_tier_authorized_purchaser_raw = d.pop(
            "is_scale_tier_authorized_purchaser", UNSET
        )
        if _is_scale_tier_authorized_purchaser_raw is None or isinstance(
            _is_scale_tier_authorized_purchaser_raw, Unset
        ):
            if _is_scale_tier_authorized_purchaser_raw is None:
                _none_flips += ("is_scale_tier_authorized_purchaser",)
            is_scale_tier_authorized_purchaser = None

        else:
            try:

                def _parse_is_scale_tier_authorized_purchaser(
                    data: object,
                ) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                is_scale_tier_authorized_purchaser = (
                    _parse_is_scale_tier_authorized_purchaser(
                        _is_scale_tier_authorized_purchaser_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                is_scale_tier_authorized_purchaser = (
                    _is_scale_tier_authorized_purchaser_raw
                )

        is_scim_managed = d.pop("is_scim_managed", UNSET)
        if is_scim_managed is None and strict_parsing.get():
            raise TypeError("is_scim_managed")

        if is_scim_managed is None or is_scim_managed is UNSET:
            if is_scim_managed is None:
                _none_flips += ("is_scim_managed",)
            is_scim_managed = None

        _api_key_last_used_at_raw = d.pop("api_key_last_used_at", UNSET)
        if _api_key_last_used_at_raw is None or isinstance(
            _api_key_last_used_at_raw, Unset
        ):
            if _api_key_last_used_at_raw is None:
                _none_flips += ("api_key_last_used_at",)
            api_key_last_used_at = None

        else:
            try:

                def _parse_api_key_last_used_at(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                api_key_last_used_at = _parse_api_key_last_used_at(
                    _api_key_last_used_at_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_last_used_at = _api_key_last_used_at_raw

        _technical_level_raw = d.pop("technical_level", UNSET)
        if _technical_level_raw is None or isinstance(_technical_level_raw, Unset):
            if _technical_level_raw is None:
                _none_flips += ("technical_level",)
            technical_level = None

        else:
            try:

                def _parse_technical_level(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                technical_level = _parse_technical_level(_technical_level_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                technical_level = _technical_level_raw

        _developer_persona_raw = d.pop("developer_persona", UNSET)
        if _developer_persona_raw is None or isinstance(_developer_persona_raw, Unset):
            if _developer_persona_raw is None:
                _none_flips += ("developer_persona",)
            developer_persona = None

        else:
            try:

                def _parse_developer_persona(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                developer_persona = _parse_developer_persona(_developer_persona_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                developer_persona = _developer_persona_raw

        _projects_raw = d.pop("projects", UNSET)
        if _projects_raw is None or isinstance(_projects_raw, Unset):
            if _projects_raw is None:
                _none_flips += ("projects",)
            projects = None

        else:
            try:

                def _parse_projects(data: object) -> None | Unset | UserProjectsType0:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("object") == "list":
                            try:
                                projects_type_0 = UserProjectsType0.from_dict(data)

                                return projects_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("object", "list") not in ("list",):
                            raise TypeError()
                        projects_type_0 = UserProjectsType0.from_dict(data)

                        return projects_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | Unset | UserProjectsType0, data)

                projects = _parse_projects(_projects_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                projects = _projects_raw

        user = cls(
            object_=object_,
            id=id,
            added_at=added_at,
            name=name,
            email=email,
            role=role,
            is_default=is_default,
            created=created,
            user=user,
            is_service_account=is_service_account,
            is_scale_tier_authorized_purchaser=is_scale_tier_authorized_purchaser,
            is_scim_managed=is_scim_managed,
            api_key_last_used_at=api_key_last_used_at,
            technical_level=technical_level,
            developer_persona=developer_persona,
            projects=projects,
        )
        if _none_flips:
            user._none_flips = _none_flips

        user.additional_properties = d
        return user

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
