from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_api_key_owner_type import (
    ProjectApiKeyOwnerType,
    check_project_api_key_owner_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.project_api_key_owner_service_account import (
        ProjectApiKeyOwnerServiceAccount,
    )
    from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser


T = TypeVar("T", bound="ProjectApiKeyOwner")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ProjectApiKeyOwnerServiceAccount, ProjectApiKeyOwnerUser
    from ..models.project_api_key_owner_service_account import (
        ProjectApiKeyOwnerServiceAccount,
    )
    from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser

    _models_bound = True


@_attrs_define
class ProjectApiKeyOwner:
    type_: ProjectApiKeyOwnerType | None = None
    user: ProjectApiKeyOwnerUser | None = None
    """ Owner of a project API key when that owner is a user. """
    service_account: ProjectApiKeyOwnerServiceAccount | None = None
    """ Owner of a project API key when that owner is a service account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str | Unset = UNSET
            if not isinstance(_v_type_, Unset):
                type_ = _v_type_

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        if not isinstance(_v_user, ProjectApiKeyOwnerUser):
            user = _v_user
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_user, Unset):
                user = _v_user.to_dict()

        _v_service_account = (
            self.service_account
            if self.service_account is not None or "service_account" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_service_account, ProjectApiKeyOwnerServiceAccount):
            service_account = _v_service_account
        else:
            service_account: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_service_account, Unset):
                service_account = _v_service_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user is not UNSET:
            field_dict["user"] = user
        if service_account is not UNSET:
            field_dict["service_account"] = service_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if _type__raw is None and strict_parsing.get():
                raise TypeError("type")

            if _type__raw is None:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                _type_ = _type__raw
                type_: ProjectApiKeyOwnerType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_project_api_key_owner_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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
                user: ProjectApiKeyOwnerUser | Unset
                if isinstance(_user, Unset):
                    user = UNSET
                else:
                    user = ProjectApiKeyOwnerUser.from_dict(_user)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user = _user_raw

        _service_account_raw = d.pop("service_account", UNSET)
        if _service_account_raw is None or isinstance(_service_account_raw, Unset):
            if _service_account_raw is None and strict_parsing.get():
                raise TypeError("service_account")

            if _service_account_raw is None:
                _none_flips += ("service_account",)
            service_account = None

        else:
            try:
                _service_account = _service_account_raw
                service_account: ProjectApiKeyOwnerServiceAccount | Unset
                if isinstance(_service_account, Unset):
                    service_account = UNSET
                else:
                    service_account = ProjectApiKeyOwnerServiceAccount.from_dict(
                        _service_account
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_account = _service_account_raw

        project_api_key_owner = cls(
            type_=type_,
            user=user,
            service_account=service_account,
        )
        if _none_flips:
            project_api_key_owner._none_flips = _none_flips

        project_api_key_owner.additional_properties = d
        return project_api_key_owner

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
