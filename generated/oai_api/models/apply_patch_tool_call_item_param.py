from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_call_status_param import (
    ApplyPatchCallStatusParam,
    check_apply_patch_call_status_param,
)
from ..models.apply_patch_tool_call_item_param_type import (
    ApplyPatchToolCallItemParamType,
    check_apply_patch_tool_call_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam,
    )
    from ..models.apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam,
    )
    from ..models.apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam,
    )
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


@_attrs_define(repr=False)
class ApplyPatchToolCallItemParam(_OpenModel):
    """An apply_patch tool call, sent back as input."""

    type_: ApplyPatchToolCallItemParamType
    """ Fixed tag `apply_patch_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: ApplyPatchCallStatusParam
    """ State of an apply_patch call sent as input. """
    operation: (
        ApplyPatchCreateFileOperationParam
        | ApplyPatchDeleteFileOperationParam
        | ApplyPatchUpdateFileOperationParam
    )
    """ One file operation of an apply_patch call, told apart by `type`. """
    id: None | str = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "id", "operation", "status", "type")
    _tags = {"type": ("apply_patch_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_apply_patch_tool_call_item_param_type),
            ("call_id", "call_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_apply_patch_call_status_param),
            (
                "operation",
                "operation",
                REQUIRED,
                one_of(
                    member(
                        "apply_patch_create_file_operation_param",
                        "ApplyPatchCreateFileOperationParam",
                        ("type", "create_file"),
                    ),
                    member(
                        "apply_patch_delete_file_operation_param",
                        "ApplyPatchDeleteFileOperationParam",
                        ("type", "delete_file"),
                    ),
                    member(
                        "apply_patch_update_file_operation_param",
                        "ApplyPatchUpdateFileOperationParam",
                        ("type", "update_file"),
                    ),
                ),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller_param",
                        "DirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller_param",
                        "ProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
        )
