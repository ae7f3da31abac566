from typing import Literal

VadConfigType = Literal["server_vad"]

VAD_CONFIG_TYPE_VALUES: set[VadConfigType] = {
    "server_vad",
}


def check_vad_config_type(value: str) -> VadConfigType:
    if value in VAD_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VAD_CONFIG_TYPE_VALUES!r}"
    )
