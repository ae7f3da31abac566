from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_type import MCPListToolsType, check_mcp_list_tools_type
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool


T = TypeVar("T", bound="MCPListTools")

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
class MCPListTools:
    """The tools an MCP server offers, as listed for the model."""

    type_: MCPListToolsType
    """ Fixed tag `mcp_list_tools`. """
    id: str
    """ Unique ID. """
    server_label: str
    """ Label of the MCP server. """
    tools: list[MCPListToolsTool]
    """ Tools the server offers. """
    error: None | str | Unset = UNSET
    """ Why listing failed, if it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        id = self.id

        server_label = self.server_label

        if not isinstance(self.tools, list):
            tools = self.tools
        else:
            tools = []
            for tools_item_data in self.tools:
                if not isinstance(tools_item_data, MCPListToolsTool):
                    tools.append(tools_item_data)
                    continue
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "server_label": server_label,
                    "tools": tools,
                }.items()
                if v is not UNSET
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_mcp_list_tools_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        server_label = d.pop("server_label", UNSET)
        if (
            server_label is None or isinstance(server_label, Unset)
        ) and strict_parsing.get():
            raise KeyError("server_label")

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            tools = _tools_raw
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

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            error = _error_raw
        else:
            try:

                def _parse_error(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                error = _parse_error(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        mcp_list_tools = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            tools=tools,
            error=error,
        )

        mcp_list_tools.additional_properties = d
        return mcp_list_tools

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
