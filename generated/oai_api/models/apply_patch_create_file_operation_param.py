from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_create_file_operation_param_type import (
    ApplyPatchCreateFileOperationParamType,
    check_apply_patch_create_file_operation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ApplyPatchCreateFileOperationParam(_OpenModel):
    """Create a file with the given diff as content."""

    type_: ApplyPatchCreateFileOperationParamType
    """ Fixed tag `create_file`. """
    path: str
    """ Path of the new file. """
    diff: str
    """ Diff giving the file's content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("diff", "path", "type")
    _tags = {"type": ("create_file",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_apply_patch_create_file_operation_param_type,
            ),
            ("path", "path", REQUIRED, None),
            ("diff", "diff", REQUIRED, None),
        )
