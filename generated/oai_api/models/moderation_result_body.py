from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.moderation_result_body_type import (
    ModerationResultBodyType,
    check_moderation_result_body_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.moderation_result_body_categories import (
        ModerationResultBodyCategories,
    )
    from ..models.moderation_result_body_category_applied_input_types import (
        ModerationResultBodyCategoryAppliedInputTypes,
    )
    from ..models.moderation_result_body_category_scores import (
        ModerationResultBodyCategoryScores,
    )


@_attrs_define(repr=False)
class ModerationResultBody(_OpenModel):
    """Moderation verdict for one item."""

    type_: ModerationResultBodyType
    """ Result kind. """
    model: str
    """ Moderation model used. """
    flagged: bool
    """ True if any category was flagged. """
    categories: ModerationResultBodyCategories
    """ Flag per category. """
    category_scores: ModerationResultBodyCategoryScores
    """ Score per category. """
    category_applied_input_types: ModerationResultBodyCategoryAppliedInputTypes
    """ Input kinds each category was checked on. """
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
        from ..models.moderation_result_body_categories import (
            ModerationResultBodyCategories,
        )
        from ..models.moderation_result_body_category_applied_input_types import (
            ModerationResultBodyCategoryAppliedInputTypes,
        )
        from ..models.moderation_result_body_category_scores import (
            ModerationResultBodyCategoryScores,
        )

        return fields(
            ("type_", "type", REQUIRED, check_moderation_result_body_type),
            ("model", "model", REQUIRED, None),
            ("flagged", "flagged", REQUIRED, None),
            ("categories", "categories", REQUIRED, ModerationResultBodyCategories),
            (
                "category_scores",
                "category_scores",
                REQUIRED,
                ModerationResultBodyCategoryScores,
            ),
            (
                "category_applied_input_types",
                "category_applied_input_types",
                REQUIRED,
                ModerationResultBodyCategoryAppliedInputTypes,
            ),
        )
