from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_translation_server_event_session_output_audio_delta_format import (
    RealtimeTranslationServerEventSessionOutputAudioDeltaFormat,
    check_realtime_translation_server_event_session_output_audio_delta_format,
)
from ..models.realtime_translation_server_event_session_output_audio_delta_type import (
    RealtimeTranslationServerEventSessionOutputAudioDeltaType,
    check_realtime_translation_server_event_session_output_audio_delta_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranslationServerEventSessionOutputAudioDelta(_OpenModel):
    """Server event with a variable-length chunk of translated PCM16 audio; decode and queue each chunk whole."""

    event_id: str

    type_: RealtimeTranslationServerEventSessionOutputAudioDeltaType

    delta: str

    sample_rate: int | None = None

    channels: int | None = None

    format_: RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | None = None

    elapsed_ms: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "channels",
        "delta",
        "elapsed_ms",
        "event_id",
        "format",
        "sample_rate",
        "type",
    )
    _tags = {"type": ("session.output_audio.delta",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_server_event_session_output_audio_delta_type,
            ),
            ("delta", "delta", REQUIRED, None),
            ("sample_rate", "sample_rate", OPTIONAL, None),
            ("channels", "channels", OPTIONAL, None),
            (
                "format_",
                "format",
                OPTIONAL,
                check_realtime_translation_server_event_session_output_audio_delta_format,
            ),
            ("elapsed_ms", "elapsed_ms", OPTIONAL_OR_NULL, one_of(int, None)),
        )
