from typing import Literal

BetaCompactconversationBeta = Literal["true"]

BETA_COMPACTCONVERSATION_BETA_VALUES: set[BetaCompactconversationBeta] = {
    "true",
}


def check_beta_compactconversation_beta(value: str) -> BetaCompactconversationBeta:
    if value in BETA_COMPACTCONVERSATION_BETA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPACTCONVERSATION_BETA_VALUES!r}"
    )
