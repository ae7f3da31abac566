from typing import Literal

BetaCompactionBodyType = Literal["compaction"]

BETA_COMPACTION_BODY_TYPE_VALUES: set[BetaCompactionBodyType] = {
    "compaction",
}


def check_beta_compaction_body_type(value: str) -> BetaCompactionBodyType:
    if value in BETA_COMPACTION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPACTION_BODY_TYPE_VALUES!r}"
    )
