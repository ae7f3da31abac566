from typing import Literal

BetaContainerFileCitationParamType = Literal["container_file_citation"]

BETA_CONTAINER_FILE_CITATION_PARAM_TYPE_VALUES: set[
    BetaContainerFileCitationParamType
] = {
    "container_file_citation",
}


def check_beta_container_file_citation_param_type(
    value: str,
) -> BetaContainerFileCitationParamType:
    if value in BETA_CONTAINER_FILE_CITATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_FILE_CITATION_PARAM_TYPE_VALUES!r}"
    )
