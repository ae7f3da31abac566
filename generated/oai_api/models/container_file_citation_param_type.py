from typing import Literal

ContainerFileCitationParamType = Literal["container_file_citation"]

CONTAINER_FILE_CITATION_PARAM_TYPE_VALUES: set[ContainerFileCitationParamType] = {
    "container_file_citation",
}


def check_container_file_citation_param_type(
    value: str,
) -> ContainerFileCitationParamType:
    if value in CONTAINER_FILE_CITATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_FILE_CITATION_PARAM_TYPE_VALUES!r}"
    )
