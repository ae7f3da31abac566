from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_multi_agent_action_1 import (
    BetaMultiAgentAction1,
    check_beta_multi_agent_action_1,
)
from ..models.beta_multi_agent_call_item_param_type import (
    BetaMultiAgentCallItemParamType,
    check_beta_multi_agent_call_item_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag_param import BetaAgentTagParam


T = TypeVar("T", bound="BetaMultiAgentCallItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTagParam
    from ..models.beta_agent_tag_param import BetaAgentTagParam

    _models_bound = True


@_attrs_define
class BetaMultiAgentCallItemParam:
    """A previous multi-agent operation call, passed back as input."""

    call_id: str
    """ ID (1 to 64 chars) that pairs this call with its output item. """
    type_: BetaMultiAgentCallItemParamType
    """ Fixed tag `multi_agent_call`. """
    action: BetaMultiAgentAction1
    """ Operation in a multi-agent tree: `spawn_agent`, `interrupt_agent`, `list_agents`, `send_message`,
    `followup_task` or `wait_agent`. """
    arguments: str
    """ JSON-encoded arguments for the operation. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this call item, e.g. `mac_123`; optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

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

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTagParam):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id: None | str | Unset
        if isinstance(_v_id, Unset):
            id = UNSET
        else:
            id = _v_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "call_id": call_id,
                    "type": type_,
                    "action": action,
                    "arguments": arguments,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_multi_agent_call_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if strict_parsing.get():
                raise KeyError("action")

            if _action_raw is UNSET:
                _none_flips += ("action",)
            action = None

        else:
            try:
                action = check_beta_multi_agent_action_1(_action_raw)

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
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTagParam.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTagParam | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        _id_raw = d.pop("id", UNSET)
        if _id_raw is None or isinstance(_id_raw, Unset):
            if _id_raw is None:
                _none_flips += ("id",)
            id = None

        else:
            try:

                def _parse_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                id = _parse_id(_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                id = _id_raw

        beta_multi_agent_call_item_param = cls(
            call_id=call_id,
            type_=type_,
            action=action,
            arguments=arguments,
            agent=agent,
            id=id,
        )
        if _none_flips:
            beta_multi_agent_call_item_param._none_flips = _none_flips

        beta_multi_agent_call_item_param.additional_properties = d
        return beta_multi_agent_call_item_param

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
