from typing import Literal

EvalStoredCompletionsSourceType = Literal["stored_completions"]

EVAL_STORED_COMPLETIONS_SOURCE_TYPE_VALUES: set[EvalStoredCompletionsSourceType] = {
    "stored_completions",
}


def check_eval_stored_completions_source_type(
    value: str,
) -> EvalStoredCompletionsSourceType:
    if value in EVAL_STORED_COMPLETIONS_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_STORED_COMPLETIONS_SOURCE_TYPE_VALUES!r}"
    )
