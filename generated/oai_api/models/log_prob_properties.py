from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="LogProbProperties")


@_attrs_define
class LogProbProperties:
    """A token with its log probability and UTF-8 bytes."""

    token: str
    logprob: float
    bytes_: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_token = (
            self.token
            if self.token is not None or "token" not in self._none_flips
            else UNSET
        )

        token = _v_token

        _v_logprob = (
            self.logprob
            if self.logprob is not None or "logprob" not in self._none_flips
            else UNSET
        )

        logprob = _v_logprob

        _v_bytes_ = (
            self.bytes_
            if self.bytes_ is not None or "bytes_" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_bytes_, list):
            bytes_ = _v_bytes_
        else:
            bytes_ = _v_bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "token": token,
                    "logprob": logprob,
                    "bytes": bytes_,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        token = d.pop("token", UNSET)
        if (token is None or isinstance(token, Unset)) and strict_parsing.get():
            raise KeyError("token")

        if token is None or token is UNSET:
            if token is UNSET:
                _none_flips += ("token",)
            token = None

        logprob = d.pop("logprob", UNSET)
        if (logprob is None or isinstance(logprob, Unset)) and strict_parsing.get():
            raise KeyError("logprob")

        if logprob is None or logprob is UNSET:
            if logprob is UNSET:
                _none_flips += ("logprob",)
            logprob = None

        _bytes__raw = d.pop("bytes", UNSET)
        if _bytes__raw is None or isinstance(_bytes__raw, Unset):
            if strict_parsing.get():
                raise KeyError("bytes")

            if _bytes__raw is UNSET:
                _none_flips += ("bytes_",)
            bytes_ = None

        else:
            try:
                bytes_ = cast(list[int], _bytes__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                bytes_ = _bytes__raw

        log_prob_properties = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
        )
        if _none_flips:
            log_prob_properties._none_flips = _none_flips

        log_prob_properties.additional_properties = d
        return log_prob_properties

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
