from typing import Literal

FineTuneSupervisedHyperparametersNEpochsType0 = Literal["auto"]

FINE_TUNE_SUPERVISED_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES: set[
    FineTuneSupervisedHyperparametersNEpochsType0
] = {
    "auto",
}


def check_fine_tune_supervised_hyperparameters_n_epochs_type_0(
    value: str,
) -> FineTuneSupervisedHyperparametersNEpochsType0:
    if value in FINE_TUNE_SUPERVISED_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_SUPERVISED_HYPERPARAMETERS_N_EPOCHS_TYPE_0_VALUES!r}"
    )
