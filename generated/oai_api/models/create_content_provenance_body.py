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
class CreateContentProvenanceBody(_OpenModel):
    """Body for a provenance check: the image or audio file to inspect."""

    file: File
    """ The image or audio upload to inspect; C2PA is read from images, SynthID from images and audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file", "file", REQUIRED, FILE),
            strict=True,
        )
