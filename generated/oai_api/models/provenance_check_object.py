from typing import Literal

ProvenanceCheckObject = Literal["content_provenance_check"]

PROVENANCE_CHECK_OBJECT_VALUES: set[ProvenanceCheckObject] = {
    "content_provenance_check",
}


def check_provenance_check_object(value: str) -> ProvenanceCheckObject:
    if value in PROVENANCE_CHECK_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVENANCE_CHECK_OBJECT_VALUES!r}"
    )
