from typing import Literal

EvalRunOutputItemObject = Literal["eval.run.output_item"]

EVAL_RUN_OUTPUT_ITEM_OBJECT_VALUES: set[EvalRunOutputItemObject] = {
    "eval.run.output_item",
}


def check_eval_run_output_item_object(value: str) -> EvalRunOutputItemObject:
    if value in EVAL_RUN_OUTPUT_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_RUN_OUTPUT_ITEM_OBJECT_VALUES!r}"
    )
