from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    FILE,
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateContainerFileBody(_OpenModel):
    """Body for adding a file to a container: either the ID of an existing file or a new upload."""

    file_id: str | None = None
    """ ID of an already uploaded file to copy into the container. """
    file: File | None = None
    """ The file's bytes to upload, sent as multipart form data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file", "file_id")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file_id", "file_id", OPTIONAL, None),
            ("file", "file", OPTIONAL, FILE),
            strict=True,
        )
