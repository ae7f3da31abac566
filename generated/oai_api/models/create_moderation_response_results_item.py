from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,
    )
    from ..models.create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from ..models.create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,
    )


@_attrs_define(repr=False)
class CreateModerationResponseResultsItem(_OpenModel):
    flagged: bool
    """ True if any category was flagged. """
    categories: CreateModerationResponseResultsItemCategories
    """ Whether each category was flagged. """
    category_scores: CreateModerationResponseResultsItemCategoryScores
    """ Model confidence (0-1) for each category. """
    category_applied_input_types: (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes
    )
    """ Which input kinds (text, image) each score was computed on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("categories", "category_applied_input_types", "category_scores", "flagged")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_moderation_response_results_item_categories import (
            CreateModerationResponseResultsItemCategories,
        )
        from ..models.create_moderation_response_results_item_category_applied_input_types import (
            CreateModerationResponseResultsItemCategoryAppliedInputTypes,
        )
        from ..models.create_moderation_response_results_item_category_scores import (
            CreateModerationResponseResultsItemCategoryScores,
        )

        return fields(
            ("flagged", "flagged", REQUIRED, None),
            (
                "categories",
                "categories",
                REQUIRED,
                CreateModerationResponseResultsItemCategories,
            ),
            (
                "category_scores",
                "category_scores",
                REQUIRED,
                CreateModerationResponseResultsItemCategoryScores,
            ),
            (
                "category_applied_input_types",
                "category_applied_input_types",
                REQUIRED,
                CreateModerationResponseResultsItemCategoryAppliedInputTypes,
            ),
        )
