from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_run_object import EvalRunObject, check_eval_run_object

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class EvalRun(_OpenModel):
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
    _keys = (
        "created_at",
        "data_source",
        "error",
        "eval_id",
        "id",
        "metadata",
        "model",
        "name",
        "object",
        "per_model_usage",
        "per_testing_criteria_results",
        "report_url",
        "result_counts",
        "status",
    )
    _tags = {"object": ("eval.run",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.eval_api_error import EvalApiError
        from ..models.eval_run_per_model_usage_item import EvalRunPerModelUsageItem
        from ..models.eval_run_per_testing_criteria_results_item import (
            EvalRunPerTestingCriteriaResultsItem,
        )
        from ..models.eval_run_result_counts import EvalRunResultCounts

        return fields(
            ("object_", "object", REQUIRED, check_eval_run_object),
            ("id", "id", REQUIRED, None),
            ("eval_id", "eval_id", REQUIRED, None),
            ("status", "status", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("report_url", "report_url", REQUIRED, None),
            ("result_counts", "result_counts", REQUIRED, EvalRunResultCounts),
            (
                "per_model_usage",
                "per_model_usage",
                REQUIRED,
                list_of(EvalRunPerModelUsageItem),
            ),
            (
                "per_testing_criteria_results",
                "per_testing_criteria_results",
                REQUIRED,
                list_of(EvalRunPerTestingCriteriaResultsItem),
            ),
            (
                "data_source",
                "data_source",
                REQUIRED,
                one_of(
                    member(
                        "create_eval_jsonl_run_data_source",
                        "CreateEvalJsonlRunDataSource",
                        ("type", "jsonl"),
                    ),
                    member(
                        "create_eval_completions_run_data_source",
                        "CreateEvalCompletionsRunDataSource",
                        ("type", "completions"),
                    ),
                    member(
                        "create_eval_responses_run_data_source",
                        "CreateEvalResponsesRunDataSource",
                        ("type", "responses"),
                    ),
                ),
            ),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("error", "error", REQUIRED, EvalApiError),
        )
