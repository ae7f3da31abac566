from typing import Literal

BetaItemReferenceParamTypeType0 = Literal["item_reference"]

BETA_ITEM_REFERENCE_PARAM_TYPE_TYPE_0_VALUES: set[BetaItemReferenceParamTypeType0] = {
    "item_reference",
}


def check_beta_item_reference_param_type_type_0(
    value: str,
) -> BetaItemReferenceParamTypeType0:
    if value in BETA_ITEM_REFERENCE_PARAM_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_ITEM_REFERENCE_PARAM_TYPE_TYPE_0_VALUES!r}"
    )
