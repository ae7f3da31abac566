from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_delete_file_operation_param_type import (
    ApplyPatchDeleteFileOperationParamType,
    check_apply_patch_delete_file_operation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ApplyPatchDeleteFileOperationParam(_OpenModel):
    """Delete a file."""

    type_: ApplyPatchDeleteFileOperationParamType
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
            (
                "type_",
                "type",
                REQUIRED,
                check_apply_patch_delete_file_operation_param_type,
            ),
            ("path", "path", REQUIRED, None),
        )
