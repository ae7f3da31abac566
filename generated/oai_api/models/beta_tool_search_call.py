from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_call_status import (
    BetaFunctionCallStatus,
    check_beta_function_call_status,
)
from ..models.beta_tool_search_call_type import (
    BetaToolSearchCallType,
    check_beta_tool_search_call_type,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag


T = TypeVar("T", bound="BetaToolSearchCall")

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
class BetaToolSearchCall:
    """A tool search run to discover deferred tools, on the server or by your client."""

    type_: BetaToolSearchCallType
    id: str
    call_id: None | str
    execution: BetaToolSearchExecutionType
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    arguments: Any
    status: BetaFunctionCallStatus
    """ State of a tool call item. """
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    created_by: str | None = None
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

        if _v_call_id is None or isinstance(_v_call_id, Unset):
            call_id = _v_call_id
        else:
            call_id: None | str
            call_id = _v_call_id

        _v_execution = (
            self.execution
            if self.execution is not None or "execution" not in self._none_flips
            else UNSET
        )

        if _v_execution is None or isinstance(_v_execution, Unset):
            execution = _v_execution
        else:
            execution: str = _v_execution

        _v_arguments = (
            self.arguments
            if self.arguments is not None or "arguments" not in self._none_flips
            else UNSET
        )

        arguments = _v_arguments

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

        if not isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent
        else:
            agent: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_agent, Unset):
                agent = _v_agent.to_dict()

        _v_created_by = (
            self.created_by
            if self.created_by is not None or "created_by" in self._none_flips
            else UNSET
        )

        created_by = _v_created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "execution": execution,
                    "arguments": arguments,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
                type_ = check_beta_tool_search_call_type(_type__raw)

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

        _call_id_raw = d.pop("call_id", UNSET)
        if _call_id_raw is None or isinstance(_call_id_raw, Unset):
            if isinstance(_call_id_raw, Unset) and strict_parsing.get():
                raise KeyError("call_id")

            if _call_id_raw is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        else:
            try:

                def _parse_call_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                call_id = _parse_call_id(_call_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                call_id = _call_id_raw

        _execution_raw = d.pop("execution", UNSET)
        if _execution_raw is None or isinstance(_execution_raw, Unset):
            if strict_parsing.get():
                raise KeyError("execution")

            if _execution_raw is UNSET:
                _none_flips += ("execution",)
            execution = None

        else:
            try:
                execution = check_beta_tool_search_execution_type(_execution_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                execution = _execution_raw

        arguments = d.pop("arguments", UNSET)
        if isinstance(arguments, Unset) and strict_parsing.get():
            raise KeyError("arguments")

        if arguments is None or arguments is UNSET:
            if arguments is UNSET:
                _none_flips += ("arguments",)
            arguments = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_function_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

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

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        if created_by is None or created_by is UNSET:
            if created_by is None:
                _none_flips += ("created_by",)
            created_by = None

        beta_tool_search_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            arguments=arguments,
            status=status,
            agent=agent,
            created_by=created_by,
        )
        if _none_flips:
            beta_tool_search_call._none_flips = _none_flips

        beta_tool_search_call.additional_properties = d
        return beta_tool_search_call

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
