from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.delete_file_response_object import (
    DeleteFileResponseObject,
    check_delete_file_response_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeleteFileResponse(_OpenModel):
    """Confirmation that a file was deleted."""

    id: str
    """ Unique ID. """
    object_: DeleteFileResponseObject
    """ Fixed tag `file`. """
    deleted: bool
    """ True when the file was deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("file",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_delete_file_response_object),
            ("deleted", "deleted", REQUIRED, None),
        )
