from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_tool_choice_mcp_type import (
    BetaToolChoiceMCPType,
    check_beta_tool_choice_mcp_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaToolChoiceMCP")


@_attrs_define
class BetaToolChoiceMCP:
    """Tool choice that forces a call to a tool on a given remote MCP server."""

    type_: BetaToolChoiceMCPType
    """ Fixed tag `mcp`. """
    server_label: str
    """ Which MCP server, by label, the forced tool lives on. """
    name: None | str = None
    """ Tool on that server to call; None lets the model pick among the server's tools. """
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

        _v_server_label = (
            self.server_label
            if self.server_label is not None or "server_label" not in self._none_flips
            else UNSET
        )

        server_label = _v_server_label

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "server_label": server_label,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

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
                type_ = check_beta_tool_choice_mcp_type(_type__raw)

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

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        beta_tool_choice_mcp = cls(
            type_=type_,
            server_label=server_label,
            name=name,
        )
        if _none_flips:
            beta_tool_choice_mcp._none_flips = _none_flips

        beta_tool_choice_mcp.additional_properties = d
        return beta_tool_choice_mcp

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
