from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_moderation_result_body_type import (
    BetaModerationResultBodyType,
    check_beta_moderation_result_body_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_moderation_result_body_categories import (
        BetaModerationResultBodyCategories,
    )
    from ..models.beta_moderation_result_body_category_applied_input_types import (
        BetaModerationResultBodyCategoryAppliedInputTypes,
    )
    from ..models.beta_moderation_result_body_category_scores import (
        BetaModerationResultBodyCategoryScores,
    )


T = TypeVar("T", bound="BetaModerationResultBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaModerationResultBodyCategories, \
        BetaModerationResultBodyCategoryAppliedInputTypes, \
        BetaModerationResultBodyCategoryScores
    from ..models.beta_moderation_result_body_categories import (
        BetaModerationResultBodyCategories,
    )
    from ..models.beta_moderation_result_body_category_applied_input_types import (
        BetaModerationResultBodyCategoryAppliedInputTypes,
    )
    from ..models.beta_moderation_result_body_category_scores import (
        BetaModerationResultBodyCategoryScores,
    )

    _models_bound = True


@_attrs_define
class BetaModerationResultBody:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

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

        if not isinstance(_v_categories, BetaModerationResultBodyCategories):
            categories = _v_categories
        else:
            categories = _v_categories.to_dict()

        _v_category_scores = (
            self.category_scores
            if self.category_scores is not None
            or "category_scores" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_category_scores, BetaModerationResultBodyCategoryScores):
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
            BetaModerationResultBodyCategoryAppliedInputTypes,
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
                    "type": type_,
                    "model": model,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_moderation_result_body_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

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
                categories = BetaModerationResultBodyCategories.from_dict(
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
                category_scores = BetaModerationResultBodyCategoryScores.from_dict(
                    _category_scores_raw
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
                category_applied_input_types = (
                    BetaModerationResultBodyCategoryAppliedInputTypes.from_dict(
                        _category_applied_input_types_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                category_applied_input_types = _category_applied_input_types_raw

        beta_moderation_result_body = cls(
            type_=type_,
            model=model,
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
        )
        if _none_flips:
            beta_moderation_result_body._none_flips = _none_flips

        beta_moderation_result_body.additional_properties = d
        return beta_moderation_result_body

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
