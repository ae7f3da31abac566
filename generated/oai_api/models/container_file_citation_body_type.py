from typing import Literal

ContainerFileCitationBodyType = Literal["container_file_citation"]

CONTAINER_FILE_CITATION_BODY_TYPE_VALUES: set[ContainerFileCitationBodyType] = {
    "container_file_citation",
}


def check_container_file_citation_body_type(
    value: str,
) -> ContainerFileCitationBodyType:
    if value in CONTAINER_FILE_CITATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_FILE_CITATION_BODY_TYPE_VALUES!r}"
    )
