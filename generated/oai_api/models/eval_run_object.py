from typing import Literal

EvalRunObject = Literal["eval.run"]

EVAL_RUN_OBJECT_VALUES: set[EvalRunObject] = {
    "eval.run",
}


def check_eval_run_object(value: str) -> EvalRunObject:
    if value in EVAL_RUN_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_RUN_OBJECT_VALUES!r}"
    )
