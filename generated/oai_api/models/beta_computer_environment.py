from typing import Literal

BetaComputerEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

BETA_COMPUTER_ENVIRONMENT_VALUES: set[BetaComputerEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_beta_computer_environment(value: str) -> BetaComputerEnvironment:
    if value in BETA_COMPUTER_ENVIRONMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_COMPUTER_ENVIRONMENT_VALUES!r}"
    )
