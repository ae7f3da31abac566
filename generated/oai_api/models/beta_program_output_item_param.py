from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_program_output_item_param_type import (
    BetaProgramOutputItemParamType,
    check_beta_program_output_item_param_type,
)
from ..models.beta_program_output_item_status import (
    BetaProgramOutputItemStatus,
    check_beta_program_output_item_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag_param import BetaAgentTagParam


T = TypeVar("T", bound="BetaProgramOutputItemParam")

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
class BetaProgramOutputItemParam:
    """Result of an earlier program, passed back as input."""

    id: str
    """ Identifier of this output item, e.g. `cmo_123`. """
    type_: BetaProgramOutputItemParamType
    """ Fixed tag `program_output`. """
    call_id: str
    """ The `call_id` (1 to 64 chars) of the program that produced this result. """
    result: str
    """ Value the program produced, as a string up to 10 MiB. """
    status: BetaProgramOutputItemStatus
    """ Final state of a program run you pass back: `completed` or `incomplete`. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_result = (
            self.result
            if self.result is not None or "result" not in self._none_flips
            else UNSET
        )

        result = _v_result

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
        elif isinstance(_v_agent, BetaAgentTagParam):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "type": type_,
                    "call_id": call_id,
                    "result": result,
                    "status": status,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_program_output_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        result = d.pop("result", UNSET)
        if (result is None or isinstance(result, Unset)) and strict_parsing.get():
            raise KeyError("result")

        if result is None or result is UNSET:
            if result is UNSET:
                _none_flips += ("result",)
            result = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_program_output_item_status(_status_raw)

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

        beta_program_output_item_param = cls(
            id=id,
            type_=type_,
            call_id=call_id,
            result=result,
            status=status,
            agent=agent,
        )
        if _none_flips:
            beta_program_output_item_param._none_flips = _none_flips

        beta_program_output_item_param.additional_properties = d
        return beta_program_output_item_param

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
