from typing import Literal

BetaServiceTierResponsesType0 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale", "ultrafast"
]

BETA_SERVICE_TIER_RESPONSES_TYPE_0_VALUES: set[BetaServiceTierResponsesType0] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
    "ultrafast",
}


def check_beta_service_tier_responses_type_0(
    value: str,
) -> BetaServiceTierResponsesType0:
    if value in BETA_SERVICE_TIER_RESPONSES_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SERVICE_TIER_RESPONSES_TYPE_0_VALUES!r}"
    )
