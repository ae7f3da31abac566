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


@_attrs_define(repr=False)
class ChatCompletionResponseMessageAudioType0(_OpenModel):
    id: str
    """ Audio reply ID. """
    expires_at: int
    """ When the audio expires (Unix seconds). """
    data: str
    """ Base64-encoded audio. """
    transcript: str
    """ Transcript of the audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "expires_at", "id", "transcript")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("expires_at", "expires_at", REQUIRED, None),
            ("data", "data", REQUIRED, None),
            ("transcript", "transcript", REQUIRED, None),
        )
