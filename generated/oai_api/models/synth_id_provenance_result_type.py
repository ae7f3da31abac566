from typing import Literal

SynthIDProvenanceResultType = Literal["synthid"]

SYNTH_ID_PROVENANCE_RESULT_TYPE_VALUES: set[SynthIDProvenanceResultType] = {
    "synthid",
}


def check_synth_id_provenance_result_type(value: str) -> SynthIDProvenanceResultType:
    if value in SYNTH_ID_PROVENANCE_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNTH_ID_PROVENANCE_RESULT_TYPE_VALUES!r}"
    )
