from typing import Literal

BetaModelIdsResponsesType1 = Literal[
    "computer-use-preview",
    "computer-use-preview-2025-03-11",
    "gpt-5-codex",
    "gpt-5-pro",
    "gpt-5-pro-2025-10-06",
    "gpt-5.1-codex-max",
    "gpt-5.5-pro",
    "gpt-5.5-pro-2026-04-23",
    "gpt-5.6-cyber",
    "gpt-daybreak-blue-latest",
    "gpt-daybreak-red-latest",
    "o1-pro",
    "o1-pro-2025-03-19",
    "o3-deep-research",
    "o3-deep-research-2025-06-26",
    "o3-pro",
    "o3-pro-2025-06-10",
    "o4-mini-deep-research",
    "o4-mini-deep-research-2025-06-26",
]

BETA_MODEL_IDS_RESPONSES_TYPE_1_VALUES: set[BetaModelIdsResponsesType1] = {
    "computer-use-preview",
    "computer-use-preview-2025-03-11",
    "gpt-5-codex",
    "gpt-5-pro",
    "gpt-5-pro-2025-10-06",
    "gpt-5.1-codex-max",
    "gpt-5.5-pro",
    "gpt-5.5-pro-2026-04-23",
    "gpt-5.6-cyber",
    "gpt-daybreak-blue-latest",
    "gpt-daybreak-red-latest",
    "o1-pro",
    "o1-pro-2025-03-19",
    "o3-deep-research",
    "o3-deep-research-2025-06-26",
    "o3-pro",
    "o3-pro-2025-06-10",
    "o4-mini-deep-research",
    "o4-mini-deep-research-2025-06-26",
}


def check_beta_model_ids_responses_type_1(value: str) -> BetaModelIdsResponsesType1:
    if value in BETA_MODEL_IDS_RESPONSES_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BETA_MODEL_IDS_RESPONSES_TYPE_1_VALUES!r}"
    )
