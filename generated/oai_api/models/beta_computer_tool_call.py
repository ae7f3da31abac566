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
from ..models.beta_computer_tool_call_status import (
    BetaComputerToolCallStatus,
    check_beta_computer_tool_call_status,
)
from ..models.beta_computer_tool_call_type import (
    BetaComputerToolCallType,
    check_beta_computer_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_click_param import BetaClickParam
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_double_click_action import BetaDoubleClickAction
    from ..models.beta_drag_param import BetaDragParam
    from ..models.beta_key_press_action import BetaKeyPressAction
    from ..models.beta_move_param import BetaMoveParam
    from ..models.beta_screenshot_param import BetaScreenshotParam
    from ..models.beta_scroll_param import BetaScrollParam
    from ..models.beta_type_param import BetaTypeParam
    from ..models.beta_wait_param import BetaWaitParam


@_attrs_define(repr=False)
class BetaComputerToolCall(_OpenModel):
    """The model asks the caller to perform computer actions."""

    type_: BetaComputerToolCallType
    """ Fixed tag `computer_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    pending_safety_checks: list[BetaComputerCallSafetyCheckParam]
    """ Safety checks to acknowledge in the output. """
    status: BetaComputerToolCallStatus
    """ Progress state. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    action: (
        BetaClickParam
        | BetaDoubleClickAction
        | BetaDragParam
        | BetaKeyPressAction
        | BetaMoveParam
        | BetaScreenshotParam
        | BetaScrollParam
        | BetaTypeParam
        | BetaWaitParam
        | None
    ) = None
    """ One action of a computer call, told apart by `type`. """
    actions: (
        list[
            BetaClickParam
            | BetaDoubleClickAction
            | BetaDragParam
            | BetaKeyPressAction
            | BetaMoveParam
            | BetaScreenshotParam
            | BetaScrollParam
            | BetaTypeParam
            | BetaWaitParam
        ]
        | None
    ) = None
    """ Actions of a computer call, to perform in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "action",
        "actions",
        "agent",
        "call_id",
        "id",
        "pending_safety_checks",
        "status",
        "type",
    )
    _tags = {"type": ("computer_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_computer_call_safety_check_param import (
            BetaComputerCallSafetyCheckParam,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_computer_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            (
                "pending_safety_checks",
                "pending_safety_checks",
                REQUIRED,
                list_of(BetaComputerCallSafetyCheckParam),
            ),
            ("status", "status", REQUIRED, check_beta_computer_tool_call_status),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            (
                "action",
                "action",
                OPTIONAL,
                one_of(
                    member("beta_click_param", "BetaClickParam", ("type", "click")),
                    member(
                        "beta_double_click_action",
                        "BetaDoubleClickAction",
                        ("type", "double_click"),
                    ),
                    member("beta_drag_param", "BetaDragParam", ("type", "drag")),
                    member(
                        "beta_key_press_action",
                        "BetaKeyPressAction",
                        ("type", "keypress"),
                    ),
                    member("beta_move_param", "BetaMoveParam", ("type", "move")),
                    member(
                        "beta_screenshot_param",
                        "BetaScreenshotParam",
                        ("type", "screenshot"),
                    ),
                    member("beta_scroll_param", "BetaScrollParam", ("type", "scroll")),
                    member("beta_type_param", "BetaTypeParam", ("type", "type")),
                    member("beta_wait_param", "BetaWaitParam", ("type", "wait")),
                ),
            ),
            (
                "actions",
                "actions",
                OPTIONAL,
                list_of(
                    one_of(
                        member("beta_click_param", "BetaClickParam", ("type", "click")),
                        member(
                            "beta_double_click_action",
                            "BetaDoubleClickAction",
                            ("type", "double_click"),
                        ),
                        member("beta_drag_param", "BetaDragParam", ("type", "drag")),
                        member(
                            "beta_key_press_action",
                            "BetaKeyPressAction",
                            ("type", "keypress"),
                        ),
                        member("beta_move_param", "BetaMoveParam", ("type", "move")),
                        member(
                            "beta_screenshot_param",
                            "BetaScreenshotParam",
                            ("type", "screenshot"),
                        ),
                        member(
                            "beta_scroll_param", "BetaScrollParam", ("type", "scroll")
                        ),
                        member("beta_type_param", "BetaTypeParam", ("type", "type")),
                        member("beta_wait_param", "BetaWaitParam", ("type", "wait")),
                    )
                ),
            ),
        )
