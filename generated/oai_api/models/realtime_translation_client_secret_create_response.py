from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_session import RealtimeTranslationSession


@_attrs_define(repr=False)
class RealtimeTranslationClientSecretCreateResponse(_OpenModel):
    """The new translation client secret, its expiry, and the session it is bound to."""

    value: str

    expires_at: int

    session: RealtimeTranslationSession
    """ A live translation session that keeps turning incoming speech into the chosen output language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("expires_at", "session", "value")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session import RealtimeTranslationSession

        return fields(
            ("value", "value", REQUIRED, None),
            ("expires_at", "expires_at", REQUIRED, None),
            ("session", "session", REQUIRED, RealtimeTranslationSession),
        )
