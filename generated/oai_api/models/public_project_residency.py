from typing import Literal

PublicProjectResidency = Literal[
    "AE_STORAGE",
    "AE_STORAGE_PROCESSING",
    "AU_STORAGE",
    "CA_STORAGE",
    "EU_STORAGE_PROCESSING",
    "GB_STORAGE",
    "GLOBAL",
    "IN_STORAGE",
    "JP_STORAGE",
    "KR_STORAGE",
    "SG_STORAGE",
    "US_STORAGE_PROCESSING",
]

PUBLIC_PROJECT_RESIDENCY_VALUES: set[PublicProjectResidency] = {
    "AE_STORAGE",
    "AE_STORAGE_PROCESSING",
    "AU_STORAGE",
    "CA_STORAGE",
    "EU_STORAGE_PROCESSING",
    "GB_STORAGE",
    "GLOBAL",
    "IN_STORAGE",
    "JP_STORAGE",
    "KR_STORAGE",
    "SG_STORAGE",
    "US_STORAGE_PROCESSING",
}


def check_public_project_residency(value: str) -> PublicProjectResidency:
    if value in PUBLIC_PROJECT_RESIDENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUBLIC_PROJECT_RESIDENCY_VALUES!r}"
    )
