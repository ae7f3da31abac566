from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_multi_agent_action import (
    BetaMultiAgentAction,
    check_beta_multi_agent_action,
)
from ..models.beta_multi_agent_call_type import (
    BetaMultiAgentCallType,
    check_beta_multi_agent_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag


T = TypeVar("T", bound="BetaMultiAgentCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag
    from ..models.beta_agent_tag import BetaAgentTag

    _models_bound = True


@_attrs_define
class BetaMultiAgentCall:
    """The model invoking a multi-agent operation, such as spawning or messaging a subagent."""

    type_: BetaMultiAgentCallType
    id: str
    call_id: str
    action: BetaMultiAgentAction
    """ Operation in a multi-agent tree: `spawn_agent`, `interrupt_agent`, `list_agents`, `send_message`,
    `followup_task` or `wait_agent`. """
    arguments: str
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
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

        _v_action = (
            self.action
            if self.action is not None or "action" not in self._none_flips
            else UNSET
        )

        if _v_action is None or isinstance(_v_action, Unset):
            action = _v_action
        else:
            action: str = _v_action

        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" not in self._none_flips
            else UNSET
        )

        arguments = _v_arguments

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent
        else:
            agent: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_agent, Unset):
                agent = _v_agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "action": action,
                    "arguments": arguments,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

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
                type_ = check_beta_multi_agent_call_type(_type__raw)

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

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if strict_parsing.get():
                raise KeyError("action")

            if _action_raw is UNSET:
                _none_flips += ("action",)
            action = None

        else:
            try:
                action = check_beta_multi_agent_action(_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                action = _action_raw

        arguments = d.pop("arguments", UNSET)
        if (arguments is None or isinstance(arguments, Unset)) and strict_parsing.get():
            raise KeyError("arguments")

        if arguments is None or arguments is UNSET:
            if arguments is UNSET:
                _none_flips += ("arguments",)
            arguments = None

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None and strict_parsing.get():
                raise TypeError("agent")

            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:
                _agent = _agent_raw
                agent: BetaAgentTag | Unset
                if isinstance(_agent, Unset):
                    agent = UNSET
                else:
                    agent = BetaAgentTag.from_dict(_agent)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        beta_multi_agent_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            arguments=arguments,
            agent=agent,
        )
        if _none_flips:
            beta_multi_agent_call._none_flips = _none_flips

        beta_multi_agent_call.additional_properties = d
        return beta_multi_agent_call

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
