from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="MCPToolFilter")


@_attrs_define
class MCPToolFilter:
    """Selects MCP tools by name or read-only hint."""

    tool_names: list[str] | Unset = UNSET
    """ Tool names to match. """
    read_only: bool | Unset = UNSET
    """ Match tools that declare themselves read-only. """

    def to_dict(self) -> dict[str, Any]:
        if not isinstance(self.tool_names, list):
            tool_names = self.tool_names
        else:
            tool_names: list[str] | Unset = UNSET
            if not isinstance(self.tool_names, Unset):
                tool_names = self.tool_names

        read_only = self.read_only

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _tool_names_raw = d.pop("tool_names", UNSET)
        if _tool_names_raw is None or isinstance(_tool_names_raw, Unset):
            if _tool_names_raw is None and strict_parsing.get():
                raise TypeError("tool_names")

            tool_names = _tool_names_raw
        else:
            try:
                tool_names = cast(list[str], _tool_names_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_names = _tool_names_raw

        read_only = d.pop("read_only", UNSET)
        if read_only is None and strict_parsing.get():
            raise TypeError("read_only")

        mcp_tool_filter = cls(
            tool_names=tool_names,
            read_only=read_only,
        )

        return mcp_tool_filter
