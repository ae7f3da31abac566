from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaAgentTagParam")


@_attrs_define
class BetaAgentTagParam:
    """Names the agent, in a multi-agent run, that an input item came from."""

    agent_name: str
    """ Canonical name of the originating agent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_agent_name = (
            self.agent_name
            if self.agent_name is not None or "agent_name" not in self._none_flips
            else UNSET
        )

        agent_name = _v_agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "agent_name": agent_name,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        agent_name = d.pop("agent_name", UNSET)
        if (
            agent_name is None or isinstance(agent_name, Unset)
        ) and strict_parsing.get():
            raise KeyError("agent_name")

        if agent_name is None or agent_name is UNSET:
            if agent_name is UNSET:
                _none_flips += ("agent_name",)
            agent_name = None

        beta_agent_tag_param = cls(
            agent_name=agent_name,
        )
        if _none_flips:
            beta_agent_tag_param._none_flips = _none_flips

        beta_agent_tag_param.additional_properties = d
        return beta_agent_tag_param

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
