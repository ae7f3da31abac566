from typing import Literal

ProjectRateLimitObject = Literal["project.rate_limit"]

PROJECT_RATE_LIMIT_OBJECT_VALUES: set[ProjectRateLimitObject] = {
    "project.rate_limit",
}


def check_project_rate_limit_object(value: str) -> ProjectRateLimitObject:
    if value in PROJECT_RATE_LIMIT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_RATE_LIMIT_OBJECT_VALUES!r}"
    )
