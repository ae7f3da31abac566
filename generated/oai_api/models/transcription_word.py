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
class TranscriptionWord(_OpenModel):
    """One transcribed word with its start and end time."""

    word: str
    """ The word. """
    start: float
    """ Start time in seconds. """
    end: float
    """ End time in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end", "start", "word")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("word", "word", REQUIRED, None),
            ("start", "start", REQUIRED, None),
            ("end", "end", REQUIRED, None),
        )
