from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_computer_tool_call_output_status import (
    BetaComputerToolCallOutputStatus,
    check_beta_computer_tool_call_output_status,
)
from ..models.beta_computer_tool_call_output_type import (
    BetaComputerToolCallOutputType,
    check_beta_computer_tool_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage


@_attrs_define(repr=False)
class BetaComputerToolCallOutput(_OpenModel):
    """A screenshot answering a computer call."""

    type_: BetaComputerToolCallOutputType

    call_id: str

    output: BetaComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    agent: BetaAgentTag | None = None

    id: str | None = None

    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None

    status: BetaComputerToolCallOutputStatus | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "acknowledged_safety_checks",
        "agent",
        "call_id",
        "id",
        "output",
        "status",
        "type",
    )
    _tags = {"type": ("computer_call_output",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_computer_call_safety_check_param import (
            BetaComputerCallSafetyCheckParam,
        )
        from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage

        return fields(
            ("type_", "type", REQUIRED, check_beta_computer_tool_call_output_type),
            ("call_id", "call_id", REQUIRED, None),
            ("output", "output", REQUIRED, BetaComputerScreenshotImage),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("id", "id", OPTIONAL, None),
            (
                "acknowledged_safety_checks",
                "acknowledged_safety_checks",
                OPTIONAL,
                list_of(BetaComputerCallSafetyCheckParam),
            ),
            ("status", "status", OPTIONAL, check_beta_computer_tool_call_output_status),
        )
