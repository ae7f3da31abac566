from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.usage_time_bucket_object import (
    UsageTimeBucketObject,
    check_usage_time_bucket_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.costs_result import CostsResult
    from ..models.usage_audio_speeches_result import UsageAudioSpeechesResult
    from ..models.usage_audio_transcriptions_result import (
        UsageAudioTranscriptionsResult,
    )
    from ..models.usage_code_interpreter_sessions_result import (
        UsageCodeInterpreterSessionsResult,
    )
    from ..models.usage_completions_result import UsageCompletionsResult
    from ..models.usage_embeddings_result import UsageEmbeddingsResult
    from ..models.usage_file_search_calls_result import UsageFileSearchCallsResult
    from ..models.usage_images_result import UsageImagesResult
    from ..models.usage_moderations_result import UsageModerationsResult
    from ..models.usage_vector_stores_result import UsageVectorStoresResult
    from ..models.usage_web_search_calls_result import UsageWebSearchCallsResult


@_attrs_define(repr=False)
class UsageTimeBucket(_OpenModel):
    """One slice of a usage or costs report, from `start_time` to `end_time`, with its results."""

    object_: UsageTimeBucketObject

    start_time: int

    end_time: int

    results: list[
        CostsResult
        | UsageAudioSpeechesResult
        | UsageAudioTranscriptionsResult
        | UsageCodeInterpreterSessionsResult
        | UsageCompletionsResult
        | UsageEmbeddingsResult
        | UsageFileSearchCallsResult
        | UsageImagesResult
        | UsageModerationsResult
        | UsageVectorStoresResult
        | UsageWebSearchCallsResult
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("end_time", "object", "results", "start_time")
    _tags = {"object": ("bucket",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.costs_result import CostsResult
        from ..models.usage_audio_speeches_result import UsageAudioSpeechesResult
        from ..models.usage_audio_transcriptions_result import (
            UsageAudioTranscriptionsResult,
        )
        from ..models.usage_code_interpreter_sessions_result import (
            UsageCodeInterpreterSessionsResult,
        )
        from ..models.usage_completions_result import UsageCompletionsResult
        from ..models.usage_embeddings_result import UsageEmbeddingsResult
        from ..models.usage_file_search_calls_result import UsageFileSearchCallsResult
        from ..models.usage_images_result import UsageImagesResult
        from ..models.usage_moderations_result import UsageModerationsResult
        from ..models.usage_vector_stores_result import UsageVectorStoresResult
        from ..models.usage_web_search_calls_result import UsageWebSearchCallsResult

        return fields(
            ("object_", "object", REQUIRED, check_usage_time_bucket_object),
            ("start_time", "start_time", REQUIRED, None),
            ("end_time", "end_time", REQUIRED, None),
            (
                "results",
                "results",
                REQUIRED,
                list_of(
                    one_of(
                        UsageCompletionsResult,
                        UsageEmbeddingsResult,
                        UsageModerationsResult,
                        UsageImagesResult,
                        UsageAudioSpeechesResult,
                        UsageAudioTranscriptionsResult,
                        UsageVectorStoresResult,
                        UsageCodeInterpreterSessionsResult,
                        UsageFileSearchCallsResult,
                        UsageWebSearchCallsResult,
                        CostsResult,
                    )
                ),
            ),
        )
