from typing import Literal

GraderScoreModelType = Literal["score_model"]

GRADER_SCORE_MODEL_TYPE_VALUES: set[GraderScoreModelType] = {
    "score_model",
}


def check_grader_score_model_type(value: str) -> GraderScoreModelType:
    if value in GRADER_SCORE_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_SCORE_MODEL_TYPE_VALUES!r}"
    )
