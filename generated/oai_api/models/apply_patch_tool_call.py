from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.apply_patch_call_status import (
    ApplyPatchCallStatus,
    check_apply_patch_call_status,
)
from ..models.apply_patch_tool_call_type import (
    ApplyPatchToolCallType,
    check_apply_patch_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller


@_attrs_define(repr=False)
class ApplyPatchToolCall(_OpenModel):
    """The model asks the caller to apply a file operation."""

    type_: ApplyPatchToolCallType
    """ Fixed tag `apply_patch_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: ApplyPatchCallStatus
    """ State of an apply_patch call. """
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
    )
    """ The file operation. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller = None
    """ Who issued the tool call. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "caller", "created_by", "id", "operation", "status", "type")
    _tags = {"type": ("apply_patch_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_apply_patch_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_apply_patch_call_status),
            (
                "operation",
                "operation",
                REQUIRED,
                one_of(
                    member(
                        "apply_patch_create_file_operation",
                        "ApplyPatchCreateFileOperation",
                        ("type", "create_file"),
                    ),
                    member(
                        "apply_patch_delete_file_operation",
                        "ApplyPatchDeleteFileOperation",
                        ("type", "delete_file"),
                    ),
                    member(
                        "apply_patch_update_file_operation",
                        "ApplyPatchUpdateFileOperation",
                        ("type", "update_file"),
                    ),
                ),
            ),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "direct_tool_call_caller",
                        "DirectToolCallCaller",
                        ("type", "direct"),
                    ),
                    member(
                        "program_tool_call_caller",
                        "ProgramToolCallCaller",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
