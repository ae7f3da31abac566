from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,
    )
    from ..models.create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from ..models.create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,
    )


T = TypeVar("T", bound="CreateModerationResponseResultsItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateModerationResponseResultsItemCategories, \
        CreateModerationResponseResultsItemCategoryAppliedInputTypes, \
        CreateModerationResponseResultsItemCategoryScores
    from ..models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,
    )
    from ..models.create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from ..models.create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,
    )

    _models_bound = True


@_attrs_define
class CreateModerationResponseResultsItem:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_flagged = (
            self.flagged
            if self.flagged is not None or "flagged" not in self._none_flips
            else UNSET
        )

        flagged = _v_flagged

        _v_categories = (
            self.categories
            if self.categories is not None or "categories" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_categories, CreateModerationResponseResultsItemCategories):
            categories = _v_categories
        else:
            categories = _v_categories.to_dict()

        _v_category_scores = (
            self.category_scores
            if self.category_scores is not None
            or "category_scores" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_category_scores, CreateModerationResponseResultsItemCategoryScores
        ):
            category_scores = _v_category_scores
        else:
            category_scores = _v_category_scores.to_dict()

        _v_category_applied_input_types = (
            self.category_applied_input_types
            if self.category_applied_input_types is not None
            or "category_applied_input_types" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_category_applied_input_types,
            CreateModerationResponseResultsItemCategoryAppliedInputTypes,
        ):
            category_applied_input_types = _v_category_applied_input_types
        else:
            category_applied_input_types = _v_category_applied_input_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "flagged": flagged,
                    "categories": categories,
                    "category_scores": category_scores,
                    "category_applied_input_types": category_applied_input_types,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        flagged = d.pop("flagged", UNSET)
        if (flagged is None or isinstance(flagged, Unset)) and strict_parsing.get():
            raise KeyError("flagged")

        if flagged is None or flagged is UNSET:
            if flagged is UNSET:
                _none_flips += ("flagged",)
            flagged = None

        _categories_raw = d.pop("categories", UNSET)
        if _categories_raw is None or isinstance(_categories_raw, Unset):
            if strict_parsing.get():
                raise KeyError("categories")

            if _categories_raw is UNSET:
                _none_flips += ("categories",)
            categories = None

        else:
            try:
                categories = CreateModerationResponseResultsItemCategories.from_dict(
                    _categories_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                categories = _categories_raw

        _category_scores_raw = d.pop("category_scores", UNSET)
        if _category_scores_raw is None or isinstance(_category_scores_raw, Unset):
            if strict_parsing.get():
                raise KeyError("category_scores")

            if _category_scores_raw is UNSET:
                _none_flips += ("category_scores",)
            category_scores = None

        else:
            try:
                category_scores = (
                    CreateModerationResponseResultsItemCategoryScores.from_dict(
                        _category_scores_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                category_scores = _category_scores_raw

        _category_applied_input_types_raw = d.pop("category_applied_input_types", UNSET)
        if _category_applied_input_types_raw is None or isinstance(
            _category_applied_input_types_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("category_applied_input_types")

            if _category_applied_input_types_raw is UNSET:
                _none_flips += ("category_applied_input_types",)
            category_applied_input_types = None

        else:
            try:
                category_applied_input_types = CreateModerationResponseResultsItemCategoryAppliedInputTypes.from_dict(
                    _category_applied_input_types_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                category_applied_input_types = _category_applied_input_types_raw

        create_moderation_response_results_item = cls(
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )
        if _none_flips:
            create_moderation_response_results_item._none_flips = _none_flips

        create_moderation_response_results_item.additional_properties = d
        return create_moderation_response_results_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
