from typing import Literal

GraderTextSimilarityType = Literal["text_similarity"]

GRADER_TEXT_SIMILARITY_TYPE_VALUES: set[GraderTextSimilarityType] = {
    "text_similarity",
}


def check_grader_text_similarity_type(value: str) -> GraderTextSimilarityType:
    if value in GRADER_TEXT_SIMILARITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_TEXT_SIMILARITY_TYPE_VALUES!r}"
    )
