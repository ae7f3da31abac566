from typing import Literal

BetaReasoningEffortType0 = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

BETA_REASONING_EFFORT_TYPE_0_VALUES: set[BetaReasoningEffortType0] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_beta_reasoning_effort_type_0(value: str) -> BetaReasoningEffortType0:
    if value in BETA_REASONING_EFFORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_EFFORT_TYPE_0_VALUES!r}"
    )
