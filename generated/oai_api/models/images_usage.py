from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails


T = TypeVar("T", bound="ImagesUsage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ImagesUsageInputTokensDetails
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails

    _models_bound = True


@_attrs_define
class ImagesUsage:
    """Token usage of an image generation (GPT image models)."""

    total_tokens: int
    """ Input plus output tokens. """
    input_tokens: int
    """ Tokens in the input. """
    output_tokens: int
    """ Tokens generated. """
    input_tokens_details: ImagesUsageInputTokensDetails
    """ Input tokens by kind. """
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
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

        _v_input_tokens = (
            self.input_tokens
            if self.input_tokens is not None or "input_tokens" not in self._none_flips
            else UNSET
        )

        input_tokens = _v_input_tokens

        _v_output_tokens = (
            self.output_tokens
            if self.output_tokens is not None or "output_tokens" not in self._none_flips
            else UNSET
        )

        output_tokens = _v_output_tokens

        _v_input_tokens_details = (
            self.input_tokens_details
            if self.input_tokens_details is not None
            or "input_tokens_details" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_tokens_details, ImagesUsageInputTokensDetails):
            input_tokens_details = _v_input_tokens_details
        else:
            input_tokens_details = _v_input_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "total_tokens": total_tokens,
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "input_tokens_details": input_tokens_details,
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
        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

        input_tokens = d.pop("input_tokens", UNSET)
        if (
            input_tokens is None or isinstance(input_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("input_tokens")

        if input_tokens is None or input_tokens is UNSET:
            if input_tokens is UNSET:
                _none_flips += ("input_tokens",)
            input_tokens = None

        output_tokens = d.pop("output_tokens", UNSET)
        if (
            output_tokens is None or isinstance(output_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_tokens")

        if output_tokens is None or output_tokens is UNSET:
            if output_tokens is UNSET:
                _none_flips += ("output_tokens",)
            output_tokens = None

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
                input_tokens_details = ImagesUsageInputTokensDetails.from_dict(
                    _input_tokens_details_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_tokens_details = _input_tokens_details_raw

        images_usage = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_tokens_details=input_tokens_details,
        )
        if _none_flips:
            images_usage._none_flips = _none_flips

        images_usage.additional_properties = d
        return images_usage

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
