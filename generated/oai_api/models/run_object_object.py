from typing import Literal

RunObjectObject = Literal["thread.run"]

RUN_OBJECT_OBJECT_VALUES: set[RunObjectObject] = {
    "thread.run",
}


def check_run_object_object(value: str) -> RunObjectObject:
    if value in RUN_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_OBJECT_VALUES!r}"
    )
