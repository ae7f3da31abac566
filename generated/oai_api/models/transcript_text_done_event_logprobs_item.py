from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="TranscriptTextDoneEventLogprobsItem")


@_attrs_define
class TranscriptTextDoneEventLogprobsItem:
    token: str | Unset = UNSET
    """ Token text. """
    logprob: float | Unset = UNSET
    """ Its log probability. """
    bytes_: list[int] | Unset = UNSET
    """ UTF-8 bytes of the token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        if not isinstance(self.bytes_, list):
            bytes_ = self.bytes_
        else:
            bytes_: list[int] | Unset = UNSET
            if not isinstance(self.bytes_, Unset):
                bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if token is not UNSET:
            field_dict["token"] = token
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

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

        _bytes__raw = d.pop("bytes", UNSET)
        if _bytes__raw is None or isinstance(_bytes__raw, Unset):
            if _bytes__raw is None and strict_parsing.get():
                raise TypeError("bytes")

            bytes_ = _bytes__raw
        else:
            try:
                bytes_ = cast(list[int], _bytes__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                bytes_ = _bytes__raw

        transcript_text_done_event_logprobs_item = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
        )

        transcript_text_done_event_logprobs_item.additional_properties = d
        return transcript_text_done_event_logprobs_item

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
