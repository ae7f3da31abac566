from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_response_usage_input_tokens_details import (
        BetaResponseUsageInputTokensDetails,
    )
    from ..models.beta_response_usage_output_tokens_details import (
        BetaResponseUsageOutputTokensDetails,
    )


T = TypeVar("T", bound="BetaResponseUsage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaResponseUsageInputTokensDetails, \
        BetaResponseUsageOutputTokensDetails
    from ..models.beta_response_usage_input_tokens_details import (
        BetaResponseUsageInputTokensDetails,
    )
    from ..models.beta_response_usage_output_tokens_details import (
        BetaResponseUsageOutputTokensDetails,
    )

    _models_bound = True


@_attrs_define
class BetaResponseUsage:
    """Token counts for the response: input, output (with reasoning breakdown) and total."""

    input_tokens: int
    input_tokens_details: BetaResponseUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: BetaResponseUsageOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_input_tokens = (
            self.input_tokens
            if self.input_tokens is not None or "input_tokens" not in self._none_flips
            else UNSET
        )

        input_tokens = _v_input_tokens

        _v_input_tokens_details = (
            self.input_tokens_details
            if self.input_tokens_details is not None
            or "input_tokens_details" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_tokens_details, BetaResponseUsageInputTokensDetails):
            input_tokens_details = _v_input_tokens_details
        else:
            input_tokens_details = _v_input_tokens_details.to_dict()

        _v_output_tokens = (
            self.output_tokens
            if self.output_tokens is not None or "output_tokens" not in self._none_flips
            else UNSET
        )

        output_tokens = _v_output_tokens

        _v_output_tokens_details = (
            self.output_tokens_details
            if self.output_tokens_details is not None
            or "output_tokens_details" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_output_tokens_details, BetaResponseUsageOutputTokensDetails
        ):
            output_tokens_details = _v_output_tokens_details
        else:
            output_tokens_details = _v_output_tokens_details.to_dict()

        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input_tokens": input_tokens,
                    "input_tokens_details": input_tokens_details,
                    "output_tokens": output_tokens,
                    "output_tokens_details": output_tokens_details,
                    "total_tokens": total_tokens,
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
        input_tokens = d.pop("input_tokens", UNSET)
        if (
            input_tokens is None or isinstance(input_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("input_tokens")

        if input_tokens is None or input_tokens is UNSET:
            if input_tokens is UNSET:
                _none_flips += ("input_tokens",)
            input_tokens = None

        _input_tokens_details_raw = d.pop("input_tokens_details", UNSET)
        if _input_tokens_details_raw is None or isinstance(
            _input_tokens_details_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("input_tokens_details")

            if _input_tokens_details_raw is UNSET:
                _none_flips += ("input_tokens_details",)
            input_tokens_details = None

        else:
            try:
                input_tokens_details = BetaResponseUsageInputTokensDetails.from_dict(
                    _input_tokens_details_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_tokens_details = _input_tokens_details_raw

        output_tokens = d.pop("output_tokens", UNSET)
        if (
            output_tokens is None or isinstance(output_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_tokens")

        if output_tokens is None or output_tokens is UNSET:
            if output_tokens is UNSET:
                _none_flips += ("output_tokens",)
            output_tokens = None

        _output_tokens_details_raw = d.pop("output_tokens_details", UNSET)
        if _output_tokens_details_raw is None or isinstance(
            _output_tokens_details_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("output_tokens_details")

            if _output_tokens_details_raw is UNSET:
                _none_flips += ("output_tokens_details",)
            output_tokens_details = None

        else:
            try:
                output_tokens_details = BetaResponseUsageOutputTokensDetails.from_dict(
                    _output_tokens_details_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_tokens_details = _output_tokens_details_raw

        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

        beta_response_usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
        )
        if _none_flips:
            beta_response_usage._none_flips = _none_flips

        beta_response_usage.additional_properties = d
        return beta_response_usage

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
