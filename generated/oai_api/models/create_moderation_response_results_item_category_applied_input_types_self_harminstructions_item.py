from typing import Literal

CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem = (
    Literal["image", "text"]
)

CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_SELF_HARMINSTRUCTIONS_ITEM_VALUES: set[
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem
] = {
    "image",
    "text",
}


def check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item(
    value: str,
) -> (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem
):
    if (
        value
        in CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_SELF_HARMINSTRUCTIONS_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODERATION_RESPONSE_RESULTS_ITEM_CATEGORY_APPLIED_INPUT_TYPES_SELF_HARMINSTRUCTIONS_ITEM_VALUES!r}"
    )
