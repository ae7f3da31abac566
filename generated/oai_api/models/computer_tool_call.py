from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
    check_computer_tool_call_status,
)
from ..models.computer_tool_call_type import (
    ComputerToolCallType,
    check_computer_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.click_param import ClickParam
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.double_click_action import DoubleClickAction
    from ..models.drag_param import DragParam
    from ..models.key_press_action import KeyPressAction
    from ..models.move_param import MoveParam
    from ..models.screenshot_param import ScreenshotParam
    from ..models.scroll_param import ScrollParam
    from ..models.type_param import TypeParam
    from ..models.wait_param import WaitParam


@_attrs_define(repr=False)
class ComputerToolCall(_OpenModel):
    """The model asks the caller to perform computer actions."""

    type_: ComputerToolCallType
    """ Fixed tag `computer_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    """ Safety checks to acknowledge in the output. """
    status: ComputerToolCallStatus
    """ Progress state. """
    action: (
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | WaitParam
        | None
    ) = None
    """ One action of a computer call, told apart by `type`. """
    actions: (
        list[
            ClickParam
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | WaitParam
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
        "call_id",
        "id",
        "pending_safety_checks",
        "status",
        "type",
    )
    _tags = {"type": ("computer_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.computer_call_safety_check_param import (
            ComputerCallSafetyCheckParam,
        )

        return fields(
            ("type_", "type", REQUIRED, check_computer_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            (
                "pending_safety_checks",
                "pending_safety_checks",
                REQUIRED,
                list_of(ComputerCallSafetyCheckParam),
            ),
            ("status", "status", REQUIRED, check_computer_tool_call_status),
            (
                "action",
                "action",
                OPTIONAL,
                one_of(
                    member("click_param", "ClickParam", ("type", "click")),
                    member(
                        "double_click_action",
                        "DoubleClickAction",
                        ("type", "double_click"),
                    ),
                    member("drag_param", "DragParam", ("type", "drag")),
                    member("key_press_action", "KeyPressAction", ("type", "keypress")),
                    member("move_param", "MoveParam", ("type", "move")),
                    member(
                        "screenshot_param", "ScreenshotParam", ("type", "screenshot")
                    ),
                    member("scroll_param", "ScrollParam", ("type", "scroll")),
                    member("type_param", "TypeParam", ("type", "type")),
                    member("wait_param", "WaitParam", ("type", "wait")),
                ),
            ),
            (
                "actions",
                "actions",
                OPTIONAL,
                list_of(
                    one_of(
                        member("click_param", "ClickParam", ("type", "click")),
                        member(
                            "double_click_action",
                            "DoubleClickAction",
                            ("type", "double_click"),
                        ),
                        member("drag_param", "DragParam", ("type", "drag")),
                        member(
                            "key_press_action", "KeyPressAction", ("type", "keypress")
                        ),
                        member("move_param", "MoveParam", ("type", "move")),
                        member(
                            "screenshot_param",
                            "ScreenshotParam",
                            ("type", "screenshot"),
                        ),
                        member("scroll_param", "ScrollParam", ("type", "scroll")),
                        member("type_param", "TypeParam", ("type", "type")),
                        member("wait_param", "WaitParam", ("type", "wait")),
                    )
                ),
            ),
        )
