from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_input_audio_buffer_committed_type import (
    RealtimeBetaServerEventInputAudioBufferCommittedType,
    check_realtime_beta_server_event_input_audio_buffer_committed_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaServerEventInputAudioBufferCommitted(_OpenModel):
    """Server event saying the input audio buffer was committed (by the client or server VAD); `item_id` names the user
    message item about to be created."""

    event_id: str

    type_: RealtimeBetaServerEventInputAudioBufferCommittedType

    item_id: str

    previous_item_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "item_id", "previous_item_id", "type")
    _tags = {"type": ("input_audio_buffer.committed",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_input_audio_buffer_committed_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            (
                "previous_item_id",
                "previous_item_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
        )
