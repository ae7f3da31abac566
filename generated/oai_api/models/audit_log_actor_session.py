from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_actor_user import AuditLogActorUser


T = TypeVar("T", bound="AuditLogActorSession")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogActorUser
    from ..models.audit_log_actor_user import AuditLogActorUser

    _models_bound = True


@_attrs_define
class AuditLogActorSession:
    """Browser session behind the event: the signed-in user and their IP address."""

    user: AuditLogActorUser | None = None
    """ User who carried out the logged action, by ID and email. """
    ip_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        if not isinstance(_v_user, AuditLogActorUser):
            user = _v_user
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_user, Unset):
                user = _v_user.to_dict()

        _v_ip_address = (
            self.ip_address
            if self.ip_address is not None or "ip_address" in self._none_flips
            else UNSET
        )

        ip_address = _v_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if user is not UNSET:
            field_dict["user"] = user
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
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

        ip_address = d.pop("ip_address", UNSET)
        if ip_address is None and strict_parsing.get():
            raise TypeError("ip_address")

        if ip_address is None or ip_address is UNSET:
            if ip_address is None:
                _none_flips += ("ip_address",)
            ip_address = None

        audit_log_actor_session = cls(
            user=user,
            ip_address=ip_address,
        )
        if _none_flips:
            audit_log_actor_session._none_flips = _none_flips

        audit_log_actor_session.additional_properties = d
        return audit_log_actor_session

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
