from typing import Literal

BetaContainerFileCitationBodyType = Literal["container_file_citation"]

BETA_CONTAINER_FILE_CITATION_BODY_TYPE_VALUES: set[
    BetaContainerFileCitationBodyType
] = {
    "container_file_citation",
}


def check_beta_container_file_citation_body_type(
    value: str,
) -> BetaContainerFileCitationBodyType:
    if value in BETA_CONTAINER_FILE_CITATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_CONTAINER_FILE_CITATION_BODY_TYPE_VALUES!r}"
    )
