from typing import Literal

EvalRunOutputItemListObject = Literal["list"]

EVAL_RUN_OUTPUT_ITEM_LIST_OBJECT_VALUES: set[EvalRunOutputItemListObject] = {
    "list",
}


def check_eval_run_output_item_list_object(value: str) -> EvalRunOutputItemListObject:
    if value in EVAL_RUN_OUTPUT_ITEM_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_RUN_OUTPUT_ITEM_LIST_OBJECT_VALUES!r}"
    )
