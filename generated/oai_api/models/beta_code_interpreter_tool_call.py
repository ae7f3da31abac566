from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_code_interpreter_tool_call_status import (
    BetaCodeInterpreterToolCallStatus,
    check_beta_code_interpreter_tool_call_status,
)
from ..models.beta_code_interpreter_tool_call_type import (
    BetaCodeInterpreterToolCallType,
    check_beta_code_interpreter_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_code_interpreter_output_image import (
        BetaCodeInterpreterOutputImage,
    )
    from ..models.beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs


@_attrs_define(repr=False)
class BetaCodeInterpreterToolCall(_OpenModel):
    """Code the model ran in a container, with its outputs."""

    type_: BetaCodeInterpreterToolCallType
    """ Fixed tag `code_interpreter_call`. """
    id: str
    """ Unique ID. """
    status: BetaCodeInterpreterToolCallStatus
    """ Progress state: `in_progress`, `interpreting`, `completed`, `incomplete` or `failed`. """
    container_id: str
    """ Container the code ran in. """
    code: None | str
    """ Code that ran. """
    outputs: list[BetaCodeInterpreterOutputImage | BetaCodeInterpreterOutputLogs] | None
    """ Logs and images produced, when requested with `include`. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "code", "container_id", "id", "outputs", "status", "type")
    _tags = {"type": ("code_interpreter_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_code_interpreter_tool_call_type),
            ("id", "id", REQUIRED, None),
            (
                "status",
                "status",
                REQUIRED,
                check_beta_code_interpreter_tool_call_status,
            ),
            ("container_id", "container_id", REQUIRED, None),
            ("code", "code", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "outputs",
                "outputs",
                REQUIRED_OR_NULL,
                one_of(
                    list_of(
                        one_of(
                            member(
                                "beta_code_interpreter_output_logs",
                                "BetaCodeInterpreterOutputLogs",
                                ("type", "logs"),
                            ),
                            member(
                                "beta_code_interpreter_output_image",
                                "BetaCodeInterpreterOutputImage",
                                ("type", "image"),
                            ),
                        )
                    ),
                    None,
                ),
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )
