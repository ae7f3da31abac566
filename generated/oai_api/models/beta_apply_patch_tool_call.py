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
from ..models.beta_apply_patch_call_status import (
    BetaApplyPatchCallStatus,
    check_beta_apply_patch_call_status,
)
from ..models.beta_apply_patch_tool_call_type import (
    BetaApplyPatchToolCallType,
    check_beta_apply_patch_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_apply_patch_create_file_operation import (
        BetaApplyPatchCreateFileOperation,
    )
    from ..models.beta_apply_patch_delete_file_operation import (
        BetaApplyPatchDeleteFileOperation,
    )
    from ..models.beta_apply_patch_update_file_operation import (
        BetaApplyPatchUpdateFileOperation,
    )
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


@_attrs_define(repr=False)
class BetaApplyPatchToolCall(_OpenModel):
    """The model asks the caller to apply a file operation."""

    type_: BetaApplyPatchToolCallType

    id: str

    call_id: str

    status: BetaApplyPatchCallStatus
    """ State of an apply_patch call. """
    operation: (
        BetaApplyPatchCreateFileOperation
        | BetaApplyPatchDeleteFileOperation
        | BetaApplyPatchUpdateFileOperation
    )

    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None

    created_by: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "call_id",
        "caller",
        "created_by",
        "id",
        "operation",
        "status",
        "type",
    )
    _tags = {"type": ("apply_patch_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_apply_patch_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_beta_apply_patch_call_status),
            (
                "operation",
                "operation",
                REQUIRED,
                one_of(
                    member(
                        "beta_apply_patch_create_file_operation",
                        "BetaApplyPatchCreateFileOperation",
                        ("type", "create_file"),
                    ),
                    member(
                        "beta_apply_patch_delete_file_operation",
                        "BetaApplyPatchDeleteFileOperation",
                        ("type", "delete_file"),
                    ),
                    member(
                        "beta_apply_patch_update_file_operation",
                        "BetaApplyPatchUpdateFileOperation",
                        ("type", "update_file"),
                    ),
                ),
            ),
            ("agent", "agent", OPTIONAL, BetaAgentTag),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_direct_tool_call_caller",
                        "BetaDirectToolCallCaller",
                        ("type", "direct"),
                    ),
                    member(
                        "beta_program_tool_call_caller",
                        "BetaProgramToolCallCaller",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("created_by", "created_by", OPTIONAL, None),
        )
