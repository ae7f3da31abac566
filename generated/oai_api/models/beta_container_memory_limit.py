from typing import Literal

BetaContainerMemoryLimit = Literal["16g", "1g", "4g", "64g"]

BETA_CONTAINER_MEMORY_LIMIT_VALUES: set[BetaContainerMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_beta_container_memory_limit(value: str) -> BetaContainerMemoryLimit:
    if value in BETA_CONTAINER_MEMORY_LIMIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_MEMORY_LIMIT_VALUES!r}"
    )
