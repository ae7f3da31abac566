from typing import Literal

BetaFileCitationBodyType = Literal["file_citation"]

BETA_FILE_CITATION_BODY_TYPE_VALUES: set[BetaFileCitationBodyType] = {
    "file_citation",
}


def check_beta_file_citation_body_type(value: str) -> BetaFileCitationBodyType:
    if value in BETA_FILE_CITATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_CITATION_BODY_TYPE_VALUES!r}"
    )
