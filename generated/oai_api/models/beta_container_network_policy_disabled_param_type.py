from typing import Literal

BetaContainerNetworkPolicyDisabledParamType = Literal["disabled"]

BETA_CONTAINER_NETWORK_POLICY_DISABLED_PARAM_TYPE_VALUES: set[
    BetaContainerNetworkPolicyDisabledParamType
] = {
    "disabled",
}


def check_beta_container_network_policy_disabled_param_type(
    value: str,
) -> BetaContainerNetworkPolicyDisabledParamType:
    if value in BETA_CONTAINER_NETWORK_POLICY_DISABLED_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_NETWORK_POLICY_DISABLED_PARAM_TYPE_VALUES!r}"
    )
