from typing import Literal

FineTuningIntegrationType = Literal["wandb"]

FINE_TUNING_INTEGRATION_TYPE_VALUES: set[FineTuningIntegrationType] = {
    "wandb",
}


def check_fine_tuning_integration_type(value: str) -> FineTuningIntegrationType:
    if value in FINE_TUNING_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_INTEGRATION_TYPE_VALUES!r}"
    )
