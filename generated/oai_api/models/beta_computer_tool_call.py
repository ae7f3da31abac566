from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_tool_call_status import (
    BetaComputerToolCallStatus,
    check_beta_computer_tool_call_status,
)
from ..models.beta_computer_tool_call_type import (
    BetaComputerToolCallType,
    check_beta_computer_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="BetaComputerToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaClickParam, \
        BetaComputerCallSafetyCheckParam, \
        BetaDoubleClickAction, \
        BetaDragParam, \
        BetaKeyPressAction, \
        BetaMoveParam, \
        BetaScreenshotParam, \
        BetaScrollParam, \
        BetaTypeParam, \
        BetaWaitParam
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

    _models_bound = True


@_attrs_define
class BetaComputerToolCall:
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
                    pending_safety_checks_item_data, BetaComputerCallSafetyCheckParam
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

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

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
                isinstance(_v_action, BetaClickParam)
                or isinstance(_v_action, BetaDoubleClickAction)
                or isinstance(_v_action, BetaDragParam)
                or isinstance(_v_action, BetaKeyPressAction)
                or isinstance(_v_action, BetaMoveParam)
                or isinstance(_v_action, BetaScreenshotParam)
                or isinstance(_v_action, BetaScrollParam)
                or isinstance(_v_action, BetaTypeParam)
                or isinstance(_v_action, BetaWaitParam)
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
                for componentsschemas_beta_computer_action_list_item_data in _v_actions:
                    componentsschemas_beta_computer_action_list_item: dict[str, Any]
                    if (
                        isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaClickParam,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaDoubleClickAction,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaDragParam,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaKeyPressAction,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaMoveParam,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaScreenshotParam,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaScrollParam,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaTypeParam,
                        )
                        or isinstance(
                            componentsschemas_beta_computer_action_list_item_data,
                            BetaWaitParam,
                        )
                    ):
                        componentsschemas_beta_computer_action_list_item = componentsschemas_beta_computer_action_list_item_data.to_dict()
                    else:
                        componentsschemas_beta_computer_action_list_item = (
                            componentsschemas_beta_computer_action_list_item_data
                        )
                    actions.append(componentsschemas_beta_computer_action_list_item)

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
        if agent is not UNSET:
            field_dict["agent"] = agent
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
                type_ = check_beta_computer_tool_call_type(_type__raw)

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
                    pending_safety_checks_item = (
                        BetaComputerCallSafetyCheckParam.from_dict(
                            pending_safety_checks_item_data
                        )
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
                status = check_beta_computer_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTag.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTag | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

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
                    BetaClickParam
                    | BetaDoubleClickAction
                    | BetaDragParam
                    | BetaKeyPressAction
                    | BetaMoveParam
                    | BetaScreenshotParam
                    | BetaScrollParam
                    | BetaTypeParam
                    | BetaWaitParam
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "click":
                            try:
                                componentsschemas_beta_computer_action_type_0 = (
                                    BetaClickParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "double_click":
                            try:
                                componentsschemas_beta_computer_action_type_1 = (
                                    BetaDoubleClickAction.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "drag":
                            try:
                                componentsschemas_beta_computer_action_type_2 = (
                                    BetaDragParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "keypress":
                            try:
                                componentsschemas_beta_computer_action_type_3 = (
                                    BetaKeyPressAction.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "move":
                            try:
                                componentsschemas_beta_computer_action_type_4 = (
                                    BetaMoveParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "screenshot":
                            try:
                                componentsschemas_beta_computer_action_type_5 = (
                                    BetaScreenshotParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "scroll":
                            try:
                                componentsschemas_beta_computer_action_type_6 = (
                                    BetaScrollParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "type":
                            try:
                                componentsschemas_beta_computer_action_type_7 = (
                                    BetaTypeParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "wait":
                            try:
                                componentsschemas_beta_computer_action_type_8 = (
                                    BetaWaitParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_8
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
                        componentsschemas_beta_computer_action_type_0 = (
                            BetaClickParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "double_click") not in ("double_click",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_1 = (
                            BetaDoubleClickAction.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "drag") not in ("drag",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_2 = (
                            BetaDragParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "keypress") not in ("keypress",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_3 = (
                            BetaKeyPressAction.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "move") not in ("move",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_4 = (
                            BetaMoveParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "screenshot") not in ("screenshot",):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_5 = (
                            BetaScreenshotParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "scroll") not in ("scroll",):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_6 = (
                            BetaScrollParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "type") not in ("type",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_7 = (
                            BetaTypeParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "wait") not in ("wait",):
                            raise TypeError()
                        if _fits[8] < _most:
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_8 = (
                            BetaWaitParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaClickParam
                        | BetaDoubleClickAction
                        | BetaDragParam
                        | BetaKeyPressAction
                        | BetaMoveParam
                        | BetaScreenshotParam
                        | BetaScrollParam
                        | BetaTypeParam
                        | BetaWaitParam
                        | Unset,
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
                    | Unset
                ) = UNSET
                if _actions is not UNSET:
                    actions = []
                    if not isinstance(_actions, list):
                        raise TypeError()
                    for (
                        componentsschemas_beta_computer_action_list_item_data
                    ) in _actions:

                        def _parse_componentsschemas_beta_computer_action_list_item(
                            data: object,
                        ) -> (
                            BetaClickParam
                            | BetaDoubleClickAction
                            | BetaDragParam
                            | BetaKeyPressAction
                            | BetaMoveParam
                            | BetaScreenshotParam
                            | BetaScrollParam
                            | BetaTypeParam
                            | BetaWaitParam
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "click":
                                    try:
                                        componentsschemas_beta_computer_action_type_0 = BetaClickParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "double_click":
                                    try:
                                        componentsschemas_beta_computer_action_type_1 = BetaDoubleClickAction.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "drag":
                                    try:
                                        componentsschemas_beta_computer_action_type_2 = BetaDragParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "keypress":
                                    try:
                                        componentsschemas_beta_computer_action_type_3 = BetaKeyPressAction.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "move":
                                    try:
                                        componentsschemas_beta_computer_action_type_4 = BetaMoveParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "screenshot":
                                    try:
                                        componentsschemas_beta_computer_action_type_5 = BetaScreenshotParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "scroll":
                                    try:
                                        componentsschemas_beta_computer_action_type_6 = BetaScrollParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "type":
                                    try:
                                        componentsschemas_beta_computer_action_type_7 = BetaTypeParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "wait":
                                    try:
                                        componentsschemas_beta_computer_action_type_8 = BetaWaitParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_computer_action_type_8
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
                                    return _parse_componentsschemas_beta_computer_action_list_item(
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
                                componentsschemas_beta_computer_action_type_0 = (
                                    BetaClickParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_0
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
                                componentsschemas_beta_computer_action_type_1 = (
                                    BetaDoubleClickAction.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "drag") not in ("drag",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_beta_computer_action_type_2 = (
                                    BetaDragParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "keypress") not in ("keypress",):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                componentsschemas_beta_computer_action_type_3 = (
                                    BetaKeyPressAction.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "move") not in ("move",):
                                    raise TypeError()
                                if _fits[4] < _most:
                                    raise TypeError()
                                componentsschemas_beta_computer_action_type_4 = (
                                    BetaMoveParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_4
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
                                componentsschemas_beta_computer_action_type_5 = (
                                    BetaScreenshotParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "scroll") not in ("scroll",):
                                    raise TypeError()
                                if _fits[6] < _most:
                                    raise TypeError()
                                componentsschemas_beta_computer_action_type_6 = (
                                    BetaScrollParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "type") not in ("type",):
                                    raise TypeError()
                                if _fits[7] < _most:
                                    raise TypeError()
                                componentsschemas_beta_computer_action_type_7 = (
                                    BetaTypeParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "wait") not in ("wait",):
                                    raise TypeError()
                                if _fits[8] < _most:
                                    raise TypeError()
                                componentsschemas_beta_computer_action_type_8 = (
                                    BetaWaitParam.from_dict(data)
                                )

                                return componentsschemas_beta_computer_action_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                BetaClickParam
                                | BetaDoubleClickAction
                                | BetaDragParam
                                | BetaKeyPressAction
                                | BetaMoveParam
                                | BetaScreenshotParam
                                | BetaScrollParam
                                | BetaTypeParam
                                | BetaWaitParam,
                                data,
                            )

                        componentsschemas_beta_computer_action_list_item = (
                            _parse_componentsschemas_beta_computer_action_list_item(
                                componentsschemas_beta_computer_action_list_item_data
                            )
                        )

                        actions.append(componentsschemas_beta_computer_action_list_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                actions = _actions_raw

        beta_computer_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            agent=agent,
            action=action,
            actions=actions,
        )
        if _none_flips:
            beta_computer_tool_call._none_flips = _none_flips

        beta_computer_tool_call.additional_properties = d
        return beta_computer_tool_call

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
