from typing import Literal

FineTuneDPOHyperparametersBatchSizeType0 = Literal["auto"]

FINE_TUNE_DPO_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES: set[
    FineTuneDPOHyperparametersBatchSizeType0
] = {
    "auto",
}


def check_fine_tune_dpo_hyperparameters_batch_size_type_0(
    value: str,
) -> FineTuneDPOHyperparametersBatchSizeType0:
    if value in FINE_TUNE_DPO_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_DPO_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES!r}"
    )
