from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_actor_api_key_type import (
    AuditLogActorApiKeyType,
    check_audit_log_actor_api_key_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount
    from ..models.audit_log_actor_user import AuditLogActorUser


T = TypeVar("T", bound="AuditLogActorApiKey")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogActorServiceAccount, AuditLogActorUser
    from ..models.audit_log_actor_service_account import AuditLogActorServiceAccount
    from ..models.audit_log_actor_user import AuditLogActorUser

    _models_bound = True


@_attrs_define
class AuditLogActorApiKey:
    """The API key behind the event, and the user or service account that owns it."""

    id: str | None = None
    type_: AuditLogActorApiKeyType | None = None
    user: AuditLogActorUser | None = None
    """ User who carried out the logged action, by ID and email. """
    service_account: AuditLogActorServiceAccount | None = None
    """ The acting service account, by ID. """
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

        if not isinstance(_v_user, AuditLogActorUser):
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

        if not isinstance(_v_service_account, AuditLogActorServiceAccount):
            service_account = _v_service_account
        else:
            service_account: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_service_account, Unset):
                service_account = _v_service_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
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
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

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
                type_: AuditLogActorApiKeyType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_audit_log_actor_api_key_type(_type_)

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
                user: AuditLogActorUser | Unset
                if isinstance(_user, Unset):
                    user = UNSET
                else:
                    user = AuditLogActorUser.from_dict(_user)

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
                service_account: AuditLogActorServiceAccount | Unset
                if isinstance(_service_account, Unset):
                    service_account = UNSET
                else:
                    service_account = AuditLogActorServiceAccount.from_dict(
                        _service_account
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_account = _service_account_raw

        audit_log_actor_api_key = cls(
            id=id,
            type_=type_,
            user=user,
            service_account=service_account,
        )
        if _none_flips:
            audit_log_actor_api_key._none_flips = _none_flips

        audit_log_actor_api_key.additional_properties = d
        return audit_log_actor_api_key

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
