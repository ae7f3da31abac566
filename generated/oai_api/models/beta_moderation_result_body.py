from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_moderation_result_body_type import (
    BetaModerationResultBodyType,
    check_beta_moderation_result_body_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_moderation_result_body_categories import (
        BetaModerationResultBodyCategories,
    )
    from ..models.beta_moderation_result_body_category_applied_input_types import (
        BetaModerationResultBodyCategoryAppliedInputTypes,
    )
    from ..models.beta_moderation_result_body_category_scores import (
        BetaModerationResultBodyCategoryScores,
    )


@_attrs_define(repr=False)
class BetaModerationResultBody(_OpenModel):
    """Moderation verdict for a response's input or output: flagged or not, with per-category scores."""

    type_: BetaModerationResultBodyType

    model: str

    flagged: bool

    categories: BetaModerationResultBodyCategories

    category_scores: BetaModerationResultBodyCategoryScores

    category_applied_input_types: BetaModerationResultBodyCategoryAppliedInputTypes

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "categories",
        "category_applied_input_types",
        "category_scores",
        "flagged",
        "model",
        "type",
    )
    _tags = {"type": ("moderation_result",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_moderation_result_body_categories import (
            BetaModerationResultBodyCategories,
        )
        from ..models.beta_moderation_result_body_category_applied_input_types import (
            BetaModerationResultBodyCategoryAppliedInputTypes,
        )
        from ..models.beta_moderation_result_body_category_scores import (
            BetaModerationResultBodyCategoryScores,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_moderation_result_body_type),
            ("model", "model", REQUIRED, None),
            ("flagged", "flagged", REQUIRED, None),
            ("categories", "categories", REQUIRED, BetaModerationResultBodyCategories),
            (
                "category_scores",
                "category_scores",
                REQUIRED,
                BetaModerationResultBodyCategoryScores,
            ),
            (
                "category_applied_input_types",
                "category_applied_input_types",
                REQUIRED,
                BetaModerationResultBodyCategoryAppliedInputTypes,
            ),
        )
