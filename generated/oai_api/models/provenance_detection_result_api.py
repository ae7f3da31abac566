from typing import Literal

ProvenanceDetectionResultApi = Literal["detected", "not_detected"]

PROVENANCE_DETECTION_RESULT_API_VALUES: set[ProvenanceDetectionResultApi] = {
    "detected",
    "not_detected",
}


def check_provenance_detection_result_api(value: str) -> ProvenanceDetectionResultApi:
    if value in PROVENANCE_DETECTION_RESULT_API_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVENANCE_DETECTION_RESULT_API_VALUES!r}"
    )
