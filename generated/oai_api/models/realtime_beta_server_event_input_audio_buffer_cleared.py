from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_input_audio_buffer_cleared_type import (
    RealtimeBetaServerEventInputAudioBufferClearedType,
    check_realtime_beta_server_event_input_audio_buffer_cleared_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaServerEventInputAudioBufferCleared(_OpenModel):
    """Server event confirming that the input audio buffer was emptied."""

    event_id: str

    type_: RealtimeBetaServerEventInputAudioBufferClearedType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "type")
    _tags = {"type": ("input_audio_buffer.cleared",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_input_audio_buffer_cleared_type,
            ),
        )
