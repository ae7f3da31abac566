from typing import Literal

CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem = Literal[
    "image", "text"
]

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_VIOLENCE_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_violence_item(
    value: str,
) -> CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem:
    if (
        value
        in CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_VIOLENCE_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_VIOLENCE_ITEM_VALUES!r}"
    )
