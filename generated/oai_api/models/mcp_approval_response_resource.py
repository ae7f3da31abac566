from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_response_resource_type import (
    MCPApprovalResponseResourceType,
    check_mcp_approval_response_resource_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="MCPApprovalResponseResource")


@_attrs_define
class MCPApprovalResponseResource:
    """The user's decision on an MCP tool call that waited for approval, as stored."""

    type_: MCPApprovalResponseResourceType
    """ Fixed tag `mcp_approval_response`. """
    id: str
    """ Unique ID. """
    approval_request_id: str
    """ ID of the approval request answered. """
    approve: bool
    """ Whether the call may go ahead. """
    reason: None | str = None
    """ Why, if a reason is given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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
                    "id": id,
                    "approval_request_id": approval_request_id,
                    "approve": approve,
                }.items()
                if v is not UNSET
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_mcp_approval_response_resource_type(_type__raw)

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

        mcp_approval_response_resource = cls(
            type_=type_,
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            reason=reason,
        )
        if _none_flips:
            mcp_approval_response_resource._none_flips = _none_flips

        mcp_approval_response_resource.additional_properties = d
        return mcp_approval_response_resource

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
