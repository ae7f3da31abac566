from typing import Literal

ServiceTierType0 = Literal["auto", "default", "fast", "flex", "priority", "scale"]

SERVICE_TIER_TYPE_0_VALUES: set[ServiceTierType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_service_tier_type_0(value: str) -> ServiceTierType0:
    if value in SERVICE_TIER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_TIER_TYPE_0_VALUES!r}"
    )
