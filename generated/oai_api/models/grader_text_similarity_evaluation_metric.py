from typing import Literal

GraderTextSimilarityEvaluationMetric = Literal[
    "bleu",
    "cosine",
    "fuzzy_match",
    "gleu",
    "meteor",
    "rouge_1",
    "rouge_2",
    "rouge_3",
    "rouge_4",
    "rouge_5",
    "rouge_l",
]

GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES: set[
    GraderTextSimilarityEvaluationMetric
] = {
    "bleu",
    "cosine",
    "fuzzy_match",
    "gleu",
    "meteor",
    "rouge_1",
    "rouge_2",
    "rouge_3",
    "rouge_4",
    "rouge_5",
    "rouge_l",
}


def check_grader_text_similarity_evaluation_metric(
    value: str,
) -> GraderTextSimilarityEvaluationMetric:
    if value in GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES!r}"
    )
