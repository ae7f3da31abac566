from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="EvalRunPerModelUsageItem")


@_attrs_define
class EvalRunPerModelUsageItem:
    model_name: str
    invocation_count: int
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cached_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_model_name = (
            self.model_name
            if self.model_name is not None or "model_name" not in self._none_flips
            else UNSET
        )

        model_name = _v_model_name

        _v_invocation_count = (
            self.invocation_count
            if self.invocation_count is not None
            or "invocation_count" not in self._none_flips
            else UNSET
        )

        invocation_count = _v_invocation_count

        _v_prompt_tokens = (
            self.prompt_tokens
            if self.prompt_tokens is not None or "prompt_tokens" not in self._none_flips
            else UNSET
        )

        prompt_tokens = _v_prompt_tokens

        _v_completion_tokens = (
            self.completion_tokens
            if self.completion_tokens is not None
            or "completion_tokens" not in self._none_flips
            else UNSET
        )

        completion_tokens = _v_completion_tokens

        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        _v_cached_tokens = (
            self.cached_tokens
            if self.cached_tokens is not None or "cached_tokens" not in self._none_flips
            else UNSET
        )

        cached_tokens = _v_cached_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "model_name": model_name,
                    "invocation_count": invocation_count,
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": total_tokens,
                    "cached_tokens": cached_tokens,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        model_name = d.pop("model_name", UNSET)
        if (
            model_name is None or isinstance(model_name, Unset)
        ) and strict_parsing.get():
            raise KeyError("model_name")

        if model_name is None or model_name is UNSET:
            if model_name is UNSET:
                _none_flips += ("model_name",)
            model_name = None

        invocation_count = d.pop("invocation_count", UNSET)
        if (
            invocation_count is None or isinstance(invocation_count, Unset)
        ) and strict_parsing.get():
            raise KeyError("invocation_count")

        if invocation_count is None or invocation_count is UNSET:
            if invocation_count is UNSET:
                _none_flips += ("invocation_count",)
            invocation_count = None

        prompt_tokens = d.pop("prompt_tokens", UNSET)
        if (
            prompt_tokens is None or isinstance(prompt_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("prompt_tokens")

        if prompt_tokens is None or prompt_tokens is UNSET:
            if prompt_tokens is UNSET:
                _none_flips += ("prompt_tokens",)
            prompt_tokens = None

        completion_tokens = d.pop("completion_tokens", UNSET)
        if (
            completion_tokens is None or isinstance(completion_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("completion_tokens")

        if completion_tokens is None or completion_tokens is UNSET:
            if completion_tokens is UNSET:
                _none_flips += ("completion_tokens",)
            completion_tokens = None

        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

        cached_tokens = d.pop("cached_tokens", UNSET)
        if (
            cached_tokens is None or isinstance(cached_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("cached_tokens")

        if cached_tokens is None or cached_tokens is UNSET:
            if cached_tokens is UNSET:
                _none_flips += ("cached_tokens",)
            cached_tokens = None

        eval_run_per_model_usage_item = cls(
            model_name=model_name,
            invocation_count=invocation_count,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            cached_tokens=cached_tokens,
        )
        if _none_flips:
            eval_run_per_model_usage_item._none_flips = _none_flips

        eval_run_per_model_usage_item.additional_properties = d
        return eval_run_per_model_usage_item

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
