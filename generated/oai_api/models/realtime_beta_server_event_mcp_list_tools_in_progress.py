from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_mcp_list_tools_in_progress_type import (
    RealtimeBetaServerEventMCPListToolsInProgressType,
    check_realtime_beta_server_event_mcp_list_tools_in_progress_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeBetaServerEventMCPListToolsInProgress")


@_attrs_define
class RealtimeBetaServerEventMCPListToolsInProgress:
    """Server event: the MCP tool listing for an item is under way."""

    event_id: str
    type_: RealtimeBetaServerEventMCPListToolsInProgressType
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_event_id = (
            self.event_id
            if self.event_id is not None or "event_id" not in self._none_flips
            else UNSET
        )

        event_id = _v_event_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_item_id = (
            self.item_id
            if self.item_id is not None or "item_id" not in self._none_flips
            else UNSET
        )

        item_id = _v_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "event_id": event_id,
                    "type": type_,
                    "item_id": item_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        event_id = d.pop("event_id", UNSET)
        if (event_id is None or isinstance(event_id, Unset)) and strict_parsing.get():
            raise KeyError("event_id")

        if event_id is None or event_id is UNSET:
            if event_id is UNSET:
                _none_flips += ("event_id",)
            event_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = (
                    check_realtime_beta_server_event_mcp_list_tools_in_progress_type(
                        _type__raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        if item_id is None or item_id is UNSET:
            if item_id is UNSET:
                _none_flips += ("item_id",)
            item_id = None

        realtime_beta_server_event_mcp_list_tools_in_progress = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
        )
        if _none_flips:
            realtime_beta_server_event_mcp_list_tools_in_progress._none_flips = (
                _none_flips
            )

        realtime_beta_server_event_mcp_list_tools_in_progress.additional_properties = d
        return realtime_beta_server_event_mcp_list_tools_in_progress

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
