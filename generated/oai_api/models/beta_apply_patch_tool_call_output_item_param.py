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
from ..models.beta_apply_patch_call_output_status_param import (
    BetaApplyPatchCallOutputStatusParam,
    check_beta_apply_patch_call_output_status_param,
)
from ..models.beta_apply_patch_tool_call_output_item_param_type import (
    BetaApplyPatchToolCallOutputItemParamType,
    check_beta_apply_patch_tool_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


@_attrs_define(repr=False)
class BetaApplyPatchToolCallOutputItemParam(_OpenModel):
    """The result of an apply_patch call, sent as input."""

    type_: BetaApplyPatchToolCallOutputItemParamType
    """ Fixed tag `apply_patch_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: BetaApplyPatchCallOutputStatusParam
    """ Result of applying a patch, as sent in input. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
    output: None | str = None
    """ Log or error text from applying the patch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "caller", "id", "output", "status", "type")
    _tags = {"type": ("apply_patch_call_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_apply_patch_tool_call_output_item_param_type,
            ),
            ("call_id", "call_id", REQUIRED, None),
            (
                "status",
                "status",
                REQUIRED,
                check_beta_apply_patch_call_output_status_param,
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "caller",
                "caller",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_direct_tool_call_caller_param",
                        "BetaDirectToolCallCallerParam",
                        ("type", "direct"),
                    ),
                    member(
                        "beta_program_tool_call_caller_param",
                        "BetaProgramToolCallCallerParam",
                        ("type", "program"),
                    ),
                    None,
                ),
            ),
            ("output", "output", OPTIONAL_OR_NULL, one_of(str, None)),
        )
