from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.grader_text_similarity_evaluation_metric import (
    GraderTextSimilarityEvaluationMetric,
    check_grader_text_similarity_evaluation_metric,
)
from ..models.grader_text_similarity_type import (
    GraderTextSimilarityType,
    check_grader_text_similarity_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class EvalGraderTextSimilarity(_OpenModel):
    """A text-similarity grader used as an eval testing criterion, with a pass threshold."""

    type_: GraderTextSimilarityType
    """ Always `text_similarity` for this grader. """
    name: str
    """ Name identifying this grader in results. """
    input_: str
    """ Text to be scored. """
    reference: str
    """ Reference text the input is compared with. """
    evaluation_metric: GraderTextSimilarityEvaluationMetric
    """ Similarity measure: `cosine`, `fuzzy_match`, `bleu`, `gleu`, `meteor`, or one of the ROUGE variants
    `rouge_1` to `rouge_5` and `rouge_l`. """
    pass_threshold: float
    """ Similarity score at or above which an item counts as passing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "evaluation_metric",
        "input",
        "name",
        "pass_threshold",
        "reference",
        "type",
    )
    _tags = {"type": ("text_similarity",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_grader_text_similarity_type),
            ("name", "name", REQUIRED, None),
            ("input_", "input", REQUIRED, None),
            ("reference", "reference", REQUIRED, None),
            (
                "evaluation_metric",
                "evaluation_metric",
                REQUIRED,
                check_grader_text_similarity_evaluation_metric,
            ),
            ("pass_threshold", "pass_threshold", REQUIRED, None),
        )
