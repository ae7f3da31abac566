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
from ..models.eval_object import EvalObject, check_eval_object

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_custom_data_source_config import EvalCustomDataSourceConfig
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.eval_logs_data_source_config import EvalLogsDataSourceConfig
    from ..models.eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig,
    )
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class Eval(_OpenModel):
    """An eval: the data source config describing its test data and the graders (testing criteria) used to score model
    output."""

    object_: EvalObject

    id: str

    name: str

    data_source_config: (
        EvalCustomDataSourceConfig
        | EvalLogsDataSourceConfig
        | EvalStoredCompletionsDataSourceConfig
    )

    testing_criteria: list[
        EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderTextSimilarity
        | GraderLabelModel
        | GraderStringCheck
    ]

    created_at: int

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "data_source_config",
        "id",
        "metadata",
        "name",
        "object",
        "testing_criteria",
    )
    _tags = {"object": ("eval",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_eval_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            (
                "data_source_config",
                "data_source_config",
                REQUIRED,
                one_of(
                    member(
                        "eval_custom_data_source_config",
                        "EvalCustomDataSourceConfig",
                        ("type", "custom"),
                    ),
                    member(
                        "eval_logs_data_source_config",
                        "EvalLogsDataSourceConfig",
                        ("type", "logs"),
                    ),
                    member(
                        "eval_stored_completions_data_source_config",
                        "EvalStoredCompletionsDataSourceConfig",
                        ("type", "stored_completions"),
                    ),
                ),
            ),
            (
                "testing_criteria",
                "testing_criteria",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "grader_label_model",
                            "GraderLabelModel",
                            ("type", "label_model"),
                        ),
                        member(
                            "grader_string_check",
                            "GraderStringCheck",
                            ("type", "string_check"),
                        ),
                        member(
                            "eval_grader_text_similarity",
                            "EvalGraderTextSimilarity",
                            ("type", "text_similarity"),
                        ),
                        member(
                            "eval_grader_python", "EvalGraderPython", ("type", "python")
                        ),
                        member(
                            "eval_grader_score_model",
                            "EvalGraderScoreModel",
                            ("type", "score_model"),
                        ),
                    )
                ),
            ),
            ("created_at", "created_at", REQUIRED, None),
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )
