from typing import Literal

BetaServiceTierEnum = Literal["auto", "default", "fast", "flex", "priority"]

BETA_SERVICE_TIER_ENUM_VALUES: set[BetaServiceTierEnum] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
}


def check_beta_service_tier_enum(value: str) -> BetaServiceTierEnum:
    if value in BETA_SERVICE_TIER_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SERVICE_TIER_ENUM_VALUES!r}"
    )
