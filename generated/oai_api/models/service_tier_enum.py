from typing import Literal

ServiceTierEnum = Literal["auto", "default", "fast", "flex", "priority"]

SERVICE_TIER_ENUM_VALUES: set[ServiceTierEnum] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
}


def check_service_tier_enum(value: str) -> ServiceTierEnum:
    if value in SERVICE_TIER_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_TIER_ENUM_VALUES!r}"
    )
