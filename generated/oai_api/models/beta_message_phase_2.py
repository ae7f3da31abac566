from typing import Literal

BetaMessagePhase2 = Literal["commentary", "final_answer"]

BETA_MESSAGE_PHASE_2_VALUES: set[BetaMessagePhase2] = {
    "commentary",
    "final_answer",
}


def check_beta_message_phase_2(value: str) -> BetaMessagePhase2:
    if value in BETA_MESSAGE_PHASE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MESSAGE_PHASE_2_VALUES!r}"
    )
