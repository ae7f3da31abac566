from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
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
                        member(
                            "usage_completions_result",
                            "UsageCompletionsResult",
                            ("object", "organization.usage.completions.result"),
                        ),
                        member(
                            "usage_embeddings_result",
                            "UsageEmbeddingsResult",
                            ("object", "organization.usage.embeddings.result"),
                        ),
                        member(
                            "usage_moderations_result",
                            "UsageModerationsResult",
                            ("object", "organization.usage.moderations.result"),
                        ),
                        member(
                            "usage_images_result",
                            "UsageImagesResult",
                            ("object", "organization.usage.images.result"),
                        ),
                        member(
                            "usage_audio_speeches_result",
                            "UsageAudioSpeechesResult",
                            ("object", "organization.usage.audio_speeches.result"),
                        ),
                        member(
                            "usage_audio_transcriptions_result",
                            "UsageAudioTranscriptionsResult",
                            (
                                "object",
                                "organization.usage.audio_transcriptions.result",
                            ),
                        ),
                        member(
                            "usage_vector_stores_result",
                            "UsageVectorStoresResult",
                            ("object", "organization.usage.vector_stores.result"),
                        ),
                        member(
                            "usage_code_interpreter_sessions_result",
                            "UsageCodeInterpreterSessionsResult",
                            (
                                "object",
                                "organization.usage.code_interpreter_sessions.result",
                            ),
                        ),
                        member(
                            "usage_file_search_calls_result",
                            "UsageFileSearchCallsResult",
                            ("object", "organization.usage.file_searches.result"),
                        ),
                        member(
                            "usage_web_search_calls_result",
                            "UsageWebSearchCallsResult",
                            ("object", "organization.usage.web_searches.result"),
                        ),
                        member(
                            "costs_result",
                            "CostsResult",
                            ("object", "organization.costs.result"),
                        ),
                    )
                ),
            ),
        )
