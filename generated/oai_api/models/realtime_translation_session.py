from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_translation_session_type import (
    RealtimeTranslationSessionType,
    check_realtime_translation_session_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio,
    )


@_attrs_define(repr=False)
class RealtimeTranslationSession(_OpenModel):
    """A live translation session that keeps turning incoming speech into the chosen output language."""

    id: str

    type_: RealtimeTranslationSessionType

    expires_at: int

    model: str

    audio: RealtimeTranslationSessionAudio

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "expires_at", "id", "model", "type")
    _tags = {"type": ("translation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session_audio import (
            RealtimeTranslationSessionAudio,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_realtime_translation_session_type),
            ("expires_at", "expires_at", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("audio", "audio", REQUIRED, RealtimeTranslationSessionAudio),
        )
