from typing import Literal

EvalRunListObject = Literal["list"]

EVAL_RUN_LIST_OBJECT_VALUES: set[EvalRunListObject] = {
    "list",
}


def check_eval_run_list_object(value: str) -> EvalRunListObject:
    if value in EVAL_RUN_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_RUN_LIST_OBJECT_VALUES!r}"
    )
