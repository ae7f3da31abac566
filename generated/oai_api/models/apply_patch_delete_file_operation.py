from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_delete_file_operation_type import (
    ApplyPatchDeleteFileOperationType,
    check_apply_patch_delete_file_operation_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ApplyPatchDeleteFileOperation(_OpenModel):
    """Delete a file."""

    type_: ApplyPatchDeleteFileOperationType
    """ Fixed tag `delete_file`. """
    path: str
    """ File to remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("path", "type")
    _tags = {"type": ("delete_file",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_apply_patch_delete_file_operation_type),
            ("path", "path", REQUIRED, None),
        )
