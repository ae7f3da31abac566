from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.transcript_text_usage_duration_type import (
    TranscriptTextUsageDurationType,
    check_transcript_text_usage_duration_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TranscriptTextUsageDuration(_OpenModel):
    """Usage of a transcription billed by audio length."""

    type_: TranscriptTextUsageDurationType
    """ Fixed tag `duration`. """
    seconds: float
    """ Billed audio length in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("seconds", "type")
    _tags = {"type": ("duration",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_transcript_text_usage_duration_type),
            ("seconds", "seconds", REQUIRED, None),
        )
