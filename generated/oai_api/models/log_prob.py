from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.top_log_prob import TopLogProb


T = TypeVar("T", bound="LogProb")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, TopLogProb
    from ..models.top_log_prob import TopLogProb

    _models_bound = True


@_attrs_define
class LogProb:
    """Log probability of one output token with its top alternatives."""

    token: str
    """ Token text. """
    logprob: float
    """ Its log probability. """
    bytes_: list[int]
    """ UTF-8 bytes of the token. """
    top_logprobs: list[TopLogProb]
    """ Most likely alternatives. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        token = self.token

        logprob = self.logprob

        if not isinstance(self.bytes_, list):
            bytes_ = self.bytes_
        else:
            bytes_ = self.bytes_

        if not isinstance(self.top_logprobs, list):
            top_logprobs = self.top_logprobs
        else:
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                if not isinstance(top_logprobs_item_data, TopLogProb):
                    top_logprobs.append(top_logprobs_item_data)
                    continue
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "token": token,
                    "logprob": logprob,
                    "bytes": bytes_,
                    "top_logprobs": top_logprobs,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if (token is None or isinstance(token, Unset)) and strict_parsing.get():
            raise KeyError("token")

        logprob = d.pop("logprob", UNSET)
        if (logprob is None or isinstance(logprob, Unset)) and strict_parsing.get():
            raise KeyError("logprob")

        _bytes__raw = d.pop("bytes", UNSET)
        if _bytes__raw is None or isinstance(_bytes__raw, Unset):
            if strict_parsing.get():
                raise KeyError("bytes")

            bytes_ = _bytes__raw
        else:
            try:
                bytes_ = cast(list[int], _bytes__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                bytes_ = _bytes__raw

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            if strict_parsing.get():
                raise KeyError("top_logprobs")

            top_logprobs = _top_logprobs_raw
        else:
            try:
                top_logprobs = []
                _top_logprobs = _top_logprobs_raw
                if not isinstance(_top_logprobs, list):
                    raise TypeError()
                for top_logprobs_item_data in _top_logprobs:
                    top_logprobs_item = TopLogProb.from_dict(top_logprobs_item_data)

                    top_logprobs.append(top_logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_logprobs = _top_logprobs_raw

        log_prob = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
            top_logprobs=top_logprobs,
        )

        log_prob.additional_properties = d
        return log_prob

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
