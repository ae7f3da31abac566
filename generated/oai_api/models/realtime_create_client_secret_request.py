from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )


T = TypeVar("T", bound="RealtimeCreateClientSecretRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeCreateClientSecretRequestExpiresAfter, \
        RealtimeSessionCreateRequestGA, \
        RealtimeTranscriptionSessionCreateRequestGA
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )

    _models_bound = True


@_attrs_define
class RealtimeCreateClientSecretRequest:
    """Body for minting a Realtime client secret, with an optional lifetime and a realtime or transcription session config."""

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = None
    """ When the secret stops working for starting new sessions; sessions already running continue, and one secret
    may start many. """
    session: (
        RealtimeSessionCreateRequestGA
        | RealtimeTranscriptionSessionCreateRequestGA
        | None
    ) = None
    """ Either a realtime or a transcription session config, applied to sessions made with this secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_expires_after, RealtimeCreateClientSecretRequestExpiresAfter
        ):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

        _v_session = (
            self.session
            if self.session is not None or "session" in self._none_flips
            else UNSET
        )

        if _v_session is None or isinstance(_v_session, Unset):
            session = _v_session
        else:
            session: dict[str, Any] | Unset
            if isinstance(_v_session, Unset):
                session = UNSET
            elif isinstance(_v_session, RealtimeSessionCreateRequestGA) or isinstance(
                _v_session, RealtimeTranscriptionSessionCreateRequestGA
            ):
                session = _v_session.to_dict()
            else:
                session = _v_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            _expires_after = _expires_after_raw
            expires_after: RealtimeCreateClientSecretRequestExpiresAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = RealtimeCreateClientSecretRequestExpiresAfter.from_dict(
                    _expires_after
                )

        _session_raw = d.pop("session", UNSET)
        if _session_raw is None or isinstance(_session_raw, Unset):
            if _session_raw is None and strict_parsing.get():
                raise TypeError("session")

            if _session_raw is None:
                _none_flips += ("session",)
            session = None

        else:

            def _parse_session(
                data: object,
            ) -> (
                RealtimeSessionCreateRequestGA
                | RealtimeTranscriptionSessionCreateRequestGA
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "realtime":
                        try:
                            session_type_0 = RealtimeSessionCreateRequestGA.from_dict(
                                data
                            )

                            return session_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "transcription":
                        try:
                            session_type_1 = (
                                RealtimeTranscriptionSessionCreateRequestGA.from_dict(
                                    data
                                )
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
                                "include",
                                "instructions",
                                "max_output_tokens",
                                "model",
                                "output_modalities",
                                "parallel_tool_calls",
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
                                "include",
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
                    if data.get("type", "realtime") not in ("realtime",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    session_type_0 = RealtimeSessionCreateRequestGA.from_dict(data)

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
                        RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)
                    )

                    return session_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    RealtimeSessionCreateRequestGA
                    | RealtimeTranscriptionSessionCreateRequestGA
                    | Unset,
                    data,
                )

            session = _parse_session(_session_raw)

        realtime_create_client_secret_request = cls(
            expires_after=expires_after,
            session=session,
        )
        if _none_flips:
            realtime_create_client_secret_request._none_flips = _none_flips

        realtime_create_client_secret_request.additional_properties = d
        return realtime_create_client_secret_request

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
