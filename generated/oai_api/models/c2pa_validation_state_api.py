from typing import Literal

C2PAValidationStateApi = Literal["invalid", "not_present", "trusted", "valid"]

C2PA_VALIDATION_STATE_API_VALUES: set[C2PAValidationStateApi] = {
    "invalid",
    "not_present",
    "trusted",
    "valid",
}


def check_c2pa_validation_state_api(value: str) -> C2PAValidationStateApi:
    if value in C2PA_VALIDATION_STATE_API_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {C2PA_VALIDATION_STATE_API_VALUES!r}"
    )
