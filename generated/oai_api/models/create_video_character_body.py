from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    FILE,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateVideoCharacterBody(_OpenModel):
    """Multipart form for making a character: the source video and a name."""

    video: File
    """ Video clip the character is taken from. """
    name: str
    """ Display name of the character, 1 to 80 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "video")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("video", "video", REQUIRED, FILE),
            ("name", "name", REQUIRED, None),
            strict=True,
        )
