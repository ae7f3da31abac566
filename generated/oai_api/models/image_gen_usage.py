from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.image_gen_input_usage_details import ImageGenInputUsageDetails
    from ..models.image_gen_output_tokens_details import ImageGenOutputTokensDetails


T = TypeVar("T", bound="ImageGenUsage")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ImageGenInputUsageDetails, ImageGenOutputTokensDetails
    from ..models.image_gen_input_usage_details import ImageGenInputUsageDetails
    from ..models.image_gen_output_tokens_details import ImageGenOutputTokensDetails

    _models_bound = True


@_attrs_define
class ImageGenUsage:
    """Token usage of an image generation, split into text and image tokens."""

    input_tokens: int
    """ Tokens in the input. """
    total_tokens: int
    """ Input plus output tokens. """
    output_tokens: int
    """ Tokens generated. """
    input_tokens_details: ImageGenInputUsageDetails
    """ Input tokens of an image request by kind. """
    output_tokens_details: ImageGenOutputTokensDetails | None = None
    """ Output tokens of an image request by kind. """
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

        _v_total_tokens = (
            self.total_tokens
            if self.total_tokens is not None or "total_tokens" not in self._none_flips
            else UNSET
        )

        total_tokens = _v_total_tokens

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

        if not isinstance(_v_input_tokens_details, ImageGenInputUsageDetails):
            input_tokens_details = _v_input_tokens_details
        else:
            input_tokens_details = _v_input_tokens_details.to_dict()

        _v_output_tokens_details = (
            self.output_tokens_details
            if self.output_tokens_details is not None
            or "output_tokens_details" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output_tokens_details, ImageGenOutputTokensDetails):
            output_tokens_details = _v_output_tokens_details
        else:
            output_tokens_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_output_tokens_details, Unset):
                output_tokens_details = _v_output_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "input_tokens": input_tokens,
                    "total_tokens": total_tokens,
                    "output_tokens": output_tokens,
                    "input_tokens_details": input_tokens_details,
                }.items()
                if v is not UNSET
            }
        )
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

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

        total_tokens = d.pop("total_tokens", UNSET)
        if (
            total_tokens is None or isinstance(total_tokens, Unset)
        ) and strict_parsing.get():
            raise KeyError("total_tokens")

        if total_tokens is None or total_tokens is UNSET:
            if total_tokens is UNSET:
                _none_flips += ("total_tokens",)
            total_tokens = None

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
                input_tokens_details = ImageGenInputUsageDetails.from_dict(
                    _input_tokens_details_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_tokens_details = _input_tokens_details_raw

        _output_tokens_details_raw = d.pop("output_tokens_details", UNSET)
        if _output_tokens_details_raw is None or isinstance(
            _output_tokens_details_raw, Unset
        ):
            if _output_tokens_details_raw is None and strict_parsing.get():
                raise TypeError("output_tokens_details")

            if _output_tokens_details_raw is None:
                _none_flips += ("output_tokens_details",)
            output_tokens_details = None

        else:
            try:
                _output_tokens_details = _output_tokens_details_raw
                output_tokens_details: ImageGenOutputTokensDetails | Unset
                if isinstance(_output_tokens_details, Unset):
                    output_tokens_details = UNSET
                else:
                    output_tokens_details = ImageGenOutputTokensDetails.from_dict(
                        _output_tokens_details
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_tokens_details = _output_tokens_details_raw

        image_gen_usage = cls(
            input_tokens=input_tokens,
            total_tokens=total_tokens,
            output_tokens=output_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens_details=output_tokens_details,
        )
        if _none_flips:
            image_gen_usage._none_flips = _none_flips

        image_gen_usage.additional_properties = d
        return image_gen_usage

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
