from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="ProjectRateLimitUpdateRequest")


@_attrs_define
class ProjectRateLimitUpdateRequest:
    """New values for a project's model rate limits; omitted fields stay unchanged."""

    max_requests_per_1_minute: int | None = None
    """ Requests allowed per minute. """
    max_tokens_per_1_minute: int | None = None
    """ Tokens allowed per minute. """
    max_images_per_1_minute: int | None = None
    """ Images allowed per minute; applies to some models only. """
    max_audio_megabytes_per_1_minute: int | None = None
    """ Audio allowed per minute, in megabytes; applies to some models only. """
    max_requests_per_1_day: int | None = None
    """ Requests allowed per day; applies to some models only. """
    batch_1_day_max_input_tokens: int | None = None
    """ Input tokens allowed in batch jobs per day; applies to some models only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_max_requests_per_1_minute = (
            self.max_requests_per_1_minute
            if self.max_requests_per_1_minute is not None
            or "max_requests_per_1_minute" in self._none_flips
            else UNSET
        )

        max_requests_per_1_minute = _v_max_requests_per_1_minute

        _v_max_tokens_per_1_minute = (
            self.max_tokens_per_1_minute
            if self.max_tokens_per_1_minute is not None
            or "max_tokens_per_1_minute" in self._none_flips
            else UNSET
        )

        max_tokens_per_1_minute = _v_max_tokens_per_1_minute

        _v_max_images_per_1_minute = (
            self.max_images_per_1_minute
            if self.max_images_per_1_minute is not None
            or "max_images_per_1_minute" in self._none_flips
            else UNSET
        )

        max_images_per_1_minute = _v_max_images_per_1_minute

        _v_max_audio_megabytes_per_1_minute = (
            self.max_audio_megabytes_per_1_minute
            if self.max_audio_megabytes_per_1_minute is not None
            or "max_audio_megabytes_per_1_minute" in self._none_flips
            else UNSET
        )

        max_audio_megabytes_per_1_minute = _v_max_audio_megabytes_per_1_minute

        _v_max_requests_per_1_day = (
            self.max_requests_per_1_day
            if self.max_requests_per_1_day is not None
            or "max_requests_per_1_day" in self._none_flips
            else UNSET
        )

        max_requests_per_1_day = _v_max_requests_per_1_day

        _v_batch_1_day_max_input_tokens = (
            self.batch_1_day_max_input_tokens
            if self.batch_1_day_max_input_tokens is not None
            or "batch_1_day_max_input_tokens" in self._none_flips
            else UNSET
        )

        batch_1_day_max_input_tokens = _v_batch_1_day_max_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if max_requests_per_1_minute is not UNSET:
            field_dict["max_requests_per_1_minute"] = max_requests_per_1_minute
        if max_tokens_per_1_minute is not UNSET:
            field_dict["max_tokens_per_1_minute"] = max_tokens_per_1_minute
        if max_images_per_1_minute is not UNSET:
            field_dict["max_images_per_1_minute"] = max_images_per_1_minute
        if max_audio_megabytes_per_1_minute is not UNSET:
            field_dict["max_audio_megabytes_per_1_minute"] = (
                max_audio_megabytes_per_1_minute
            )
        if max_requests_per_1_day is not UNSET:
            field_dict["max_requests_per_1_day"] = max_requests_per_1_day
        if batch_1_day_max_input_tokens is not UNSET:
            field_dict["batch_1_day_max_input_tokens"] = batch_1_day_max_input_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)
        if max_requests_per_1_minute is None and strict_parsing.get():
            raise TypeError("max_requests_per_1_minute")

        if max_requests_per_1_minute is None or max_requests_per_1_minute is UNSET:
            if max_requests_per_1_minute is None:
                _none_flips += ("max_requests_per_1_minute",)
            max_requests_per_1_minute = None

        max_tokens_per_1_minute = d.pop("max_tokens_per_1_minute", UNSET)
        if max_tokens_per_1_minute is None and strict_parsing.get():
            raise TypeError("max_tokens_per_1_minute")

        if max_tokens_per_1_minute is None or max_tokens_per_1_minute is UNSET:
            if max_tokens_per_1_minute is None:
                _none_flips += ("max_tokens_per_1_minute",)
            max_tokens_per_1_minute = None

        max_images_per_1_minute = d.pop("max_images_per_1_minute", UNSET)
        if max_images_per_1_minute is None and strict_parsing.get():
            raise TypeError("max_images_per_1_minute")

        if max_images_per_1_minute is None or max_images_per_1_minute is UNSET:
            if max_images_per_1_minute is None:
                _none_flips += ("max_images_per_1_minute",)
            max_images_per_1_minute = None

        max_audio_megabytes_per_1_minute = d.pop(
            "max_audio_megabytes_per_1_minute", UNSET
        )
        if max_audio_megabytes_per_1_minute is None and strict_parsing.get():
            raise TypeError("max_audio_megabytes_per_1_minute")

        if (
            max_audio_megabytes_per_1_minute is None
            or max_audio_megabytes_per_1_minute is UNSET
        ):
            if max_audio_megabytes_per_1_minute is None:
                _none_flips += ("max_audio_megabytes_per_1_minute",)
            max_audio_megabytes_per_1_minute = None

        max_requests_per_1_day = d.pop("max_requests_per_1_day", UNSET)
        if max_requests_per_1_day is None and strict_parsing.get():
            raise TypeError("max_requests_per_1_day")

        if max_requests_per_1_day is None or max_requests_per_1_day is UNSET:
            if max_requests_per_1_day is None:
                _none_flips += ("max_requests_per_1_day",)
            max_requests_per_1_day = None

        batch_1_day_max_input_tokens = d.pop("batch_1_day_max_input_tokens", UNSET)
        if batch_1_day_max_input_tokens is None and strict_parsing.get():
            raise TypeError("batch_1_day_max_input_tokens")

        if (
            batch_1_day_max_input_tokens is None
            or batch_1_day_max_input_tokens is UNSET
        ):
            if batch_1_day_max_input_tokens is None:
                _none_flips += ("batch_1_day_max_input_tokens",)
            batch_1_day_max_input_tokens = None

        project_rate_limit_update_request = cls(
            max_requests_per_1_minute=max_requests_per_1_minute,
            max_tokens_per_1_minute=max_tokens_per_1_minute,
            max_images_per_1_minute=max_images_per_1_minute,
            max_audio_megabytes_per_1_minute=max_audio_megabytes_per_1_minute,
            max_requests_per_1_day=max_requests_per_1_day,
            batch_1_day_max_input_tokens=batch_1_day_max_input_tokens,
        )
        if _none_flips:
            project_rate_limit_update_request._none_flips = _none_flips

        project_rate_limit_update_request.additional_properties = d
        return project_rate_limit_update_request

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
