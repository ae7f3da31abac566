from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="RealtimeTruncationType1TokenLimits")


@_attrs_define
class RealtimeTruncationType1TokenLimits:
    """Custom token limits for this strategy; the model's defaults apply when omitted."""

    post_instructions: int | None = None
    """ Token budget for the conversation after instructions and tool definitions; truncation starts beyond it. At
    most the context window minus max output tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_post_instructions = (
            self.post_instructions
            if self.post_instructions is not None
            or "post_instructions" in self._none_flips
            else UNSET
        )

        post_instructions = _v_post_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if post_instructions is not UNSET:
            field_dict["post_instructions"] = post_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        post_instructions = d.pop("post_instructions", UNSET)
        if post_instructions is None and strict_parsing.get():
            raise TypeError("post_instructions")

        if post_instructions is None or post_instructions is UNSET:
            if post_instructions is None:
                _none_flips += ("post_instructions",)
            post_instructions = None

        realtime_truncation_type_1_token_limits = cls(
            post_instructions=post_instructions,
        )
        if _none_flips:
            realtime_truncation_type_1_token_limits._none_flips = _none_flips

        realtime_truncation_type_1_token_limits.additional_properties = d
        return realtime_truncation_type_1_token_limits

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
