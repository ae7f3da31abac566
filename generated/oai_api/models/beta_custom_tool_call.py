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
from ..models.beta_custom_tool_call_type import (
    BetaCustomToolCallType,
    check_beta_custom_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


@_attrs_define(repr=False)
class BetaCustomToolCall(_OpenModel):
    """The model asks the caller to run a custom tool with free-form input."""

    type_: BetaCustomToolCallType
    """ Fixed tag `custom_tool_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    name: str
    """ Name of the custom tool. """
    input_: str
    """ Input text generated for the tool. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    id: str | None = None
    """ Unique ID. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None
    """ Who issued the tool call. """
    namespace: str | None = None
    """ Namespace of the tool, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "caller", "id", "input", "name", "namespace", "type")
    _tags = {"type": ("custom_tool_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_custom_tool_call_type),
            ("call_id", "call_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("input_", "input", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("id", "id", OPTIONAL, None),
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
            ("namespace", "namespace", OPTIONAL, None),
        )
