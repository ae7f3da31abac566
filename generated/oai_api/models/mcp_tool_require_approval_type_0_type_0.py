from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter


T = TypeVar("T", bound="MCPToolRequireApprovalType0Type0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter

    _models_bound = True


@_attrs_define
class MCPToolRequireApprovalType0Type0:
    always: MCPToolFilter | Unset = UNSET
    """ Selects MCP tools by name or read-only hint. """
    never: MCPToolFilter | Unset = UNSET
    """ Selects MCP tools by name or read-only hint. """

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if not isinstance(self.always, MCPToolFilter):
            always = self.always
        else:
            always: dict[str, Any] | Unset = UNSET
            if not isinstance(self.always, Unset):
                always = self.always.to_dict()

        if not isinstance(self.never, MCPToolFilter):
            never = self.never
        else:
            never: dict[str, Any] | Unset = UNSET
            if not isinstance(self.never, Unset):
                never = self.never.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _always_raw = d.pop("always", UNSET)
        if _always_raw is None or isinstance(_always_raw, Unset):
            if _always_raw is None and strict_parsing.get():
                raise TypeError("always")

            always = _always_raw
        else:
            try:
                _always = _always_raw
                always: MCPToolFilter | Unset
                if isinstance(_always, Unset):
                    always = UNSET
                else:
                    always = MCPToolFilter.from_dict(_always)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                always = _always_raw

        _never_raw = d.pop("never", UNSET)
        if _never_raw is None or isinstance(_never_raw, Unset):
            if _never_raw is None and strict_parsing.get():
                raise TypeError("never")

            never = _never_raw
        else:
            try:
                _never = _never_raw
                never: MCPToolFilter | Unset
                if isinstance(_never, Unset):
                    never = UNSET
                else:
                    never = MCPToolFilter.from_dict(_never)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                never = _never_raw

        mcp_tool_require_approval_type_0_type_0 = cls(
            always=always,
            never=never,
        )

        return mcp_tool_require_approval_type_0_type_0
