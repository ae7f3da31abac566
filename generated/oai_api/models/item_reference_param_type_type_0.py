from typing import Literal

ItemReferenceParamTypeType0 = Literal["item_reference"]

ITEM_REFERENCE_PARAM_TYPE_TYPE_0_VALUES: set[ItemReferenceParamTypeType0] = {
    "item_reference",
}


def check_item_reference_param_type_type_0(value: str) -> ItemReferenceParamTypeType0:
    if value in ITEM_REFERENCE_PARAM_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ITEM_REFERENCE_PARAM_TYPE_TYPE_0_VALUES!r}"
    )
