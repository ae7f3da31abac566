from typing import Literal

BetaSkillReferenceParamType = Literal["skill_reference"]

BETA_SKILL_REFERENCE_PARAM_TYPE_VALUES: set[BetaSkillReferenceParamType] = {
    "skill_reference",
}


def check_beta_skill_reference_param_type(value: str) -> BetaSkillReferenceParamType:
    if value in BETA_SKILL_REFERENCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_SKILL_REFERENCE_PARAM_TYPE_VALUES!r}"
    )
