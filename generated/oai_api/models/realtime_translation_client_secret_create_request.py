from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeTranslationClientSecretCreateRequestExpiresAfter, \
        RealtimeTranslationSessionCreateRequest
    from ..models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )

    _models_bound = True


@_attrs_define
class RealtimeTranslationClientSecretCreateRequest:
    """Body for minting a client secret bound to a Realtime translation session."""

    session: RealtimeTranslationSessionCreateRequest
    """ Config for a streaming translation session: source speech goes in, translated audio and transcript deltas
    come out. """
    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | None = (
        None
    )
    """ When the secret stops working for starting new sessions; running sessions continue, and one secret may start
    many. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_session = (
            self.session
            if self.session is not None or "session" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_session, RealtimeTranslationSessionCreateRequest):
            session = _v_session
        else:
            session = _v_session.to_dict()

        _v_expires_after = (
            self.expires_after
            if self.expires_after is not None or "expires_after" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_expires_after, RealtimeTranslationClientSecretCreateRequestExpiresAfter
        ):
            expires_after = _v_expires_after
        else:
            expires_after: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_expires_after, Unset):
                expires_after = _v_expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "session": session,
                }.items()
                if v is not UNSET
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _session_raw = d.pop("session", UNSET)
        if _session_raw is None or isinstance(_session_raw, Unset):
            raise KeyError(
                "RealtimeTranslationClientSecretCreateRequest: required field session is missing"
            )

        else:
            session = RealtimeTranslationSessionCreateRequest.from_dict(_session_raw)

        _expires_after_raw = d.pop("expires_after", UNSET)
        if _expires_after_raw is None or isinstance(_expires_after_raw, Unset):
            if _expires_after_raw is None and strict_parsing.get():
                raise TypeError("expires_after")

            if _expires_after_raw is None:
                _none_flips += ("expires_after",)
            expires_after = None

        else:
            _expires_after = _expires_after_raw
            expires_after: (
                RealtimeTranslationClientSecretCreateRequestExpiresAfter | Unset
            )
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = (
                    RealtimeTranslationClientSecretCreateRequestExpiresAfter.from_dict(
                        _expires_after
                    )
                )

        realtime_translation_client_secret_create_request = cls(
            session=session,
            expires_after=expires_after,
        )
        if _none_flips:
            realtime_translation_client_secret_create_request._none_flips = _none_flips

        realtime_translation_client_secret_create_request.additional_properties = d
        return realtime_translation_client_secret_create_request

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
