from typing import Literal

BetaMessagePhase = Literal["commentary", "final_answer"]

BETA_MESSAGE_PHASE_VALUES: set[BetaMessagePhase] = {
    "commentary",
    "final_answer",
}


def check_beta_message_phase(value: str) -> BetaMessagePhase:
    if value in BETA_MESSAGE_PHASE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MESSAGE_PHASE_VALUES!r}"
    )
