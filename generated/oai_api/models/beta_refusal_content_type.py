from typing import Literal

BetaRefusalContentType = Literal["refusal"]

BETA_REFUSAL_CONTENT_TYPE_VALUES: set[BetaRefusalContentType] = {
    "refusal",
}


def check_beta_refusal_content_type(value: str) -> BetaRefusalContentType:
    if value in BETA_REFUSAL_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_REFUSAL_CONTENT_TYPE_VALUES!r}"
    )
