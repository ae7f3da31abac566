from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="BetaResponseLogProbTopLogprobsItem")


@_attrs_define
class BetaResponseLogProbTopLogprobsItem:
    token: str | None = None
    logprob: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_token = (
            self.token
            if self.token is not None or "token" in self._none_flips
            else UNSET
        )

        token = _v_token

        _v_logprob = (
            self.logprob
            if self.logprob is not None or "logprob" in self._none_flips
            else UNSET
        )

        logprob = _v_logprob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if token is not UNSET:
            field_dict["token"] = token
        if logprob is not UNSET:
            field_dict["logprob"] = logprob

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        token = d.pop("token", UNSET)
        if token is None and strict_parsing.get():
            raise TypeError("token")

        if token is None or token is UNSET:
            if token is None:
                _none_flips += ("token",)
            token = None

        logprob = d.pop("logprob", UNSET)
        if logprob is None and strict_parsing.get():
            raise TypeError("logprob")

        if logprob is None or logprob is UNSET:
            if logprob is None:
                _none_flips += ("logprob",)
            logprob = None

        beta_response_log_prob_top_logprobs_item = cls(
            token=token,
            logprob=logprob,
        )
        if _none_flips:
            beta_response_log_prob_top_logprobs_item._none_flips = _none_flips

        beta_response_log_prob_top_logprobs_item.additional_properties = d
        return beta_response_log_prob_top_logprobs_item

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
