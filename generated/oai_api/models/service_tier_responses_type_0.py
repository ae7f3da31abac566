from typing import Literal

ServiceTierResponsesType0 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale", "ultrafast"
]

SERVICE_TIER_RESPONSES_TYPE_0_VALUES: set[ServiceTierResponsesType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
    "ultrafast",
}


def check_service_tier_responses_type_0(value: str) -> ServiceTierResponsesType0:
    if value in SERVICE_TIER_RESPONSES_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_TIER_RESPONSES_TYPE_0_VALUES!r}"
    )
