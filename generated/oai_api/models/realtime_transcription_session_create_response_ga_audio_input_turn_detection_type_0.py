from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0(
    _OpenModel
):
    type_: str | None = None

    threshold: float | None = None

    prefix_padding_ms: int | None = None

    silence_duration_ms: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prefix_padding_ms", "silence_duration_ms", "threshold", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, None),
            ("threshold", "threshold", OPTIONAL, None),
            ("prefix_padding_ms", "prefix_padding_ms", OPTIONAL, None),
            ("silence_duration_ms", "silence_duration_ms", OPTIONAL, None),
        )
