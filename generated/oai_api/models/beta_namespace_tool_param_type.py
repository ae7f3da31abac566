from typing import Literal

BetaNamespaceToolParamType = Literal["namespace"]

BETA_NAMESPACE_TOOL_PARAM_TYPE_VALUES: set[BetaNamespaceToolParamType] = {
    "namespace",
}


def check_beta_namespace_tool_param_type(value: str) -> BetaNamespaceToolParamType:
    if value in BETA_NAMESPACE_TOOL_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_NAMESPACE_TOOL_PARAM_TYPE_VALUES!r}"
    )
