from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_actor_type import AuditLogActorType, check_audit_log_actor_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey
    from ..models.audit_log_actor_session import AuditLogActorSession


T = TypeVar("T", bound="AuditLogActor")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogActorApiKey, AuditLogActorSession
    from ..models.audit_log_actor_api_key import AuditLogActorApiKey
    from ..models.audit_log_actor_session import AuditLogActorSession

    _models_bound = True


@_attrs_define
class AuditLogActor:
    """Who triggered the event: a user session or an API key."""

    type_: AuditLogActorType | None = None
    session: AuditLogActorSession | None = None
    """ Browser session behind the event: the signed-in user and their IP address. """
    api_key: AuditLogActorApiKey | None = None
    """ The API key behind the event, and the user or service account that owns it. """
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

        _v_session = (
            self.session
            if self.session is not None or "session" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_session, AuditLogActorSession):
            session = _v_session
        else:
            session: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_session, Unset):
                session = _v_session.to_dict()

        _v_api_key = (
            self.api_key
            if self.api_key is not None or "api_key" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_api_key, AuditLogActorApiKey):
            api_key = _v_api_key
        else:
            api_key: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_api_key, Unset):
                api_key = _v_api_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if session is not UNSET:
            field_dict["session"] = session
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

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
                type_: AuditLogActorType | Unset
                if isinstance(_type_, Unset):
                    type_ = UNSET
                else:
                    type_ = check_audit_log_actor_type(_type_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _session_raw = d.pop("session", UNSET)
        if _session_raw is None or isinstance(_session_raw, Unset):
            if _session_raw is None and strict_parsing.get():
                raise TypeError("session")

            if _session_raw is None:
                _none_flips += ("session",)
            session = None

        else:
            try:
                _session = _session_raw
                session: AuditLogActorSession | Unset
                if isinstance(_session, Unset):
                    session = UNSET
                else:
                    session = AuditLogActorSession.from_dict(_session)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                session = _session_raw

        _api_key_raw = d.pop("api_key", UNSET)
        if _api_key_raw is None or isinstance(_api_key_raw, Unset):
            if _api_key_raw is None and strict_parsing.get():
                raise TypeError("api_key")

            if _api_key_raw is None:
                _none_flips += ("api_key",)
            api_key = None

        else:
            try:
                _api_key = _api_key_raw
                api_key: AuditLogActorApiKey | Unset
                if isinstance(_api_key, Unset):
                    api_key = UNSET
                else:
                    api_key = AuditLogActorApiKey.from_dict(_api_key)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key = _api_key_raw

        audit_log_actor = cls(
            type_=type_,
            session=session,
            api_key=api_key,
        )
        if _none_flips:
            audit_log_actor._none_flips = _none_flips

        audit_log_actor.additional_properties = d
        return audit_log_actor

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
