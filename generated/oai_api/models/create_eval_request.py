from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig,
    )
    from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader
    from ..models.create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig,
    )
    from ..models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.grader_string_check import GraderStringCheck
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateEvalRequest(_OpenModel):
    """Settings for a new eval: optional name and metadata, the data source config, and the graders."""

    data_source_config: (
        CreateEvalCustomDataSourceConfig
        | CreateEvalLogsDataSourceConfig
        | CreateEvalStoredCompletionsDataSourceConfig
    )
    """ Describes the test data the eval's runs will use (custom schema, logs or stored completions) and so its
    schema. """
    testing_criteria: list[
        CreateEvalLabelModelGrader
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderTextSimilarity
        | GraderStringCheck
    ]
    """ Graders applied in every run; they can read data fields as `{{item.name}}` and model output as
    `{{sample.output_text}}`. """
    name: str | None = None
    """ Human-readable name for the eval. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data_source_config", "metadata", "name", "testing_criteria")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "data_source_config",
                "data_source_config",
                REQUIRED,
                one_of(
                    member(
                        "create_eval_custom_data_source_config",
                        "CreateEvalCustomDataSourceConfig",
                        ("type", "custom"),
                    ),
                    member(
                        "create_eval_logs_data_source_config",
                        "CreateEvalLogsDataSourceConfig",
                        ("type", "logs"),
                    ),
                    member(
                        "create_eval_stored_completions_data_source_config",
                        "CreateEvalStoredCompletionsDataSourceConfig",
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
                            "create_eval_label_model_grader",
                            "CreateEvalLabelModelGrader",
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
            ("name", "name", OPTIONAL, None),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            strict=True,
        )
