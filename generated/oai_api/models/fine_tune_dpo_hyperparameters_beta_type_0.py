from typing import Literal

FineTuneDPOHyperparametersBetaType0 = Literal["auto"]

FINE_TUNE_DPO_HYPERPARAMETERS_BETA_TYPE_0_VALUES: set[
    FineTuneDPOHyperparametersBetaType0
] = {
    "auto",
}


def check_fine_tune_dpo_hyperparameters_beta_type_0(
    value: str,
) -> FineTuneDPOHyperparametersBetaType0:
    if value in FINE_TUNE_DPO_HYPERPARAMETERS_BETA_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_DPO_HYPERPARAMETERS_BETA_TYPE_0_VALUES!r}"
    )
