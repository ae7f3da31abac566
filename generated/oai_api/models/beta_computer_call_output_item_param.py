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
from ..models.beta_computer_call_output_item_param_type import (
    BetaComputerCallOutputItemParamType,
    check_beta_computer_call_output_item_param_type,
)
from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage


@_attrs_define(repr=False)
class BetaComputerCallOutputItemParam(_OpenModel):
    """The screenshot answering a computer call, sent as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: BetaComputerCallOutputItemParamType
    """ Fixed tag `computer_call_output`. """
    output: BetaComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None
    """ Safety checks of the call the caller accepted. """
    status: BetaFunctionCallItemStatus | None = None
    """ Progress state. """
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
            ("call_id", "call_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_computer_call_output_item_param_type,
            ),
            ("output", "output", REQUIRED, BetaComputerScreenshotImage),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "acknowledged_safety_checks",
                "acknowledged_safety_checks",
                OPTIONAL_OR_NULL,
                one_of(list_of(BetaComputerCallSafetyCheckParam), None),
            ),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_function_call_item_status, None),
            ),
        )
