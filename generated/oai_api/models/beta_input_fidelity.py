from typing import Literal

BetaInputFidelity = Literal["high", "low"]

BETA_INPUT_FIDELITY_VALUES: set[BetaInputFidelity] = {
    "high",
    "low",
}


def check_beta_input_fidelity(value: str) -> BetaInputFidelity:
    if value in BETA_INPUT_FIDELITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_INPUT_FIDELITY_VALUES!r}"
    )
