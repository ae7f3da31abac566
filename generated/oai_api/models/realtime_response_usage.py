from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails,
    )
    from ..models.realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails,
    )


T = TypeVar("T", bound="RealtimeResponseUsage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RealtimeResponseUsageInputTokenDetails, \
        RealtimeResponseUsageOutputTokenDetails
    from ..models.realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails,
    )
    from ..models.realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails,
    )

    _models_bound = True


@_attrs_define
class RealtimeResponseUsage:
    total_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    input_token_details: RealtimeResponseUsageInputTokenDetails | None = None
    output_token_details: RealtimeResponseUsageOutputTokenDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        _v_input_tokens = (
            self.input_tokens
            if self.input_tokens is not None or "input_tokens" in self._none_flips
            else UNSET
        )

        input_tokens = _v_input_tokens

        _v_output_tokens = (
            self.output_tokens
            if self.output_tokens is not None or "output_tokens" in self._none_flips
            else UNSET
        )

        output_tokens = _v_output_tokens

        _v_input_token_details = (
            self.input_token_details
            if self.input_token_details is not None
            or "input_token_details" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_input_token_details, RealtimeResponseUsageInputTokenDetails
        ):
            input_token_details = _v_input_token_details
        else:
            input_token_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_token_details, Unset):
                input_token_details = _v_input_token_details.to_dict()

        _v_output_token_details = (
            self.output_token_details
            if self.output_token_details is not None
            or "output_token_details" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_output_token_details, RealtimeResponseUsageOutputTokenDetails
        ):
            output_token_details = _v_output_token_details
        else:
            output_token_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_output_token_details, Unset):
                output_token_details = _v_output_token_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details
        if output_token_details is not UNSET:
            field_dict["output_token_details"] = output_token_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        total_tokens = d.pop("total_tokens", UNSET)
        if total_tokens is None and strict_parsing.get():
            raise TypeError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is None:
                _none_flips += ("total_tokens",)
            total_tokens = None

        input_tokens = d.pop("input_tokens", UNSET)
        if input_tokens is None and strict_parsing.get():
            raise TypeError("input_tokens")

        if input_tokens is None or input_tokens is UNSET:
            if input_tokens is None:
                _none_flips += ("input_tokens",)
            input_tokens = None

        output_tokens = d.pop("output_tokens", UNSET)
        if output_tokens is None and strict_parsing.get():
            raise TypeError("output_tokens")

        if output_tokens is None or output_tokens is UNSET:
            if output_tokens is None:
                _none_flips += ("output_tokens",)
            output_tokens = None

        _input_token_details_raw = d.pop("input_token_details", UNSET)
        if _input_token_details_raw is None or isinstance(
            _input_token_details_raw, Unset
        ):
            if _input_token_details_raw is None and strict_parsing.get():
                raise TypeError("input_token_details")

            if _input_token_details_raw is None:
                _none_flips += ("input_token_details",)
            input_token_details = None

        else:
            try:
                _input_token_details = _input_token_details_raw
                input_token_details: RealtimeResponseUsageInputTokenDetails | Unset
                if isinstance(_input_token_details, Unset):
                    input_token_details = UNSET
                else:
                    input_token_details = (
                        RealtimeResponseUsageInputTokenDetails.from_dict(
                            _input_token_details
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_token_details = _input_token_details_raw

        _output_token_details_raw = d.pop("output_token_details", UNSET)
        if _output_token_details_raw is None or isinstance(
            _output_token_details_raw, Unset
        ):
            if _output_token_details_raw is None and strict_parsing.get():
                raise TypeError("output_token_details")

            if _output_token_details_raw is None:
                _none_flips += ("output_token_details",)
            output_token_details = None

        else:
            try:
                _output_token_details = _output_token_details_raw
                output_token_details: RealtimeResponseUsageOutputTokenDetails | Unset
                if isinstance(_output_token_details, Unset):
                    output_token_details = UNSET
                else:
                    output_token_details = (
                        RealtimeResponseUsageOutputTokenDetails.from_dict(
                            _output_token_details
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_token_details = _output_token_details_raw

        realtime_response_usage = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_token_details=input_token_details,
            output_token_details=output_token_details,
        )
        if _none_flips:
            realtime_response_usage._none_flips = _none_flips

        realtime_response_usage.additional_properties = d
        return realtime_response_usage

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
