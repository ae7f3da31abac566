from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaResponseUsageOutputTokensDetails")


@_attrs_define
class BetaResponseUsageOutputTokensDetails:
    reasoning_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_reasoning_tokens = (
            self.reasoning_tokens
            if self.reasoning_tokens is not None
            or "reasoning_tokens" not in self._none_flips
            else UNSET
        )

        reasoning_tokens = _v_reasoning_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "reasoning_tokens": reasoning_tokens,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        reasoning_tokens = d.pop("reasoning_tokens", UNSET)
        if (
            reasoning_tokens is None or isinstance(reasoning_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("reasoning_tokens")

        if reasoning_tokens is None or reasoning_tokens is UNSET:
            if reasoning_tokens is UNSET:
                _none_flips += ("reasoning_tokens",)
            reasoning_tokens = None

        beta_response_usage_output_tokens_details = cls(
            reasoning_tokens=reasoning_tokens,
        )
        if _none_flips:
            beta_response_usage_output_tokens_details._none_flips = _none_flips

        beta_response_usage_output_tokens_details.additional_properties = d
        return beta_response_usage_output_tokens_details

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
