from typing import Literal

EvalItemRole = Literal["assistant", "developer", "system", "user"]

EVAL_ITEM_ROLE_VALUES: set[EvalItemRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_eval_item_role(value: str) -> EvalItemRole:
    if value in EVAL_ITEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_ITEM_ROLE_VALUES!r}"
    )
