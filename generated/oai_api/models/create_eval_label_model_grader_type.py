from typing import Literal

CreateEvalLabelModelGraderType = Literal["label_model"]

CREATE_EVAL_LABEL_MODEL_GRADER_TYPE_VALUES: set[CreateEvalLabelModelGraderType] = {
    "label_model",
}


def check_create_eval_label_model_grader_type(
    value: str,
) -> CreateEvalLabelModelGraderType:
    if value in CREATE_EVAL_LABEL_MODEL_GRADER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVAL_LABEL_MODEL_GRADER_TYPE_VALUES!r}"
    )
