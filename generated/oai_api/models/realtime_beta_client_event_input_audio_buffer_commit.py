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
from ..models.realtime_beta_client_event_input_audio_buffer_commit_type import (
    RealtimeBetaClientEventInputAudioBufferCommitType,
    check_realtime_beta_client_event_input_audio_buffer_commit_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeBetaClientEventInputAudioBufferCommit(_OpenModel):
    """Client event turning the buffered input audio into a user message item; errors if the buffer is empty and is
    unnecessary with server VAD."""

    type_: RealtimeBetaClientEventInputAudioBufferCommitType

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "type")
    _tags = {"type": ("input_audio_buffer.commit",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_client_event_input_audio_buffer_commit_type,
            ),
            ("event_id", "event_id", OPTIONAL, None),
        )
