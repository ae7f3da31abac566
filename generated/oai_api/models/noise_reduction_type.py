from typing import Literal

NoiseReductionType = Literal["far_field", "near_field"]

NOISE_REDUCTION_TYPE_VALUES: set[NoiseReductionType] = {
    "far_field",
    "near_field",
}


def check_noise_reduction_type(value: str) -> NoiseReductionType:
    if value in NOISE_REDUCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOISE_REDUCTION_TYPE_VALUES!r}"
    )
