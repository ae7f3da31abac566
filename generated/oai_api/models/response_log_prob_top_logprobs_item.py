from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ResponseLogProbTopLogprobsItem")


@_attrs_define
class ResponseLogProbTopLogprobsItem:
    token: str | Unset = UNSET
    """ The alternative token. """
    logprob: float | Unset = UNSET
    """ Its log probability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

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
        token = d.pop("token", UNSET)
        if token is None and strict_parsing.get():
            raise TypeError("token")

        logprob = d.pop("logprob", UNSET)
        if logprob is None and strict_parsing.get():
            raise TypeError("logprob")

        response_log_prob_top_logprobs_item = cls(
            token=token,
            logprob=logprob,
        )

        response_log_prob_top_logprobs_item.additional_properties = d
        return response_log_prob_top_logprobs_item

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
