from typing import Literal

TokenCountsResourceObject = Literal["response.input_tokens"]

TOKEN_COUNTS_RESOURCE_OBJECT_VALUES: set[TokenCountsResourceObject] = {
    "response.input_tokens",
}


def check_token_counts_resource_object(value: str) -> TokenCountsResourceObject:
    if value in TOKEN_COUNTS_RESOURCE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_COUNTS_RESOURCE_OBJECT_VALUES!r}"
    )
