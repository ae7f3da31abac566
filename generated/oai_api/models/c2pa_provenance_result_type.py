from typing import Literal

C2PAProvenanceResultType = Literal["c2pa"]

C2PA_PROVENANCE_RESULT_TYPE_VALUES: set[C2PAProvenanceResultType] = {
    "c2pa",
}


def check_c2pa_provenance_result_type(value: str) -> C2PAProvenanceResultType:
    if value in C2PA_PROVENANCE_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {C2PA_PROVENANCE_RESULT_TYPE_VALUES!r}"
    )
