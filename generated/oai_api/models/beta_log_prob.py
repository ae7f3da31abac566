from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_top_log_prob import BetaTopLogProb


T = TypeVar("T", bound="BetaLogProb")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaTopLogProb
    from ..models.beta_top_log_prob import BetaTopLogProb

    _models_bound = True


@_attrs_define
class BetaLogProb:
    """One output token with its log probability and the most likely alternatives at that position."""

    token: str
    """ The token text. """
    logprob: float
    """ Natural-log probability of the token; closer to 0 means more likely. """
    bytes_: list[int]
    """ UTF-8 bytes of the token, as integers. """
    top_logprobs: list[BetaTopLogProb]
    """ Most likely alternative tokens at this position, each with its log probability. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        _v_top_logprobs = (
            self.top_logprobs
            if self.top_logprobs is not None or "top_logprobs" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_top_logprobs, list):
            top_logprobs = _v_top_logprobs
        else:
            top_logprobs = []
            for top_logprobs_item_data in _v_top_logprobs:
                if not isinstance(top_logprobs_item_data, BetaTopLogProb):
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

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            if strict_parsing.get():
                raise KeyError("top_logprobs")

            if _top_logprobs_raw is UNSET:
                _none_flips += ("top_logprobs",)
            top_logprobs = None

        else:
            try:
                top_logprobs = []
                _top_logprobs = _top_logprobs_raw
                if not isinstance(_top_logprobs, list):
                    raise TypeError()
                for top_logprobs_item_data in _top_logprobs:
                    top_logprobs_item = BetaTopLogProb.from_dict(top_logprobs_item_data)

                    top_logprobs.append(top_logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_logprobs = _top_logprobs_raw

        beta_log_prob = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
            top_logprobs=top_logprobs,
        )
        if _none_flips:
            beta_log_prob._none_flips = _none_flips

        beta_log_prob.additional_properties = d
        return beta_log_prob

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
