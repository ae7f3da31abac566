from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaMCPToolFilter")


@_attrs_define
class BetaMCPToolFilter:
    """Selects MCP tools by name and/or by whether they are read-only."""

    tool_names: list[str] | None = None
    """ Names of the tools this filter matches. """
    read_only: bool | None = None
    """ Match tools by their read-only flag: servers mark non-modifying tools with the `readOnlyHint` annotation.
    """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_tool_names = (
            self.tool_names
            if self.tool_names is not None or "tool_names" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tool_names, list):
            tool_names = _v_tool_names
        else:
            tool_names: list[str] | Unset = UNSET
            if not isinstance(_v_tool_names, Unset):
                tool_names = _v_tool_names

        _v_read_only = (
            self.read_only
            if self.read_only is not None or "read_only" in self._none_flips
            else UNSET
        )

        read_only = _v_read_only

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
        _none_flips: tuple[str, ...] = ()
        _tool_names_raw = d.pop("tool_names", UNSET)
        if _tool_names_raw is None or isinstance(_tool_names_raw, Unset):
            if _tool_names_raw is None and strict_parsing.get():
                raise TypeError("tool_names")

            if _tool_names_raw is None:
                _none_flips += ("tool_names",)
            tool_names = None

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

        if read_only is None or read_only is UNSET:
            if read_only is None:
                _none_flips += ("read_only",)
            read_only = None

        beta_mcp_tool_filter = cls(
            tool_names=tool_names,
            read_only=read_only,
        )
        if _none_flips:
            beta_mcp_tool_filter._none_flips = _none_flips

        return beta_mcp_tool_filter
