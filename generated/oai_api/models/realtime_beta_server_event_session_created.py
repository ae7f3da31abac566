from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_session_created_type import (
    RealtimeBetaServerEventSessionCreatedType,
    check_realtime_beta_server_event_session_created_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_session import RealtimeSession


T = TypeVar("T", bound="RealtimeBetaServerEventSessionCreated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeSession
    from ..models.realtime_session import RealtimeSession

    _models_bound = True


@_attrs_define
class RealtimeBetaServerEventSessionCreated:
    """Server event sent first on every new connection, describing the session's default configuration."""

    event_id: str
    type_: RealtimeBetaServerEventSessionCreatedType
    session: RealtimeSession
    """ Configuration of a session on the beta Realtime interface: model, voice, audio formats, turn detection,
    tools and more. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" not in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_session = (
            self.session
            if self.session is not None or "session" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_session, RealtimeSession):
            session = _v_session
        else:
            session = _v_session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "session": session,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        event_id = d.pop("event_id", UNSET)
        if (event_id is None or isinstance(event_id, Unset)) and strict_parsing.get():
            raise KeyError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is UNSET:
                _none_flips += ("event_id",)
            event_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_realtime_beta_server_event_session_created_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _session_raw = d.pop("session", UNSET)
        if _session_raw is None or isinstance(_session_raw, Unset):
            if strict_parsing.get():
                raise KeyError("session")

            if _session_raw is UNSET:
                _none_flips += ("session",)
            session = None

        else:
            try:
                session = RealtimeSession.from_dict(_session_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                session = _session_raw

        realtime_beta_server_event_session_created = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )
        if _none_flips:
            realtime_beta_server_event_session_created._none_flips = _none_flips

        realtime_beta_server_event_session_created.additional_properties = d
        return realtime_beta_server_event_session_created

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
