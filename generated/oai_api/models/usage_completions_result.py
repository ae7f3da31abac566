from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_completions_result_object import (
    UsageCompletionsResultObject,
    check_usage_completions_result_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="UsageCompletionsResult")


@_attrs_define
class UsageCompletionsResult:
    """Completions usage in one time bucket: token counts by kind and request count, per group if grouped."""

    object_: UsageCompletionsResultObject
    input_tokens: int
    output_tokens: int
    num_model_requests: int
    input_cached_tokens: int | None = None
    input_cache_write_tokens: int | None = None
    input_uncached_tokens: int | None = None
    input_text_tokens: int | None = None
    output_text_tokens: int | None = None
    input_cached_text_tokens: int | None = None
    input_audio_tokens: int | None = None
    input_cached_audio_tokens: int | None = None
    output_audio_tokens: int | None = None
    input_image_tokens: int | None = None
    input_cached_image_tokens: int | None = None
    output_image_tokens: int | None = None
    project_id: None | str = None
    user_id: None | str = None
    api_key_id: None | str = None
    model: None | str = None
    batch: bool | None = None
    service_tier: None | str = None
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

        _v_num_model_requests = (
            self.num_model_requests
            if self.num_model_requests is not None
            or "num_model_requests" not in self._none_flips
            else UNSET
        )

        num_model_requests = _v_num_model_requests

        _v_input_cached_tokens = (
            self.input_cached_tokens
            if self.input_cached_tokens is not None
            or "input_cached_tokens" in self._none_flips
            else UNSET
        )

        input_cached_tokens = _v_input_cached_tokens

        _v_input_cache_write_tokens = (
            self.input_cache_write_tokens
            if self.input_cache_write_tokens is not None
            or "input_cache_write_tokens" in self._none_flips
            else UNSET
        )

        input_cache_write_tokens = _v_input_cache_write_tokens

        _v_input_uncached_tokens = (
            self.input_uncached_tokens
            if self.input_uncached_tokens is not None
            or "input_uncached_tokens" in self._none_flips
            else UNSET
        )

        input_uncached_tokens = _v_input_uncached_tokens

        _v_input_text_tokens = (
            self.input_text_tokens
            if self.input_text_tokens is not None
            or "input_text_tokens" in self._none_flips
            else UNSET
        )

        input_text_tokens = _v_input_text_tokens

        _v_output_text_tokens = (
            self.output_text_tokens
            if self.output_text_tokens is not None
            or "output_text_tokens" in self._none_flips
            else UNSET
        )

        output_text_tokens = _v_output_text_tokens

        _v_input_cached_text_tokens = (
            self.input_cached_text_tokens
            if self.input_cached_text_tokens is not None
            or "input_cached_text_tokens" in self._none_flips
            else UNSET
        )

        input_cached_text_tokens = _v_input_cached_text_tokens

        _v_input_audio_tokens = (
            self.input_audio_tokens
            if self.input_audio_tokens is not None
            or "input_audio_tokens" in self._none_flips
            else UNSET
        )

        input_audio_tokens = _v_input_audio_tokens

        _v_input_cached_audio_tokens = (
            self.input_cached_audio_tokens
            if self.input_cached_audio_tokens is not None
            or "input_cached_audio_tokens" in self._none_flips
            else UNSET
        )

        input_cached_audio_tokens = _v_input_cached_audio_tokens

        _v_output_audio_tokens = (
            self.output_audio_tokens
            if self.output_audio_tokens is not None
            or "output_audio_tokens" in self._none_flips
            else UNSET
        )

        output_audio_tokens = _v_output_audio_tokens

        _v_input_image_tokens = (
            self.input_image_tokens
            if self.input_image_tokens is not None
            or "input_image_tokens" in self._none_flips
            else UNSET
        )

        input_image_tokens = _v_input_image_tokens

        _v_input_cached_image_tokens = (
            self.input_cached_image_tokens
            if self.input_cached_image_tokens is not None
            or "input_cached_image_tokens" in self._none_flips
            else UNSET
        )

        input_cached_image_tokens = _v_input_cached_image_tokens

        _v_output_image_tokens = (
            self.output_image_tokens
            if self.output_image_tokens is not None
            or "output_image_tokens" in self._none_flips
            else UNSET
        )

        output_image_tokens = _v_output_image_tokens

        _v_project_id = (
            self.project_id
            if self.project_id is not None or "project_id" in self._none_flips
            else UNSET
        )

        project_id: None | str | Unset
        if isinstance(_v_project_id, Unset):
            project_id = UNSET
        else:
            project_id = _v_project_id

        _v_user_id = (
            self.user_id
            if self.user_id is not None or "user_id" in self._none_flips
            else UNSET
        )

        user_id: None | str | Unset
        if isinstance(_v_user_id, Unset):
            user_id = UNSET
        else:
            user_id = _v_user_id

        _v_api_key_id = (
            self.api_key_id
            if self.api_key_id is not None or "api_key_id" in self._none_flips
            else UNSET
        )

        api_key_id: None | str | Unset
        if isinstance(_v_api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = _v_api_key_id

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_batch = (
            self.batch
            if self.batch is not None or "batch" in self._none_flips
            else UNSET
        )

        batch: bool | None | Unset
        if isinstance(_v_batch, Unset):
            batch = UNSET
        else:
            batch = _v_batch

        _v_service_tier = (
            self.service_tier
            if self.service_tier is not None or "service_tier" in self._none_flips
            else UNSET
        )

        service_tier: None | str | Unset
        if isinstance(_v_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = _v_service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "num_model_requests": num_model_requests,
                }.items()
                if v is not UNSET
            }
        )
        if input_cached_tokens is not UNSET:
            field_dict["input_cached_tokens"] = input_cached_tokens
        if input_cache_write_tokens is not UNSET:
            field_dict["input_cache_write_tokens"] = input_cache_write_tokens
        if input_uncached_tokens is not UNSET:
            field_dict["input_uncached_tokens"] = input_uncached_tokens
        if input_text_tokens is not UNSET:
            field_dict["input_text_tokens"] = input_text_tokens
        if output_text_tokens is not UNSET:
            field_dict["output_text_tokens"] = output_text_tokens
        if input_cached_text_tokens is not UNSET:
            field_dict["input_cached_text_tokens"] = input_cached_text_tokens
        if input_audio_tokens is not UNSET:
            field_dict["input_audio_tokens"] = input_audio_tokens
        if input_cached_audio_tokens is not UNSET:
            field_dict["input_cached_audio_tokens"] = input_cached_audio_tokens
        if output_audio_tokens is not UNSET:
            field_dict["output_audio_tokens"] = output_audio_tokens
        if input_image_tokens is not UNSET:
            field_dict["input_image_tokens"] = input_image_tokens
        if input_cached_image_tokens is not UNSET:
            field_dict["input_cached_image_tokens"] = input_cached_image_tokens
        if output_image_tokens is not UNSET:
            field_dict["output_image_tokens"] = output_image_tokens
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if model is not UNSET:
            field_dict["model"] = model
        if batch is not UNSET:
            field_dict["batch"] = batch
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

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
                object_ = check_usage_completions_result_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

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

        num_model_requests = d.pop("num_model_requests", UNSET)
        if (
            num_model_requests is None or isinstance(num_model_requests, Unset)
        ) and strict_parsing.get():
            raise KeyError("num_model_requests")

        if num_model_requests is None or num_model_requests is UNSET:
            if num_model_requests is UNSET:
                _none_flips += ("num_model_requests",)
            num_model_requests = None

        input_cached_tokens = d.pop("input_cached_tokens", UNSET)
        if input_cached_tokens is None and strict_parsing.get():
            raise TypeError("input_cached_tokens")

        if input_cached_tokens is None or input_cached_tokens is UNSET:
            if input_cached_tokens is None:
                _none_flips += ("input_cached_tokens",)
            input_cached_tokens = None

        input_cache_write_tokens = d.pop("input_cache_write_tokens", UNSET)
        if input_cache_write_tokens is None and strict_parsing.get():
            raise TypeError("input_cache_write_tokens")

        if input_cache_write_tokens is None or input_cache_write_tokens is UNSET:
            if input_cache_write_tokens is None:
                _none_flips += ("input_cache_write_tokens",)
            input_cache_write_tokens = None

        input_uncached_tokens = d.pop("input_uncached_tokens", UNSET)
        if input_uncached_tokens is None and strict_parsing.get():
            raise TypeError("input_uncached_tokens")

        if input_uncached_tokens is None or input_uncached_tokens is UNSET:
            if input_uncached_tokens is None:
                _none_flips += ("input_uncached_tokens",)
            input_uncached_tokens = None

        input_text_tokens = d.pop("input_text_tokens", UNSET)
        if input_text_tokens is None and strict_parsing.get():
            raise TypeError("input_text_tokens")

        if input_text_tokens is None or input_text_tokens is UNSET:
            if input_text_tokens is None:
                _none_flips += ("input_text_tokens",)
            input_text_tokens = None

        output_text_tokens = d.pop("output_text_tokens", UNSET)
        if output_text_tokens is None and strict_parsing.get():
            raise TypeError("output_text_tokens")

        if output_text_tokens is None or output_text_tokens is UNSET:
            if output_text_tokens is None:
                _none_flips += ("output_text_tokens",)
            output_text_tokens = None

        input_cached_text_tokens = d.pop("input_cached_text_tokens", UNSET)
        if input_cached_text_tokens is None and strict_parsing.get():
            raise TypeError("input_cached_text_tokens")

        if input_cached_text_tokens is None or input_cached_text_tokens is UNSET:
            if input_cached_text_tokens is None:
                _none_flips += ("input_cached_text_tokens",)
            input_cached_text_tokens = None

        input_audio_tokens = d.pop("input_audio_tokens", UNSET)
        if input_audio_tokens is None and strict_parsing.get():
            raise TypeError("input_audio_tokens")

        if input_audio_tokens is None or input_audio_tokens is UNSET:
            if input_audio_tokens is None:
                _none_flips += ("input_audio_tokens",)
            input_audio_tokens = None

        input_cached_audio_tokens = d.pop("input_cached_audio_tokens", UNSET)
        if input_cached_audio_tokens is None and strict_parsing.get():
            raise TypeError("input_cached_audio_tokens")

        if input_cached_audio_tokens is None or input_cached_audio_tokens is UNSET:
            if input_cached_audio_tokens is None:
                _none_flips += ("input_cached_audio_tokens",)
            input_cached_audio_tokens = None

        output_audio_tokens = d.pop("output_audio_tokens", UNSET)
        if output_audio_tokens is None and strict_parsing.get():
            raise TypeError("output_audio_tokens")

        if output_audio_tokens is None or output_audio_tokens is UNSET:
            if output_audio_tokens is None:
                _none_flips += ("output_audio_tokens",)
            output_audio_tokens = None

        input_image_tokens = d.pop("input_image_tokens", UNSET)
        if input_image_tokens is None and strict_parsing.get():
            raise TypeError("input_image_tokens")

        if input_image_tokens is None or input_image_tokens is UNSET:
            if input_image_tokens is None:
                _none_flips += ("input_image_tokens",)
            input_image_tokens = None

        input_cached_image_tokens = d.pop("input_cached_image_tokens", UNSET)
        if input_cached_image_tokens is None and strict_parsing.get():
            raise TypeError("input_cached_image_tokens")

        if input_cached_image_tokens is None or input_cached_image_tokens is UNSET:
            if input_cached_image_tokens is None:
                _none_flips += ("input_cached_image_tokens",)
            input_cached_image_tokens = None

        output_image_tokens = d.pop("output_image_tokens", UNSET)
        if output_image_tokens is None and strict_parsing.get():
            raise TypeError("output_image_tokens")

        if output_image_tokens is None or output_image_tokens is UNSET:
            if output_image_tokens is None:
                _none_flips += ("output_image_tokens",)
            output_image_tokens = None

        _project_id_raw = d.pop("project_id", UNSET)
        if _project_id_raw is None or isinstance(_project_id_raw, Unset):
            if _project_id_raw is None:
                _none_flips += ("project_id",)
            project_id = None

        else:
            try:

                def _parse_project_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                project_id = _parse_project_id(_project_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                project_id = _project_id_raw

        _user_id_raw = d.pop("user_id", UNSET)
        if _user_id_raw is None or isinstance(_user_id_raw, Unset):
            if _user_id_raw is None:
                _none_flips += ("user_id",)
            user_id = None

        else:
            try:

                def _parse_user_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                user_id = _parse_user_id(_user_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_id = _user_id_raw

        _api_key_id_raw = d.pop("api_key_id", UNSET)
        if _api_key_id_raw is None or isinstance(_api_key_id_raw, Unset):
            if _api_key_id_raw is None:
                _none_flips += ("api_key_id",)
            api_key_id = None

        else:
            try:

                def _parse_api_key_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                api_key_id = _parse_api_key_id(_api_key_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                api_key_id = _api_key_id_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _batch_raw = d.pop("batch", UNSET)
        if _batch_raw is None or isinstance(_batch_raw, Unset):
            if _batch_raw is None:
                _none_flips += ("batch",)
            batch = None

        else:
            try:

                def _parse_batch(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                batch = _parse_batch(_batch_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                batch = _batch_raw

        _service_tier_raw = d.pop("service_tier", UNSET)
        if _service_tier_raw is None or isinstance(_service_tier_raw, Unset):
            if _service_tier_raw is None:
                _none_flips += ("service_tier",)
            service_tier = None

        else:
            try:

                def _parse_service_tier(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                service_tier = _parse_service_tier(_service_tier_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_tier = _service_tier_raw

        usage_completions_result = cls(
            object_=object_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            num_model_requests=num_model_requests,
            input_cached_tokens=input_cached_tokens,
            input_cache_write_tokens=input_cache_write_tokens,
            input_uncached_tokens=input_uncached_tokens,
            input_text_tokens=input_text_tokens,
            output_text_tokens=output_text_tokens,
            input_cached_text_tokens=input_cached_text_tokens,
            input_audio_tokens=input_audio_tokens,
            input_cached_audio_tokens=input_cached_audio_tokens,
            output_audio_tokens=output_audio_tokens,
            input_image_tokens=input_image_tokens,
            input_cached_image_tokens=input_cached_image_tokens,
            output_image_tokens=output_image_tokens,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
            batch=batch,
            service_tier=service_tier,
        )
        if _none_flips:
            usage_completions_result._none_flips = _none_flips

        usage_completions_result.additional_properties = d
        return usage_completions_result

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
