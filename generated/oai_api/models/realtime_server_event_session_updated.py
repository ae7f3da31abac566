from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_session_updated_type import (
    RealtimeServerEventSessionUpdatedType,
    check_realtime_server_event_session_updated_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )


T = TypeVar("T", bound="RealtimeServerEventSessionUpdated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeSessionCreateResponseGA, \
        RealtimeTranscriptionSessionCreateResponseGA
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )

    _models_bound = True


@_attrs_define
class RealtimeServerEventSessionUpdated:
    """Server event confirming a `session.update`, with the resulting configuration."""

    event_id: str
    type_: RealtimeServerEventSessionUpdatedType
    session: (
        RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    )
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

        if _v_session is None or isinstance(_v_session, Unset):
            session = _v_session
        else:
            session: dict[str, Any]
            if isinstance(_v_session, RealtimeSessionCreateResponseGA) or isinstance(
                _v_session, RealtimeTranscriptionSessionCreateResponseGA
            ):
                session = _v_session.to_dict()
            else:
                session = _v_session

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
                type_ = check_realtime_server_event_session_updated_type(_type__raw)

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

                def _parse_session(
                    data: object,
                ) -> (
                    RealtimeSessionCreateResponseGA
                    | RealtimeTranscriptionSessionCreateResponseGA
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "realtime":
                            try:
                                session_type_0 = (
                                    RealtimeSessionCreateResponseGA.from_dict(data)
                                )

                                return session_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("object") == "realtime.session":
                            try:
                                session_type_0 = (
                                    RealtimeSessionCreateResponseGA.from_dict(data)
                                )

                                return session_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "transcription":
                            try:
                                session_type_1 = RealtimeTranscriptionSessionCreateResponseGA.from_dict(
                                    data
                                )

                                return session_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_session(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "audio",
                                    "expires_at",
                                    "id",
                                    "include",
                                    "instructions",
                                    "max_output_tokens",
                                    "model",
                                    "object",
                                    "output_modalities",
                                    "prompt",
                                    "reasoning",
                                    "tool_choice",
                                    "tools",
                                    "tracing",
                                    "truncation",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "audio",
                                    "expires_at",
                                    "id",
                                    "include",
                                    "object",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "realtime") not in (
                            "realtime",
                        ) or data.get("object", "realtime.session") not in (
                            "realtime.session",
                        ):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        session_type_0 = RealtimeSessionCreateResponseGA.from_dict(data)

                        return session_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "transcription") not in ("transcription",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        session_type_1 = (
                            RealtimeTranscriptionSessionCreateResponseGA.from_dict(data)
                        )

                        return session_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        RealtimeSessionCreateResponseGA
                        | RealtimeTranscriptionSessionCreateResponseGA,
                        data,
                    )

                session = _parse_session(_session_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                session = _session_raw

        realtime_server_event_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )
        if _none_flips:
            realtime_server_event_session_updated._none_flips = _none_flips

        realtime_server_event_session_updated.additional_properties = d
        return realtime_server_event_session_updated

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
