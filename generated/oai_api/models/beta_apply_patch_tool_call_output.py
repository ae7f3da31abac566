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
from ..models.beta_apply_patch_call_output_status import (
    BetaApplyPatchCallOutputStatus,
    check_beta_apply_patch_call_output_status,
)
from ..models.beta_apply_patch_tool_call_output_type import (
    BetaApplyPatchToolCallOutputType,
    check_beta_apply_patch_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


@_attrs_define(repr=False)
class BetaApplyPatchToolCallOutput(_OpenModel):
    """The result of applying a patch."""

    type_: BetaApplyPatchToolCallOutputType

    id: str

    call_id: str

    status: BetaApplyPatchCallOutputStatus
    """ Whether applying the patch worked. """
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None

    output: None | str = None

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
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("apply_patch_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_agent_tag import BetaAgentTag

        return fields(
            ("type_", "type", REQUIRED, check_beta_apply_patch_tool_call_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("status", "status", REQUIRED, check_beta_apply_patch_call_output_status),
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
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
            ("created_by", "created_by", OPTIONAL, None),
        )
