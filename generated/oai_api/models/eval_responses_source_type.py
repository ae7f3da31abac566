from typing import Literal

EvalResponsesSourceType = Literal["responses"]

EVAL_RESPONSES_SOURCE_TYPE_VALUES: set[EvalResponsesSourceType] = {
    "responses",
}


def check_eval_responses_source_type(value: str) -> EvalResponsesSourceType:
    if value in EVAL_RESPONSES_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_RESPONSES_SOURCE_TYPE_VALUES!r}"
    )
