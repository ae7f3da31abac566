from typing import Literal

BetaTokenCountsResourceObject = Literal["response.input_tokens"]

BETA_TOKEN_COUNTS_RESOURCE_OBJECT_VALUES: set[BetaTokenCountsResourceObject] = {
    "response.input_tokens",
}


def check_beta_token_counts_resource_object(
    value: str,
) -> BetaTokenCountsResourceObject:
    if value in BETA_TOKEN_COUNTS_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_TOKEN_COUNTS_RESOURCE_OBJECT_VALUES!r}"
    )
