from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )


T = TypeVar("T", bound="RealtimeCallCreateRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeSessionCreateRequestGA
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )

    _models_bound = True


@_attrs_define
class RealtimeCallCreateRequest:
    """Form for starting a WebRTC Realtime call: your SDP offer and, optionally, the session to answer it."""

    sdp: str
    """ The caller's WebRTC SDP offer. """
    session: RealtimeSessionCreateRequestGA | None = None
    """ Settings for a new Realtime (speech-to-speech) session: model, instructions, audio, tools, reasoning and
    limits. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_sdp = (
            self.sdp if self.sdp is not None or "sdp" not in self._none_flips else UNSET
        )

        sdp = _v_sdp

        _v_session = (
            self.session
            if self.session is not None or "session" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_session, RealtimeSessionCreateRequestGA):
            session = _v_session
        else:
            session: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_session, Unset):
                session = _v_session.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "sdp": sdp,
                }.items()
                if v is not UNSET
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        if not _models_bound:
            _bind_models()
        files: types.RequestFiles = []

        _v_sdp = (
            self.sdp if self.sdp is not None or "sdp" not in self._none_flips else UNSET
        )

        if _v_sdp is None or isinstance(_v_sdp, Unset):
            raise ValueError(
                "RealtimeCallCreateRequest.sdp is required: a form cannot be sent without it"
            )
        files.append(("sdp", (None, str(_v_sdp).encode(), "text/plain")))

        _v_session = (
            self.session
            if self.session is not None or "session" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_session, Unset):
            files.append(
                (
                    "session",
                    (
                        None,
                        json.dumps(_v_session.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        sdp = d.pop("sdp", UNSET)
        if sdp is None or isinstance(sdp, Unset):
            raise KeyError("RealtimeCallCreateRequest: required field sdp is missing")

        if sdp is None or sdp is UNSET:
            if sdp is UNSET:
                _none_flips += ("sdp",)
            sdp = None

        _session_raw = d.pop("session", UNSET)
        if _session_raw is None or isinstance(_session_raw, Unset):
            if _session_raw is None and strict_parsing.get():
                raise TypeError("session")

            if _session_raw is None:
                _none_flips += ("session",)
            session = None

        else:
            _session = _session_raw
            session: RealtimeSessionCreateRequestGA | Unset
            if isinstance(_session, Unset):
                session = UNSET
            else:
                session = RealtimeSessionCreateRequestGA.from_dict(_session)

        realtime_call_create_request = cls(
            sdp=sdp,
            session=session,
        )
        if _none_flips:
            realtime_call_create_request._none_flips = _none_flips

        return realtime_call_create_request
