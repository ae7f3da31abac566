from typing import Literal

FineTuneDPOHyperparametersNEpochsType0 = Literal["auto"]

FINE_TUNE_DPO_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES: set[
    FineTuneDPOHyperparametersNEpochsType0
] = {
    "auto",
}


def check_fine_tune_dpo_hyperparameters_n_epochs_type_0(
    value: str,
) -> FineTuneDPOHyperparametersNEpochsType0:
    if value in FINE_TUNE_DPO_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_DPO_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES!r}"
    )
