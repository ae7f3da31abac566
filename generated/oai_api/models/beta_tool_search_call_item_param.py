from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..models.beta_tool_search_call_item_param_type import (
    BetaToolSearchCallItemParamType,
    check_beta_tool_search_call_item_param_type,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_empty_model_param import BetaEmptyModelParam


T = TypeVar("T", bound="BetaToolSearchCallItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTagParam, BetaEmptyModelParam
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_empty_model_param import BetaEmptyModelParam

    _models_bound = True


@_attrs_define
class BetaToolSearchCallItemParam:
    """An earlier tool search call, passed back as input."""

    type_: BetaToolSearchCallItemParamType
    """ Fixed tag `tool_search_call`. """
    arguments: BetaEmptyModelParam
    """ A free-form JSON object. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this item, e.g. `tsc_123`; optional. """
    call_id: None | str = None
    """ Model-generated ID of the search call (1 to 64 chars); optional. """
    execution: BetaToolSearchExecutionType | None = None
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    status: BetaFunctionCallItemStatus | None = None
    """ State of the search call; None if not known. """
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

        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_arguments, BetaEmptyModelParam):
            arguments = _v_arguments
        else:
            arguments = _v_arguments.to_dict()

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

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" in self._none_flips
            else UNSET
        )

        call_id: None | str | Unset
        if isinstance(_v_call_id, Unset):
            call_id = UNSET
        else:
            call_id = _v_call_id

        _v_execution = (
            self.execution
            if self.execution is not None or "execution" in self._none_flips
            else UNSET
        )

        if _v_execution is None or isinstance(_v_execution, Unset):
            execution = _v_execution
        else:
            execution: str | Unset = UNSET
            if not isinstance(_v_execution, Unset):
                execution = _v_execution

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        status: None | str | Unset
        if isinstance(_v_status, Unset):
            status = UNSET
        else:
            status = _v_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "arguments": arguments,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if status is not UNSET:
            field_dict["status"] = status

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
                type_ = check_beta_tool_search_call_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _arguments_raw = d.pop("arguments", UNSET)
        if _arguments_raw is None or isinstance(_arguments_raw, Unset):
            if strict_parsing.get():
                raise KeyError("arguments")

            if _arguments_raw is UNSET:
                _none_flips += ("arguments",)
            arguments = None

        else:
            try:
                arguments = BetaEmptyModelParam.from_dict(_arguments_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                arguments = _arguments_raw

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

        _call_id_raw = d.pop("call_id", UNSET)
        if _call_id_raw is None or isinstance(_call_id_raw, Unset):
            if _call_id_raw is None:
                _none_flips += ("call_id",)
            call_id = None

        else:
            try:

                def _parse_call_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                call_id = _parse_call_id(_call_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                call_id = _call_id_raw

        _execution_raw = d.pop("execution", UNSET)
        if _execution_raw is None or isinstance(_execution_raw, Unset):
            if _execution_raw is None and strict_parsing.get():
                raise TypeError("execution")

            if _execution_raw is None:
                _none_flips += ("execution",)
            execution = None

        else:
            try:
                _execution = _execution_raw
                execution: BetaToolSearchExecutionType | Unset
                if isinstance(_execution, Unset):
                    execution = UNSET
                else:
                    execution = check_beta_tool_search_execution_type(_execution)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                execution = _execution_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:

                def _parse_status(
                    data: object,
                ) -> BetaFunctionCallItemStatus | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        status_type_0 = check_beta_function_call_item_status(data)

                        return status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaFunctionCallItemStatus | None | Unset, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        beta_tool_search_call_item_param = cls(
            type_=type_,
            arguments=arguments,
            agent=agent,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
        )
        if _none_flips:
            beta_tool_search_call_item_param._none_flips = _none_flips

        beta_tool_search_call_item_param.additional_properties = d
        return beta_tool_search_call_item_param

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
