from typing import Literal

BetaFileCitationParamType = Literal["file_citation"]

BETA_FILE_CITATION_PARAM_TYPE_VALUES: set[BetaFileCitationParamType] = {
    "file_citation",
}


def check_beta_file_citation_param_type(value: str) -> BetaFileCitationParamType:
    if value in BETA_FILE_CITATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_FILE_CITATION_PARAM_TYPE_VALUES!r}"
    )
