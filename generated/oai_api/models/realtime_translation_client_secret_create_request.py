from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )


@_attrs_define(repr=False)
class RealtimeTranslationClientSecretCreateRequest(_OpenModel):
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
    _keys = ("expires_after", "session")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_client_secret_create_request_expires_after import (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter,
        )
        from ..models.realtime_translation_session_create_request import (
            RealtimeTranslationSessionCreateRequest,
        )

        return fields(
            ("session", "session", REQUIRED, RealtimeTranslationSessionCreateRequest),
            (
                "expires_after",
                "expires_after",
                OPTIONAL,
                RealtimeTranslationClientSecretCreateRequestExpiresAfter,
            ),
            strict=True,
        )
