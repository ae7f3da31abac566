from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_run_object import EvalRunObject, check_eval_run_object
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
    )
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource,
    )
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_per_model_usage_item import EvalRunPerModelUsageItem
    from ..models.eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem,
    )
    from ..models.eval_run_result_counts import EvalRunResultCounts
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="EvalRun")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateEvalCompletionsRunDataSource, \
        CreateEvalJsonlRunDataSource, \
        CreateEvalResponsesRunDataSource, \
        EvalApiError, \
        EvalRunPerModelUsageItem, \
        EvalRunPerTestingCriteriaResultsItem, \
        EvalRunResultCounts, \
        MetadataType0
    from ..models.create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
    )
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource,
    )
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_per_model_usage_item import EvalRunPerModelUsageItem
    from ..models.eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem,
    )
    from ..models.eval_run_result_counts import EvalRunResultCounts
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class EvalRun:
    """One run of an eval: its status, model, result counts, usage per model, per-grader results and a report link."""

    object_: EvalRunObject
    id: str
    eval_id: str
    status: str
    model: str
    name: str
    created_at: int
    report_url: str
    result_counts: EvalRunResultCounts
    per_model_usage: list[EvalRunPerModelUsageItem]
    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResultsItem]
    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
    )
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    error: EvalApiError
    """ An error reported by the Evals API, with a code and a message. """
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

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_eval_id = (
            self.eval_id
            if self.eval_id is not None or "eval_id" not in self._none_flips
            else UNSET
        )

        eval_id = _v_eval_id

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        status = _v_status

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_report_url = (
            self.report_url
            if self.report_url is not None or "report_url" not in self._none_flips
            else UNSET
        )

        report_url = _v_report_url

        _v_result_counts = (
            self.result_counts
            if self.result_counts is not None or "result_counts" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_result_counts, EvalRunResultCounts):
            result_counts = _v_result_counts
        else:
            result_counts = _v_result_counts.to_dict()

        _v_per_model_usage = (
            self.per_model_usage
            if self.per_model_usage is not None
            or "per_model_usage" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_per_model_usage, list):
            per_model_usage = _v_per_model_usage
        else:
            per_model_usage = []
            for per_model_usage_item_data in _v_per_model_usage:
                if not isinstance(per_model_usage_item_data, EvalRunPerModelUsageItem):
                    per_model_usage.append(per_model_usage_item_data)
                    continue
                per_model_usage_item = per_model_usage_item_data.to_dict()
                per_model_usage.append(per_model_usage_item)

        _v_per_testing_criteria_results = (
            self.per_testing_criteria_results
            if self.per_testing_criteria_results is not None
            or "per_testing_criteria_results" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_per_testing_criteria_results, list):
            per_testing_criteria_results = _v_per_testing_criteria_results
        else:
            per_testing_criteria_results = []
            for (
                per_testing_criteria_results_item_data
            ) in _v_per_testing_criteria_results:
                if not isinstance(
                    per_testing_criteria_results_item_data,
                    EvalRunPerTestingCriteriaResultsItem,
                ):
                    per_testing_criteria_results.append(
                        per_testing_criteria_results_item_data
                    )
                    continue
                per_testing_criteria_results_item = (
                    per_testing_criteria_results_item_data.to_dict()
                )
                per_testing_criteria_results.append(per_testing_criteria_results_item)

        _v_data_source = (
            self.data_source
            if self.data_source is not None or "data_source" not in self._none_flips
            else UNSET
        )

        if _v_data_source is None or isinstance(_v_data_source, Unset):
            data_source = _v_data_source
        else:
            data_source: dict[str, Any]
            if (
                isinstance(_v_data_source, CreateEvalJsonlRunDataSource)
                or isinstance(_v_data_source, CreateEvalCompletionsRunDataSource)
                or isinstance(_v_data_source, CreateEvalResponsesRunDataSource)
            ):
                data_source = _v_data_source.to_dict()
            else:
                data_source = _v_data_source

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_error = (
            self.error
            if self.error is not None or "error" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_error, EvalApiError):
            error = _v_error
        else:
            error = _v_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "eval_id": eval_id,
                    "status": status,
                    "model": model,
                    "name": name,
                    "created_at": created_at,
                    "report_url": report_url,
                    "result_counts": result_counts,
                    "per_model_usage": per_model_usage,
                    "per_testing_criteria_results": per_testing_criteria_results,
                    "data_source": data_source,
                    "metadata": metadata,
                    "error": error,
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
                object_ = check_eval_run_object(_object__raw)

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

        eval_id = d.pop("eval_id", UNSET)
        if (eval_id is None or isinstance(eval_id, Unset)) and strict_parsing.get():
            raise KeyError("eval_id")

        if eval_id is None or eval_id is UNSET:
            if eval_id is UNSET:
                _none_flips += ("eval_id",)
            eval_id = None

        status = d.pop("status", UNSET)
        if (status is None or isinstance(status, Unset)) and strict_parsing.get():
            raise KeyError("status")

        if status is None or status is UNSET:
            if status is UNSET:
                _none_flips += ("status",)
            status = None

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        report_url = d.pop("report_url", UNSET)
        if (
            report_url is None or isinstance(report_url, Unset)
        ) and strict_parsing.get():
            raise KeyError("report_url")

        if report_url is None or report_url is UNSET:
            if report_url is UNSET:
                _none_flips += ("report_url",)
            report_url = None

        _result_counts_raw = d.pop("result_counts", UNSET)
        if _result_counts_raw is None or isinstance(_result_counts_raw, Unset):
            if strict_parsing.get():
                raise KeyError("result_counts")

            if _result_counts_raw is UNSET:
                _none_flips += ("result_counts",)
            result_counts = None

        else:
            try:
                result_counts = EvalRunResultCounts.from_dict(_result_counts_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                result_counts = _result_counts_raw

        _per_model_usage_raw = d.pop("per_model_usage", UNSET)
        if _per_model_usage_raw is None or isinstance(_per_model_usage_raw, Unset):
            if strict_parsing.get():
                raise KeyError("per_model_usage")

            if _per_model_usage_raw is UNSET:
                _none_flips += ("per_model_usage",)
            per_model_usage = None

        else:
            try:
                per_model_usage = []
                _per_model_usage = _per_model_usage_raw
                if not isinstance(_per_model_usage, list):
                    raise TypeError()
                for per_model_usage_item_data in _per_model_usage:
                    per_model_usage_item = EvalRunPerModelUsageItem.from_dict(
                        per_model_usage_item_data
                    )

                    per_model_usage.append(per_model_usage_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                per_model_usage = _per_model_usage_raw

        _per_testing_criteria_results_raw = d.pop("per_testing_criteria_results", UNSET)
        if _per_testing_criteria_results_raw is None or isinstance(
            _per_testing_criteria_results_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("per_testing_criteria_results")

            if _per_testing_criteria_results_raw is UNSET:
                _none_flips += ("per_testing_criteria_results",)
            per_testing_criteria_results = None

        else:
            try:
                per_testing_criteria_results = []
                _per_testing_criteria_results = _per_testing_criteria_results_raw
                if not isinstance(_per_testing_criteria_results, list):
                    raise TypeError()
                for (
                    per_testing_criteria_results_item_data
                ) in _per_testing_criteria_results:
                    per_testing_criteria_results_item = (
                        EvalRunPerTestingCriteriaResultsItem.from_dict(
                            per_testing_criteria_results_item_data
                        )
                    )

                    per_testing_criteria_results.append(
                        per_testing_criteria_results_item
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                per_testing_criteria_results = _per_testing_criteria_results_raw

        _data_source_raw = d.pop("data_source", UNSET)
        if _data_source_raw is None or isinstance(_data_source_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data_source")

            if _data_source_raw is UNSET:
                _none_flips += ("data_source",)
            data_source = None

        else:
            try:

                def _parse_data_source(
                    data: object,
                ) -> (
                    CreateEvalCompletionsRunDataSource
                    | CreateEvalJsonlRunDataSource
                    | CreateEvalResponsesRunDataSource
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "jsonl":
                            try:
                                data_source_type_0 = (
                                    CreateEvalJsonlRunDataSource.from_dict(data)
                                )

                                return data_source_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "completions":
                            try:
                                data_source_type_1 = (
                                    CreateEvalCompletionsRunDataSource.from_dict(data)
                                )

                                return data_source_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "responses":
                            try:
                                data_source_type_2 = (
                                    CreateEvalResponsesRunDataSource.from_dict(data)
                                )

                                return data_source_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_data_source(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "source",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "input_messages",
                                    "model",
                                    "sampling_params",
                                    "source",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "input_messages",
                                    "model",
                                    "sampling_params",
                                    "source",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "jsonl") not in ("jsonl",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        data_source_type_0 = CreateEvalJsonlRunDataSource.from_dict(
                            data
                        )

                        return data_source_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "completions") not in ("completions",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        data_source_type_1 = (
                            CreateEvalCompletionsRunDataSource.from_dict(data)
                        )

                        return data_source_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "responses") not in ("responses",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        data_source_type_2 = CreateEvalResponsesRunDataSource.from_dict(
                            data
                        )

                        return data_source_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateEvalCompletionsRunDataSource
                        | CreateEvalJsonlRunDataSource
                        | CreateEvalResponsesRunDataSource,
                        data,
                    )

                data_source = _parse_data_source(_data_source_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data_source = _data_source_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if strict_parsing.get():
                raise KeyError("error")

            if _error_raw is UNSET:
                _none_flips += ("error",)
            error = None

        else:
            try:
                error = EvalApiError.from_dict(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        eval_run = cls(
            object_=object_,
            id=id,
            eval_id=eval_id,
            status=status,
            model=model,
            name=name,
            created_at=created_at,
            report_url=report_url,
            result_counts=result_counts,
            per_model_usage=per_model_usage,
            per_testing_criteria_results=per_testing_criteria_results,
            data_source=data_source,
            metadata=metadata,
            error=error,
        )
        if _none_flips:
            eval_run._none_flips = _none_flips

        eval_run.additional_properties = d
        return eval_run

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
