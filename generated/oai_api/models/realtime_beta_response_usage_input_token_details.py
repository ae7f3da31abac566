from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )


T = TypeVar("T", bound="RealtimeBetaResponseUsageInputTokenDetails")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )

    _models_bound = True


@_attrs_define
class RealtimeBetaResponseUsageInputTokenDetails:
    cached_tokens: int | None = None
    text_tokens: int | None = None
    image_tokens: int | None = None
    audio_tokens: int | None = None
    cached_tokens_details: (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_cached_tokens = (
            self.cached_tokens
            if self.cached_tokens is not None or "cached_tokens" in self._none_flips
            else UNSET
        )

        cached_tokens = _v_cached_tokens

        _v_text_tokens = (
            self.text_tokens
            if self.text_tokens is not None or "text_tokens" in self._none_flips
            else UNSET
        )

        text_tokens = _v_text_tokens

        _v_image_tokens = (
            self.image_tokens
            if self.image_tokens is not None or "image_tokens" in self._none_flips
            else UNSET
        )

        image_tokens = _v_image_tokens

        _v_audio_tokens = (
            self.audio_tokens
            if self.audio_tokens is not None or "audio_tokens" in self._none_flips
            else UNSET
        )

        audio_tokens = _v_audio_tokens

        _v_cached_tokens_details = (
            self.cached_tokens_details
            if self.cached_tokens_details is not None
            or "cached_tokens_details" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_cached_tokens_details,
            RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
        ):
            cached_tokens_details = _v_cached_tokens_details
        else:
            cached_tokens_details: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_cached_tokens_details, Unset):
                cached_tokens_details = _v_cached_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if cached_tokens_details is not UNSET:
            field_dict["cached_tokens_details"] = cached_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        cached_tokens = d.pop("cached_tokens", UNSET)
        if cached_tokens is None and strict_parsing.get():
            raise TypeError("cached_tokens")

        if cached_tokens is None or cached_tokens is UNSET:
            if cached_tokens is None:
                _none_flips += ("cached_tokens",)
            cached_tokens = None

        text_tokens = d.pop("text_tokens", UNSET)
        if text_tokens is None and strict_parsing.get():
            raise TypeError("text_tokens")

        if text_tokens is None or text_tokens is UNSET:
            if text_tokens is None:
                _none_flips += ("text_tokens",)
            text_tokens = None

        image_tokens = d.pop("image_tokens", UNSET)
        if image_tokens is None and strict_parsing.get():
            raise TypeError("image_tokens")

        if image_tokens is None or image_tokens is UNSET:
            if image_tokens is None:
                _none_flips += ("image_tokens",)
            image_tokens = None

        audio_tokens = d.pop("audio_tokens", UNSET)
        if audio_tokens is None and strict_parsing.get():
            raise TypeError("audio_tokens")

        if audio_tokens is None or audio_tokens is UNSET:
            if audio_tokens is None:
                _none_flips += ("audio_tokens",)
            audio_tokens = None

        _cached_tokens_details_raw = d.pop("cached_tokens_details", UNSET)
        if _cached_tokens_details_raw is None or isinstance(
            _cached_tokens_details_raw, Unset
        ):
            if _cached_tokens_details_raw is None and strict_parsing.get():
                raise TypeError("cached_tokens_details")

            if _cached_tokens_details_raw is None:
                _none_flips += ("cached_tokens_details",)
            cached_tokens_details = None

        else:
            try:
                _cached_tokens_details = _cached_tokens_details_raw
                cached_tokens_details: (
                    RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails
                    | Unset
                )
                if isinstance(_cached_tokens_details, Unset):
                    cached_tokens_details = UNSET
                else:
                    cached_tokens_details = RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails.from_dict(
                        _cached_tokens_details
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                cached_tokens_details = _cached_tokens_details_raw

        realtime_beta_response_usage_input_token_details = cls(
            cached_tokens=cached_tokens,
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
            cached_tokens_details=cached_tokens_details,
        )
        if _none_flips:
            realtime_beta_response_usage_input_token_details._none_flips = _none_flips

        realtime_beta_response_usage_input_token_details.additional_properties = d
        return realtime_beta_response_usage_input_token_details

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
