from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_reasoning_effort import (
    RealtimeReasoningEffort,
    check_realtime_reasoning_effort,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeReasoning")


@_attrs_define
class RealtimeReasoning:
    """Reasoning settings for Realtime models that can reason, e.g. `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | None = None
    """ How hard a reasoning Realtime model (e.g. `gpt-realtime-2`) thinks: `minimal` to `xhigh`; default `low`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_effort = (
            self.effort
            if self.effort is not None or "effort" in self._none_flips
            else UNSET
        )

        if _v_effort is None or isinstance(_v_effort, Unset):
            effort = _v_effort
        else:
            effort: str | Unset = UNSET
            if not isinstance(_v_effort, Unset):
                effort = _v_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _effort_raw = d.pop("effort", UNSET)
        if _effort_raw is None or isinstance(_effort_raw, Unset):
            if _effort_raw is None and strict_parsing.get():
                raise TypeError("effort")

            if _effort_raw is None:
                _none_flips += ("effort",)
            effort = None

        else:
            try:
                _effort = _effort_raw
                effort: RealtimeReasoningEffort | Unset
                if isinstance(_effort, Unset):
                    effort = UNSET
                else:
                    effort = check_realtime_reasoning_effort(_effort)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                effort = _effort_raw

        realtime_reasoning = cls(
            effort=effort,
        )
        if _none_flips:
            realtime_reasoning._none_flips = _none_flips

        realtime_reasoning.additional_properties = d
        return realtime_reasoning

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
