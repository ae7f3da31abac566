from typing import Literal

ContainerResourceNetworkPolicyType = Literal["allowlist", "disabled"]

CONTAINER_RESOURCE_NETWORK_POLICY_TYPE_VALUES: set[
    ContainerResourceNetworkPolicyType
] = {
    "allowlist",
    "disabled",
}


def check_container_resource_network_policy_type(
    value: str,
) -> ContainerResourceNetworkPolicyType:
    if value in CONTAINER_RESOURCE_NETWORK_POLICY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_RESOURCE_NETWORK_POLICY_TYPE_VALUES!r}"
    )
