from typing import Literal

EvalListObject = Literal["list"]

EVAL_LIST_OBJECT_VALUES: set[EvalListObject] = {
    "list",
}


def check_eval_list_object(value: str) -> EvalListObject:
    if value in EVAL_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_LIST_OBJECT_VALUES!r}"
    )
