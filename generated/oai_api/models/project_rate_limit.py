from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_rate_limit_object import (
    ProjectRateLimitObject,
    check_project_rate_limit_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ProjectRateLimit")


@_attrs_define
class ProjectRateLimit:
    """Rate limits of one model within a project."""

    object_: ProjectRateLimitObject
    id: str
    model: str
    max_requests_per_1_minute: int
    max_tokens_per_1_minute: int
    max_images_per_1_minute: int | None = None
    max_audio_megabytes_per_1_minute: int | None = None
    max_requests_per_1_day: int | None = None
    batch_1_day_max_input_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_max_requests_per_1_minute = (
            self.max_requests_per_1_minute
            if self.max_requests_per_1_minute is not None
            or "max_requests_per_1_minute" not in self._none_flips
            else UNSET
        )

        max_requests_per_1_minute = _v_max_requests_per_1_minute

        _v_max_tokens_per_1_minute = (
            self.max_tokens_per_1_minute
            if self.max_tokens_per_1_minute is not None
            or "max_tokens_per_1_minute" not in self._none_flips
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
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "model": model,
                    "max_requests_per_1_minute": max_requests_per_1_minute,
                    "max_tokens_per_1_minute": max_tokens_per_1_minute,
                }.items()
                if v is not UNSET
            }
        )
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
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_project_rate_limit_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)
        if (
            max_requests_per_1_minute is None
            or isinstance(max_requests_per_1_minute, Unset)
        ) and strict_parsing.get():
            raise KeyError("max_requests_per_1_minute")

        if max_requests_per_1_minute is None or max_requests_per_1_minute is UNSET:
            if max_requests_per_1_minute is UNSET:
                _none_flips += ("max_requests_per_1_minute",)
            max_requests_per_1_minute = None

        max_tokens_per_1_minute = d.pop("max_tokens_per_1_minute", UNSET)
        if (
            max_tokens_per_1_minute is None
            or isinstance(max_tokens_per_1_minute, Unset)
        ) and strict_parsing.get():
            raise KeyError("max_tokens_per_1_minute")

        if max_tokens_per_1_minute is None or max_tokens_per_1_minute is UNSET:
            if max_tokens_per_1_minute is UNSET:
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

        project_rate_limit = cls(
            object_=object_,
            id=id,
            model=model,
            max_requests_per_1_minute=max_requests_per_1_minute,
            max_tokens_per_1_minute=max_tokens_per_1_minute,
            max_images_per_1_minute=max_images_per_1_minute,
            max_audio_megabytes_per_1_minute=max_audio_megabytes_per_1_minute,
            max_requests_per_1_day=max_requests_per_1_day,
            batch_1_day_max_input_tokens=batch_1_day_max_input_tokens,
        )
        if _none_flips:
            project_rate_limit._none_flips = _none_flips

        project_rate_limit.additional_properties = d
        return project_rate_limit

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
