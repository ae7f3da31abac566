from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class AuditLogRateLimitUpdatedChangesRequested(_OpenModel):
    max_requests_per_1_minute: int | None = None

    max_tokens_per_1_minute: int | None = None

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
        "max_audio_megabytes_per_1_minute",
        "max_images_per_1_minute",
        "max_requests_per_1_day",
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("max_requests_per_1_minute", "max_requests_per_1_minute", OPTIONAL, None),
            ("max_tokens_per_1_minute", "max_tokens_per_1_minute", OPTIONAL, None),
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
