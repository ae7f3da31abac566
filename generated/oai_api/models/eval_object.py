from typing import Literal

EvalObject = Literal["eval"]

EVAL_OBJECT_VALUES: set[EvalObject] = {
    "eval",
}


def check_eval_object(value: str) -> EvalObject:
    if value in EVAL_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_OBJECT_VALUES!r}"
    )
