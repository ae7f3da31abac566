from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_mcp_list_tools_type import (
    RealtimeMCPListToolsType,
    check_realtime_mcp_list_tools_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool


T = TypeVar("T", bound="RealtimeMCPListTools")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MCPListToolsTool
    from ..models.mcp_list_tools_tool import MCPListToolsTool

    _models_bound = True


@_attrs_define
class RealtimeMCPListTools:
    """Conversation item with the tool catalogue an MCP server exposes."""

    type_: RealtimeMCPListToolsType
    server_label: str
    tools: list[MCPListToolsTool]
    id: str | None = None
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

        _v_server_label = (
            self.server_label
            if self.server_label is not None or "server_label" not in self._none_flips
            else UNSET
        )

        server_label = _v_server_label

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools = []
            for tools_item_data in _v_tools:
                if not isinstance(tools_item_data, MCPListToolsTool):
                    tools.append(tools_item_data)
                    continue
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "server_label": server_label,
                    "tools": tools,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

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
                type_ = check_realtime_mcp_list_tools_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        server_label = d.pop("server_label", UNSET)
        if (
            server_label is None or isinstance(server_label, Unset)
        ) and strict_parsing.get():
            raise KeyError("server_label")

        if server_label is None or server_label is UNSET:
            if server_label is UNSET:
                _none_flips += ("server_label",)
            server_label = None

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            if _tools_raw is UNSET:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:
                    tools_item = MCPListToolsTool.from_dict(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        realtime_mcp_list_tools = cls(
            type_=type_,
            server_label=server_label,
            tools=tools,
            id=id,
        )
        if _none_flips:
            realtime_mcp_list_tools._none_flips = _none_flips

        realtime_mcp_list_tools.additional_properties = d
        return realtime_mcp_list_tools

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
