from typing import Literal

GraderLabelModelType = Literal["label_model"]

GRADER_LABEL_MODEL_TYPE_VALUES: set[GraderLabelModelType] = {
    "label_model",
}


def check_grader_label_model_type(value: str) -> GraderLabelModelType:
    if value in GRADER_LABEL_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GRADER_LABEL_MODEL_TYPE_VALUES!r}"
    )
