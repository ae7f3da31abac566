from typing import Literal

FineTuneMethodType = Literal["dpo", "reinforcement", "supervised"]

FINE_TUNE_METHOD_TYPE_VALUES: set[FineTuneMethodType] = {
    "dpo",
    "reinforcement",
    "supervised",
}


def check_fine_tune_method_type(value: str) -> FineTuneMethodType:
    if value in FINE_TUNE_METHOD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_METHOD_TYPE_VALUES!r}"
    )
