from typing import Literal

EvalItemType = Literal["message"]

EVAL_ITEM_TYPE_VALUES: set[EvalItemType] = {
    "message",
}


def check_eval_item_type(value: str) -> EvalItemType:
    if value in EVAL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_ITEM_TYPE_VALUES!r}"
    )
