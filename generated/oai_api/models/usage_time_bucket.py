from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_time_bucket_object import (
    UsageTimeBucketObject,
    check_usage_time_bucket_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="UsageTimeBucket")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CostsResult, \
        UsageAudioSpeechesResult, \
        UsageAudioTranscriptionsResult, \
        UsageCodeInterpreterSessionsResult, \
        UsageCompletionsResult, \
        UsageEmbeddingsResult, \
        UsageFileSearchCallsResult, \
        UsageImagesResult, \
        UsageModerationsResult, \
        UsageVectorStoresResult, \
        UsageWebSearchCallsResult
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

    _models_bound = True


@_attrs_define
class UsageTimeBucket:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_start_time = (
            self.start_time
            if self.start_time is not None or "start_time" not in self._none_flips
            else UNSET
        )

        start_time = _v_start_time

        _v_end_time = (
            self.end_time
            if self.end_time is not None or "end_time" not in self._none_flips
            else UNSET
        )

        end_time = _v_end_time

        _v_results = (
            self.results
            if self.results is not None or "results" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_results, list):
            results = _v_results
        else:
            results = []
            for results_item_data in _v_results:
                results_item: dict[str, Any]
                if (
                    isinstance(results_item_data, UsageCompletionsResult)
                    or isinstance(results_item_data, UsageEmbeddingsResult)
                    or isinstance(results_item_data, UsageModerationsResult)
                    or isinstance(results_item_data, UsageImagesResult)
                    or isinstance(results_item_data, UsageAudioSpeechesResult)
                    or isinstance(results_item_data, UsageAudioTranscriptionsResult)
                    or isinstance(results_item_data, UsageVectorStoresResult)
                    or isinstance(results_item_data, UsageCodeInterpreterSessionsResult)
                    or isinstance(results_item_data, UsageFileSearchCallsResult)
                    or isinstance(results_item_data, UsageWebSearchCallsResult)
                    or isinstance(results_item_data, CostsResult)
                ):
                    results_item = results_item_data.to_dict()
                else:
                    results_item = results_item_data
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "start_time": start_time,
                    "end_time": end_time,
                    "results": results,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                object_ = check_usage_time_bucket_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        start_time = d.pop("start_time", UNSET)
        if (
            start_time is None or isinstance(start_time, Unset)
        ) and strict_parsing.get():
            raise KeyError("start_time")

        if start_time is None or start_time is UNSET:
            if start_time is UNSET:
                _none_flips += ("start_time",)
            start_time = None

        end_time = d.pop("end_time", UNSET)
        if (end_time is None or isinstance(end_time, Unset)) and strict_parsing.get():
            raise KeyError("end_time")

        if end_time is None or end_time is UNSET:
            if end_time is UNSET:
                _none_flips += ("end_time",)
            end_time = None

        _results_raw = d.pop("results", UNSET)
        if _results_raw is None or isinstance(_results_raw, Unset):
            if strict_parsing.get():
                raise KeyError("results")

            if _results_raw is UNSET:
                _none_flips += ("results",)
            results = None

        else:
            try:
                results = []
                _results = _results_raw
                if not isinstance(_results, list):
                    raise TypeError()
                for results_item_data in _results:

                    def _parse_results_item(
                        data: object,
                    ) -> (
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
                    ):
                        if isinstance(data, dict):
                            if (
                                data.get("object")
                                == "organization.usage.completions.result"
                            ):
                                try:
                                    results_item_type_0 = (
                                        UsageCompletionsResult.from_dict(data)
                                    )

                                    return results_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.embeddings.result"
                            ):
                                try:
                                    results_item_type_1 = (
                                        UsageEmbeddingsResult.from_dict(data)
                                    )

                                    return results_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.moderations.result"
                            ):
                                try:
                                    results_item_type_2 = (
                                        UsageModerationsResult.from_dict(data)
                                    )

                                    return results_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("object") == "organization.usage.images.result":
                                try:
                                    results_item_type_3 = UsageImagesResult.from_dict(
                                        data
                                    )

                                    return results_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.audio_speeches.result"
                            ):
                                try:
                                    results_item_type_4 = (
                                        UsageAudioSpeechesResult.from_dict(data)
                                    )

                                    return results_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.audio_transcriptions.result"
                            ):
                                try:
                                    results_item_type_5 = (
                                        UsageAudioTranscriptionsResult.from_dict(data)
                                    )

                                    return results_item_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.vector_stores.result"
                            ):
                                try:
                                    results_item_type_6 = (
                                        UsageVectorStoresResult.from_dict(data)
                                    )

                                    return results_item_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.code_interpreter_sessions.result"
                            ):
                                try:
                                    results_item_type_7 = (
                                        UsageCodeInterpreterSessionsResult.from_dict(
                                            data
                                        )
                                    )

                                    return results_item_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.file_searches.result"
                            ):
                                try:
                                    results_item_type_8 = (
                                        UsageFileSearchCallsResult.from_dict(data)
                                    )

                                    return results_item_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if (
                                data.get("object")
                                == "organization.usage.web_searches.result"
                            ):
                                try:
                                    results_item_type_9 = (
                                        UsageWebSearchCallsResult.from_dict(data)
                                    )

                                    return results_item_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("object") == "organization.costs.result":
                                try:
                                    results_item_type_10 = CostsResult.from_dict(data)

                                    return results_item_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_results_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
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
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "input_tokens",
                                        "model",
                                        "num_model_requests",
                                        "object",
                                        "project_id",
                                        "user_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "input_tokens",
                                        "model",
                                        "num_model_requests",
                                        "object",
                                        "project_id",
                                        "user_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "images",
                                        "model",
                                        "num_model_requests",
                                        "object",
                                        "project_id",
                                        "size",
                                        "source",
                                        "user_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "characters",
                                        "model",
                                        "num_model_requests",
                                        "object",
                                        "project_id",
                                        "user_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "model",
                                        "num_model_requests",
                                        "object",
                                        "project_id",
                                        "seconds",
                                        "user_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "object",
                                        "project_id",
                                        "usage_bytes",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "num_sessions",
                                        "object",
                                        "project_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "num_requests",
                                        "object",
                                        "project_id",
                                        "user_id",
                                        "vector_store_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "api_key_id",
                                        "context_level",
                                        "model",
                                        "num_model_requests",
                                        "num_requests",
                                        "object",
                                        "project_id",
                                        "user_id",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "amount",
                                        "api_key_id",
                                        "line_item",
                                        "object",
                                        "project_id",
                                        "quantity",
                                        "quantity_unit",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.completions.result"
                            ) not in ("organization.usage.completions.result",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            results_item_type_0 = UsageCompletionsResult.from_dict(data)

                            return results_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.embeddings.result"
                            ) not in ("organization.usage.embeddings.result",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            results_item_type_1 = UsageEmbeddingsResult.from_dict(data)

                            return results_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.moderations.result"
                            ) not in ("organization.usage.moderations.result",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            results_item_type_2 = UsageModerationsResult.from_dict(data)

                            return results_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.images.result"
                            ) not in ("organization.usage.images.result",):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            results_item_type_3 = UsageImagesResult.from_dict(data)

                            return results_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.audio_speeches.result"
                            ) not in ("organization.usage.audio_speeches.result",):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            results_item_type_4 = UsageAudioSpeechesResult.from_dict(
                                data
                            )

                            return results_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object",
                                "organization.usage.audio_transcriptions.result",
                            ) not in (
                                "organization.usage.audio_transcriptions.result",
                            ):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            results_item_type_5 = (
                                UsageAudioTranscriptionsResult.from_dict(data)
                            )

                            return results_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.vector_stores.result"
                            ) not in ("organization.usage.vector_stores.result",):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            results_item_type_6 = UsageVectorStoresResult.from_dict(
                                data
                            )

                            return results_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object",
                                "organization.usage.code_interpreter_sessions.result",
                            ) not in (
                                "organization.usage.code_interpreter_sessions.result",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            results_item_type_7 = (
                                UsageCodeInterpreterSessionsResult.from_dict(data)
                            )

                            return results_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.file_searches.result"
                            ) not in ("organization.usage.file_searches.result",):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            results_item_type_8 = UsageFileSearchCallsResult.from_dict(
                                data
                            )

                            return results_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get(
                                "object", "organization.usage.web_searches.result"
                            ) not in ("organization.usage.web_searches.result",):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            results_item_type_9 = UsageWebSearchCallsResult.from_dict(
                                data
                            )

                            return results_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("object", "organization.costs.result") not in (
                                "organization.costs.result",
                            ):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            results_item_type_10 = CostsResult.from_dict(data)

                            return results_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
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
                            | UsageWebSearchCallsResult,
                            data,
                        )

                    results_item = _parse_results_item(results_item_data)

                    results.append(results_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                results = _results_raw

        usage_time_bucket = cls(
            object_=object_,
            start_time=start_time,
            end_time=end_time,
            results=results,
        )
        if _none_flips:
            usage_time_bucket._none_flips = _none_flips

        usage_time_bucket.additional_properties = d
        return usage_time_bucket

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
