from typing import Literal

BetaContainerNetworkPolicyAllowlistParamType = Literal["allowlist"]

BETA_CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES: set[
    BetaContainerNetworkPolicyAllowlistParamType
] = {
    "allowlist",
}


def check_beta_container_network_policy_allowlist_param_type(
    value: str,
) -> BetaContainerNetworkPolicyAllowlistParamType:
    if value in BETA_CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES!r}"
    )
