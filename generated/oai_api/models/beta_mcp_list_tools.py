from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_mcp_list_tools_type import (
    BetaMCPListToolsType,
    check_beta_mcp_list_tools_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_mcp_list_tools_tool import BetaMCPListToolsTool


T = TypeVar("T", bound="BetaMCPListTools")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaAgentTag, BetaMCPListToolsTool
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_mcp_list_tools_tool import BetaMCPListToolsTool

    _models_bound = True


@_attrs_define
class BetaMCPListTools:
    """The tool catalogue fetched from an MCP server."""

    type_: BetaMCPListToolsType
    """ Fixed tag `mcp_list_tools`. """
    id: str
    """ Identifier of this tool-list item. """
    server_label: str
    """ Label of the MCP server that was queried. """
    tools: list[BetaMCPListToolsTool]
    """ Tools the server offers. """
    agent: BetaAgentTag | None = None
    """ Agent that emitted this item, or None for the main agent. """
    error: None | str = None
    """ Why the tools could not be listed; None when listing succeeded. """
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
                if not isinstance(tools_item_data, BetaMCPListToolsTool):
                    tools.append(tools_item_data)
                    continue
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

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

        _v_error = (
            self.error
            if self.error is not None or "error" in self._none_flips
            else UNSET
        )

        error: None | str | Unset
        if isinstance(_v_error, Unset):
            error = UNSET
        else:
            error = _v_error

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
        if agent is not UNSET:
            field_dict["agent"] = agent
        if error is not UNSET:
            field_dict["error"] = error

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
                type_ = check_beta_mcp_list_tools_type(_type__raw)

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
                    tools_item = BetaMCPListToolsTool.from_dict(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

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

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if _error_raw is None:
                _none_flips += ("error",)
            error = None

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

        beta_mcp_list_tools = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            tools=tools,
            agent=agent,
            error=error,
        )
        if _none_flips:
            beta_mcp_list_tools._none_flips = _none_flips

        beta_mcp_list_tools.additional_properties = d
        return beta_mcp_list_tools

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
