from typing import Literal

FineTuneSupervisedHyperparametersBatchSizeType0 = Literal["auto"]

FINE_TUNE_SUPERVISED_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES: set[
    FineTuneSupervisedHyperparametersBatchSizeType0
] = {
    "auto",
}


def check_fine_tune_supervised_hyperparameters_batch_size_type_0(
    value: str,
) -> FineTuneSupervisedHyperparametersBatchSizeType0:
    if value in FINE_TUNE_SUPERVISED_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_SUPERVISED_HYPERPARAMETERS_BATCH_SIZE_TYPE_0_VALUES!r}"
    )
