from typing import Literal

ContainerNetworkPolicyDisabledParamType = Literal["disabled"]

CONTAINER_NETWORK_POLICY_DISABLED_PARAM_TYPE_VALUES: set[
    ContainerNetworkPolicyDisabledParamType
] = {
    "disabled",
}


def check_container_network_policy_disabled_param_type(
    value: str,
) -> ContainerNetworkPolicyDisabledParamType:
    if value in CONTAINER_NETWORK_POLICY_DISABLED_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_NETWORK_POLICY_DISABLED_PARAM_TYPE_VALUES!r}"
    )
