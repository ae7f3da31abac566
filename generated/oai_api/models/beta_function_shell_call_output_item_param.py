from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_function_shell_call_item_status import (
    BetaFunctionShellCallItemStatus,
    check_beta_function_shell_call_item_status,
)
from ..models.beta_function_shell_call_output_item_param_type import (
    BetaFunctionShellCallOutputItemParamType,
    check_beta_function_shell_call_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_function_shell_call_output_content_param import (
        BetaFunctionShellCallOutputContentParam,
    )
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


@_attrs_define(repr=False)
class BetaFunctionShellCallOutputItemParam(_OpenModel):
    """The output of a shell tool call, sent as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: BetaFunctionShellCallOutputItemParamType
    """ Fixed tag `shell_call_output`. """
    output: list[BetaFunctionShellCallOutputContentParam]
    """ Output of each command. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
    status: BetaFunctionShellCallItemStatus | None = None
    """ Progress state. """
    max_output_length: int | None = None
    """ Character limit that applied to the captured output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "call_id",
        "caller",
        "id",
        "max_output_length",
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("shell_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_function_shell_call_output_content_param import (
            BetaFunctionShellCallOutputContentParam,
        )

        return fields(
            ("call_id", "call_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_function_shell_call_output_item_param_type,
            ),
            (
                "output",
                "output",
                REQUIRED,
                list_of(BetaFunctionShellCallOutputContentParam),
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
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_function_shell_call_item_status, None),
            ),
            (
                "max_output_length",
                "max_output_length",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
        )
