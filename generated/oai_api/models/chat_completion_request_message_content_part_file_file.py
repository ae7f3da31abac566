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
class ChatCompletionRequestMessageContentPartFileFile(_OpenModel):
    """The file, inline or by ID."""

    filename: str | None = None
    """ File name for inline data. """
    file_data: str | None = None
    """ Base64-encoded file contents. """
    file_id: str | None = None
    """ ID of an uploaded file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_data", "file_id", "filename")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("filename", "filename", OPTIONAL, None),
            ("file_data", "file_data", OPTIONAL, None),
            ("file_id", "file_id", OPTIONAL, None),
            strict=True,
        )
