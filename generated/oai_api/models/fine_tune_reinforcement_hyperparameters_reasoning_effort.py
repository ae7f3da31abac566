from typing import Literal

FineTuneReinforcementHyperparametersReasoningEffort = Literal[
    "default", "high", "low", "medium"
]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_REASONING_EFFORT_VALUES: set[
    FineTuneReinforcementHyperparametersReasoningEffort
] = {
    "default",
    "high",
    "low",
    "medium",
}


def check_fine_tune_reinforcement_hyperparameters_reasoning_effort(
    value: str,
) -> FineTuneReinforcementHyperparametersReasoningEffort:
    if value in FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_REASONING_EFFORT_VALUES!r}"
    )
