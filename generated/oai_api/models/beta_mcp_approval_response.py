from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_mcp_approval_response_type import (
    BetaMCPApprovalResponseType,
    check_beta_mcp_approval_response_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag


T = TypeVar("T", bound="BetaMCPApprovalResponse")

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
class BetaMCPApprovalResponse:
    """Your decision on an `mcp_approval_request`: allow or deny the proposed tool call."""

    type_: BetaMCPApprovalResponseType
    """ Fixed tag `mcp_approval_response`. """
    approval_request_id: str
    """ Which `mcp_approval_request` this decision is for. """
    approve: bool
    """ True lets the tool call go ahead; false refuses it. """
    agent: BetaAgentTag | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this approval response item; None if not assigned yet. """
    reason: None | str = None
    """ Optional explanation for approving or refusing. """
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

        _v_approval_request_id = (
            self.approval_request_id
            if self.approval_request_id is not None
            or "approval_request_id" not in self._none_flips
            else UNSET
        )

        approval_request_id = _v_approval_request_id

        _v_approve = (
            self.approve
            if self.approve is not None or "approve" not in self._none_flips
            else UNSET
        )

        approve = _v_approve

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

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id: None | str | Unset
        if isinstance(_v_id, Unset):
            id = UNSET
        else:
            id = _v_id

        _v_reason = (
            self.reason
            if self.reason is not None or "reason" in self._none_flips
            else UNSET
        )

        reason: None | str | Unset
        if isinstance(_v_reason, Unset):
            reason = UNSET
        else:
            reason = _v_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "approval_request_id": approval_request_id,
                    "approve": approve,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

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
                type_ = check_beta_mcp_approval_response_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        approval_request_id = d.pop("approval_request_id", UNSET)
        if (
            approval_request_id is None or isinstance(approval_request_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("approval_request_id")

        if approval_request_id is None or approval_request_id is UNSET:
            if approval_request_id is UNSET:
                _none_flips += ("approval_request_id",)
            approval_request_id = None

        approve = d.pop("approve", UNSET)
        if (approve is None or isinstance(approve, Unset)) and strict_parsing.get():
            raise KeyError("approve")

        if approve is None or approve is UNSET:
            if approve is UNSET:
                _none_flips += ("approve",)
            approve = None

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

        _reason_raw = d.pop("reason", UNSET)
        if _reason_raw is None or isinstance(_reason_raw, Unset):
            if _reason_raw is None:
                _none_flips += ("reason",)
            reason = None

        else:
            try:

                def _parse_reason(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                reason = _parse_reason(_reason_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reason = _reason_raw

        beta_mcp_approval_response = cls(
            type_=type_,
            approval_request_id=approval_request_id,
            approve=approve,
            agent=agent,
            id=id,
            reason=reason,
        )
        if _none_flips:
            beta_mcp_approval_response._none_flips = _none_flips

        beta_mcp_approval_response.additional_properties = d
        return beta_mcp_approval_response

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
