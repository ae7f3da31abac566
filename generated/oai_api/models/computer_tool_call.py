from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
    check_computer_tool_call_status,
)
from ..models.computer_tool_call_type import (
    ComputerToolCallType,
    check_computer_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="ComputerToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ClickParam, \
        ComputerCallSafetyCheckParam, \
        DoubleClickAction, \
        DragParam, \
        KeyPressAction, \
        MoveParam, \
        ScreenshotParam, \
        ScrollParam, \
        TypeParam, \
        WaitParam
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

    _models_bound = True


@_attrs_define
class ComputerToolCall:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_pending_safety_checks = (
            self.pending_safety_checks
            if self.pending_safety_checks is not None
            or "pending_safety_checks" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_pending_safety_checks, list):
            pending_safety_checks = _v_pending_safety_checks
        else:
            pending_safety_checks = []
            for pending_safety_checks_item_data in _v_pending_safety_checks:
                if not isinstance(
                    pending_safety_checks_item_data, ComputerCallSafetyCheckParam
                ):
                    pending_safety_checks.append(pending_safety_checks_item_data)
                    continue
                pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
                pending_safety_checks.append(pending_safety_checks_item)

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_action = (
            self.action
            if self.action is not None or "action" in self._none_flips
            else UNSET
        )

        if _v_action is None or isinstance(_v_action, Unset):
            action = _v_action
        else:
            action: dict[str, Any] | Unset
            if isinstance(_v_action, Unset):
                action = UNSET
            elif (
                isinstance(_v_action, ClickParam)
                or isinstance(_v_action, DoubleClickAction)
                or isinstance(_v_action, DragParam)
                or isinstance(_v_action, KeyPressAction)
                or isinstance(_v_action, MoveParam)
                or isinstance(_v_action, ScreenshotParam)
                or isinstance(_v_action, ScrollParam)
                or isinstance(_v_action, TypeParam)
                or isinstance(_v_action, WaitParam)
            ):
                action = _v_action.to_dict()
            else:
                action = _v_action

        _v_actions = (
            self.actions
            if self.actions is not None or "actions" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_actions, list):
            actions = _v_actions
        else:
            actions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_actions, Unset):
                actions = []
                for componentsschemas_computer_action_list_item_data in _v_actions:
                    componentsschemas_computer_action_list_item: dict[str, Any]
                    if (
                        isinstance(
                            componentsschemas_computer_action_list_item_data, ClickParam
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data,
                            DoubleClickAction,
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data, DragParam
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data,
                            KeyPressAction,
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data, MoveParam
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data,
                            ScreenshotParam,
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data,
                            ScrollParam,
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data, TypeParam
                        )
                        or isinstance(
                            componentsschemas_computer_action_list_item_data, WaitParam
                        )
                    ):
                        componentsschemas_computer_action_list_item = (
                            componentsschemas_computer_action_list_item_data.to_dict()
                        )
                    else:
                        componentsschemas_computer_action_list_item = (
                            componentsschemas_computer_action_list_item_data
                        )
                    actions.append(componentsschemas_computer_action_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "pending_safety_checks": pending_safety_checks,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_computer_tool_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _pending_safety_checks_raw = d.pop("pending_safety_checks", UNSET)
        if _pending_safety_checks_raw is None or isinstance(
            _pending_safety_checks_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("pending_safety_checks")

            if _pending_safety_checks_raw is UNSET:
                _none_flips += ("pending_safety_checks",)
            pending_safety_checks = None

        else:
            try:
                pending_safety_checks = []
                _pending_safety_checks = _pending_safety_checks_raw
                if not isinstance(_pending_safety_checks, list):
                    raise TypeError()
                for pending_safety_checks_item_data in _pending_safety_checks:
                    pending_safety_checks_item = ComputerCallSafetyCheckParam.from_dict(
                        pending_safety_checks_item_data
                    )

                    pending_safety_checks.append(pending_safety_checks_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                pending_safety_checks = _pending_safety_checks_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_computer_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if _action_raw is None and strict_parsing.get():
                raise TypeError("action")

            if _action_raw is None:
                _none_flips += ("action",)
            action = None

        else:
            try:

                def _parse_action(
                    data: object,
                ) -> (
                    ClickParam
                    | DoubleClickAction
                    | DragParam
                    | KeyPressAction
                    | MoveParam
                    | ScreenshotParam
                    | ScrollParam
                    | TypeParam
                    | Unset
                    | WaitParam
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "click":
                            try:
                                componentsschemas_computer_action_type_0 = (
                                    ClickParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "double_click":
                            try:
                                componentsschemas_computer_action_type_1 = (
                                    DoubleClickAction.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "drag":
                            try:
                                componentsschemas_computer_action_type_2 = (
                                    DragParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "keypress":
                            try:
                                componentsschemas_computer_action_type_3 = (
                                    KeyPressAction.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "move":
                            try:
                                componentsschemas_computer_action_type_4 = (
                                    MoveParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "screenshot":
                            try:
                                componentsschemas_computer_action_type_5 = (
                                    ScreenshotParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "scroll":
                            try:
                                componentsschemas_computer_action_type_6 = (
                                    ScrollParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "type":
                            try:
                                componentsschemas_computer_action_type_7 = (
                                    TypeParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "wait":
                            try:
                                componentsschemas_computer_action_type_8 = (
                                    WaitParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_action(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "button",
                                    "keys",
                                    "type",
                                    "x",
                                    "y",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "keys",
                                    "type",
                                    "x",
                                    "y",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "keys",
                                    "path",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "keys",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "keys",
                                    "type",
                                    "x",
                                    "y",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "keys",
                                    "scroll_x",
                                    "scroll_y",
                                    "type",
                                    "x",
                                    "y",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "text",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "click") not in ("click",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_0 = ClickParam.from_dict(
                            data
                        )

                        return componentsschemas_computer_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "double_click") not in ("double_click",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_1 = (
                            DoubleClickAction.from_dict(data)
                        )

                        return componentsschemas_computer_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "drag") not in ("drag",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_2 = DragParam.from_dict(
                            data
                        )

                        return componentsschemas_computer_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "keypress") not in ("keypress",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_3 = (
                            KeyPressAction.from_dict(data)
                        )

                        return componentsschemas_computer_action_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "move") not in ("move",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_4 = MoveParam.from_dict(
                            data
                        )

                        return componentsschemas_computer_action_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "screenshot") not in ("screenshot",):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_5 = (
                            ScreenshotParam.from_dict(data)
                        )

                        return componentsschemas_computer_action_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "scroll") not in ("scroll",):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_6 = (
                            ScrollParam.from_dict(data)
                        )

                        return componentsschemas_computer_action_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "type") not in ("type",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_7 = TypeParam.from_dict(
                            data
                        )

                        return componentsschemas_computer_action_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "wait") not in ("wait",):
                            raise TypeError()
                        if _fits[8] < _most:
                            raise TypeError()
                        componentsschemas_computer_action_type_8 = WaitParam.from_dict(
                            data
                        )

                        return componentsschemas_computer_action_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ClickParam
                        | DoubleClickAction
                        | DragParam
                        | KeyPressAction
                        | MoveParam
                        | ScreenshotParam
                        | ScrollParam
                        | TypeParam
                        | Unset
                        | WaitParam,
                        data,
                    )

                action = _parse_action(_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                action = _action_raw

        _actions_raw = d.pop("actions", UNSET)
        if _actions_raw is None or isinstance(_actions_raw, Unset):
            if _actions_raw is None and strict_parsing.get():
                raise TypeError("actions")

            if _actions_raw is None:
                _none_flips += ("actions",)
            actions = None

        else:
            try:
                _actions = _actions_raw
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
                    | Unset
                ) = UNSET
                if _actions is not UNSET:
                    actions = []
                    if not isinstance(_actions, list):
                        raise TypeError()
                    for componentsschemas_computer_action_list_item_data in _actions:

                        def _parse_componentsschemas_computer_action_list_item(
                            data: object,
                        ) -> (
                            ClickParam
                            | DoubleClickAction
                            | DragParam
                            | KeyPressAction
                            | MoveParam
                            | ScreenshotParam
                            | ScrollParam
                            | TypeParam
                            | WaitParam
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "click":
                                    try:
                                        componentsschemas_computer_action_type_0 = (
                                            ClickParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "double_click":
                                    try:
                                        componentsschemas_computer_action_type_1 = (
                                            DoubleClickAction.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "drag":
                                    try:
                                        componentsschemas_computer_action_type_2 = (
                                            DragParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "keypress":
                                    try:
                                        componentsschemas_computer_action_type_3 = (
                                            KeyPressAction.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "move":
                                    try:
                                        componentsschemas_computer_action_type_4 = (
                                            MoveParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "screenshot":
                                    try:
                                        componentsschemas_computer_action_type_5 = (
                                            ScreenshotParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "scroll":
                                    try:
                                        componentsschemas_computer_action_type_6 = (
                                            ScrollParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "type":
                                    try:
                                        componentsschemas_computer_action_type_7 = (
                                            TypeParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "wait":
                                    try:
                                        componentsschemas_computer_action_type_8 = (
                                            WaitParam.from_dict(data)
                                        )

                                        return componentsschemas_computer_action_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass

                            if not strict_parsing.get():
                                strictly = strict_parsing.set(True)
                                try:
                                    return _parse_componentsschemas_computer_action_list_item(
                                        data
                                    )
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "button",
                                            "keys",
                                            "type",
                                            "x",
                                            "y",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "keys",
                                            "type",
                                            "x",
                                            "y",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "keys",
                                            "path",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "keys",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "keys",
                                            "type",
                                            "x",
                                            "y",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "keys",
                                            "scroll_x",
                                            "scroll_y",
                                            "type",
                                            "x",
                                            "y",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "text",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "click") not in ("click",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_0 = (
                                    ClickParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "double_click") not in (
                                    "double_click",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_1 = (
                                    DoubleClickAction.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "drag") not in ("drag",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_2 = (
                                    DragParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "keypress") not in ("keypress",):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_3 = (
                                    KeyPressAction.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "move") not in ("move",):
                                    raise TypeError()
                                if _fits[4] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_4 = (
                                    MoveParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "screenshot") not in (
                                    "screenshot",
                                ):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_5 = (
                                    ScreenshotParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "scroll") not in ("scroll",):
                                    raise TypeError()
                                if _fits[6] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_6 = (
                                    ScrollParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "type") not in ("type",):
                                    raise TypeError()
                                if _fits[7] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_7 = (
                                    TypeParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "wait") not in ("wait",):
                                    raise TypeError()
                                if _fits[8] < _most:
                                    raise TypeError()
                                componentsschemas_computer_action_type_8 = (
                                    WaitParam.from_dict(data)
                                )

                                return componentsschemas_computer_action_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                ClickParam
                                | DoubleClickAction
                                | DragParam
                                | KeyPressAction
                                | MoveParam
                                | ScreenshotParam
                                | ScrollParam
                                | TypeParam
                                | WaitParam,
                                data,
                            )

                        componentsschemas_computer_action_list_item = (
                            _parse_componentsschemas_computer_action_list_item(
                                componentsschemas_computer_action_list_item_data
                            )
                        )

                        actions.append(componentsschemas_computer_action_list_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                actions = _actions_raw

        computer_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            action=action,
            actions=actions,
        )
        if _none_flips:
            computer_tool_call._none_flips = _none_flips

        computer_tool_call.additional_properties = d
        return computer_tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
