from typing import Literal

FineTuneReinforcementHyperparametersEvalSamplesType0 = Literal["auto"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_EVAL_SAMPLES_TYPE_0_VALUES: set[
    FineTuneReinforcementHyperparametersEvalSamplesType0
] = {
    "auto",
}


def check_fine_tune_reinforcement_hyperparameters_eval_samples_type_0(
    value: str,
) -> FineTuneReinforcementHyperparametersEvalSamplesType0:
    if value in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_EVAL_SAMPLES_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_EVAL_SAMPLES_TYPE_0_VALUES!r}"
    )
