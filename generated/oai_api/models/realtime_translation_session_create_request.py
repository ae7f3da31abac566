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
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )


@_attrs_define(repr=False)
class RealtimeTranslationSessionCreateRequest(_OpenModel):
    """Config for a streaming translation session: source speech goes in, translated audio and transcript deltas come out."""

    model: str
    """ Model ID doing the speech translation. """
    audio: RealtimeTranslationSessionCreateRequestAudio | None = None
    """ Settings for the source audio and the translated output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "model")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session_create_request_audio import (
            RealtimeTranslationSessionCreateRequestAudio,
        )

        return fields(
            ("model", "model", REQUIRED, None),
            ("audio", "audio", OPTIONAL, RealtimeTranslationSessionCreateRequestAudio),
            strict=True,
        )
