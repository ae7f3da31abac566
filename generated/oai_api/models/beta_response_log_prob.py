from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_response_log_prob_top_logprobs_item import (
        BetaResponseLogProbTopLogprobsItem,
    )


T = TypeVar("T", bound="BetaResponseLogProb")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaResponseLogProbTopLogprobsItem
    from ..models.beta_response_log_prob_top_logprobs_item import (
        BetaResponseLogProbTopLogprobsItem,
    )

    _models_bound = True


@_attrs_define
class BetaResponseLogProb:
    """A token with its log probability (higher, i.e. nearer 0, means more confident) and optional alternatives."""

    token: str
    logprob: float
    top_logprobs: list[BetaResponseLogProbTopLogprobsItem] | None = None
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

        _v_top_logprobs = (
            self.top_logprobs
            if self.top_logprobs is not None or "top_logprobs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_top_logprobs, list):
            top_logprobs = _v_top_logprobs
        else:
            top_logprobs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_top_logprobs, Unset):
                top_logprobs = []
                for top_logprobs_item_data in _v_top_logprobs:
                    if not isinstance(
                        top_logprobs_item_data, BetaResponseLogProbTopLogprobsItem
                    ):
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
                }.items()
                if v is not UNSET
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

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

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            if _top_logprobs_raw is None and strict_parsing.get():
                raise TypeError("top_logprobs")

            if _top_logprobs_raw is None:
                _none_flips += ("top_logprobs",)
            top_logprobs = None

        else:
            try:
                _top_logprobs = _top_logprobs_raw
                top_logprobs: list[BetaResponseLogProbTopLogprobsItem] | Unset = UNSET
                if _top_logprobs is not UNSET:
                    top_logprobs = []
                    if not isinstance(_top_logprobs, list):
                        raise TypeError()
                    for top_logprobs_item_data in _top_logprobs:
                        top_logprobs_item = (
                            BetaResponseLogProbTopLogprobsItem.from_dict(
                                top_logprobs_item_data
                            )
                        )

                        top_logprobs.append(top_logprobs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_logprobs = _top_logprobs_raw

        beta_response_log_prob = cls(
            token=token,
            logprob=logprob,
            top_logprobs=top_logprobs,
        )
        if _none_flips:
            beta_response_log_prob._none_flips = _none_flips

        beta_response_log_prob.additional_properties = d
        return beta_response_log_prob

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
