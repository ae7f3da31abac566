from typing import Literal

BetaResponseObject = Literal["response"]

BETA_RESPONSE_OBJECT_VALUES: set[BetaResponseObject] = {
    "response",
}


def check_beta_response_object(value: str) -> BetaResponseObject:
    if value in BETA_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_RESPONSE_OBJECT_VALUES!r}"
    )
