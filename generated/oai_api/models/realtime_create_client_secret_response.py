from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )


T = TypeVar("T", bound="RealtimeCreateClientSecretResponse")

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
class RealtimeCreateClientSecretResponse:
    """The new client secret, when it expires, and the session it is bound to."""

    value: str
    expires_at: int
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
        _v_value = (
            self.value
            if self.value is not None or "value" not in self._none_flips
            else UNSET
        )

        value = _v_value

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

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
                    "value": value,
                    "expires_at": expires_at,
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
        value = d.pop("value", UNSET)
        if (value is None or isinstance(value, Unset)) and strict_parsing.get():
            raise KeyError("value")

        if value is None or value is UNSET:
            if value is UNSET:
                _none_flips += ("value",)
            value = None

        expires_at = d.pop("expires_at", UNSET)
        if (
            expires_at is None or isinstance(expires_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

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

        realtime_create_client_secret_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )
        if _none_flips:
            realtime_create_client_secret_response._none_flips = _none_flips

        realtime_create_client_secret_response.additional_properties = d
        return realtime_create_client_secret_response

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
