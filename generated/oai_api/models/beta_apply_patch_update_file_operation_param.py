from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_apply_patch_update_file_operation_param_type import (
    BetaApplyPatchUpdateFileOperationParamType,
    check_beta_apply_patch_update_file_operation_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaApplyPatchUpdateFileOperationParam(_OpenModel):
    """Change a file by applying a diff."""

    type_: BetaApplyPatchUpdateFileOperationParamType
    """ Fixed tag `update_file`. """
    path: str
    """ Path of the file to change. """
    diff: str
    """ The changes, as a diff. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("diff", "path", "type")
    _tags = {"type": ("update_file",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_apply_patch_update_file_operation_param_type,
            ),
            ("path", "path", REQUIRED, None),
            ("diff", "diff", REQUIRED, None),
        )
