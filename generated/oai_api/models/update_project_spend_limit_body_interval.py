from typing import Literal

UpdateProjectSpendLimitBodyInterval = Literal["month"]

UPDATE_PROJECT_SPEND_LIMIT_BODY_INTERVAL_VALUES: set[
    UpdateProjectSpendLimitBodyInterval
] = {
    "month",
}


def check_update_project_spend_limit_body_interval(
    value: str,
) -> UpdateProjectSpendLimitBodyInterval:
    if value in UPDATE_PROJECT_SPEND_LIMIT_BODY_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PROJECT_SPEND_LIMIT_BODY_INTERVAL_VALUES!r}"
    )
