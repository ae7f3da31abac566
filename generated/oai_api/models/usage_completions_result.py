from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.usage_completions_result_object import (
    UsageCompletionsResultObject,
    check_usage_completions_result_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UsageCompletionsResult(_OpenModel):
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
    _keys = (
        "api_key_id",
        "batch",
        "input_audio_tokens",
        "input_cache_write_tokens",
        "input_cached_audio_tokens",
        "input_cached_image_tokens",
        "input_cached_text_tokens",
        "input_cached_tokens",
        "input_image_tokens",
        "input_text_tokens",
        "input_tokens",
        "input_uncached_tokens",
        "model",
        "num_model_requests",
        "object",
        "output_audio_tokens",
        "output_image_tokens",
        "output_text_tokens",
        "output_tokens",
        "project_id",
        "service_tier",
        "user_id",
    )
    _tags = {"object": ("organization.usage.completions.result",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_usage_completions_result_object),
            ("input_tokens", "input_tokens", REQUIRED, None),
            ("output_tokens", "output_tokens", REQUIRED, None),
            ("num_model_requests", "num_model_requests", REQUIRED, None),
            ("input_cached_tokens", "input_cached_tokens", OPTIONAL, None),
            ("input_cache_write_tokens", "input_cache_write_tokens", OPTIONAL, None),
            ("input_uncached_tokens", "input_uncached_tokens", OPTIONAL, None),
            ("input_text_tokens", "input_text_tokens", OPTIONAL, None),
            ("output_text_tokens", "output_text_tokens", OPTIONAL, None),
            ("input_cached_text_tokens", "input_cached_text_tokens", OPTIONAL, None),
            ("input_audio_tokens", "input_audio_tokens", OPTIONAL, None),
            ("input_cached_audio_tokens", "input_cached_audio_tokens", OPTIONAL, None),
            ("output_audio_tokens", "output_audio_tokens", OPTIONAL, None),
            ("input_image_tokens", "input_image_tokens", OPTIONAL, None),
            ("input_cached_image_tokens", "input_cached_image_tokens", OPTIONAL, None),
            ("output_image_tokens", "output_image_tokens", OPTIONAL, None),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("user_id", "user_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("api_key_id", "api_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("model", "model", OPTIONAL_OR_NULL, one_of(str, None)),
            ("batch", "batch", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("service_tier", "service_tier", OPTIONAL_OR_NULL, one_of(str, None)),
        )
