from typing import Literal

BetaReasoningContextType0 = Literal["all_turns", "auto", "current_turn"]

BETA_REASONING_CONTEXT_TYPE_0_VALUES: set[BetaReasoningContextType0] = {
    "all_turns",
    "auto",
    "current_turn",
}


def check_beta_reasoning_context_type_0(value: str) -> BetaReasoningContextType0:
    if value in BETA_REASONING_CONTEXT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REASONING_CONTEXT_TYPE_0_VALUES!r}"
    )
