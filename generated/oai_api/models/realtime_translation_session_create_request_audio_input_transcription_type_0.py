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
class RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0(_OpenModel):
    model: str
    """ Model that produces transcript deltas of the source speech. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("model",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("model", "model", REQUIRED, None),
            strict=True,
        )
