from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.project_rate_limit_object import (
    ProjectRateLimitObject,
    check_project_rate_limit_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectRateLimit(_OpenModel):
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
    _keys = (
        "batch_1_day_max_input_tokens",
        "id",
        "max_audio_megabytes_per_1_minute",
        "max_images_per_1_minute",
        "max_requests_per_1_day",
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
        "model",
        "object",
    )
    _tags = {"object": ("project.rate_limit",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_project_rate_limit_object),
            ("id", "id", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("max_requests_per_1_minute", "max_requests_per_1_minute", REQUIRED, None),
            ("max_tokens_per_1_minute", "max_tokens_per_1_minute", REQUIRED, None),
            ("max_images_per_1_minute", "max_images_per_1_minute", OPTIONAL, None),
            (
                "max_audio_megabytes_per_1_minute",
                "max_audio_megabytes_per_1_minute",
                OPTIONAL,
                None,
            ),
            ("max_requests_per_1_day", "max_requests_per_1_day", OPTIONAL, None),
            (
                "batch_1_day_max_input_tokens",
                "batch_1_day_max_input_tokens",
                OPTIONAL,
                None,
            ),
        )
