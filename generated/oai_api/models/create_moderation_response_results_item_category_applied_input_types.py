from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_moderation_response_results_item_category_applied_input_types_harassment_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem,
    check_create_moderation_response_results_item_category_applied_input_types_harassment_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem,
    check_create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_hate_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem,
    check_create_moderation_response_results_item_category_applied_input_types_hate_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_hatethreatening_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem,
    check_create_moderation_response_results_item_category_applied_input_types_hatethreatening_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_illicit_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem,
    check_create_moderation_response_results_item_category_applied_input_types_illicit_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_illicitviolent_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem,
    check_create_moderation_response_results_item_category_applied_input_types_illicitviolent_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harm_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harmintent_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harmintent_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_sexual_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem,
    check_create_moderation_response_results_item_category_applied_input_types_sexual_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_sexualminors_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem,
    check_create_moderation_response_results_item_category_applied_input_types_sexualminors_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_violence_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem,
    check_create_moderation_response_results_item_category_applied_input_types_violence_item,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_violencegraphic_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem,
    check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategoryAppliedInputTypes")


@_attrs_define
class CreateModerationResponseResultsItemCategoryAppliedInputTypes:
    """Which input kinds (text, image) each score was computed on."""

    hate: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesHateItem]
    """ Input kinds the `hate` score is based on. """
    hatethreatening: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHatethreateningItem
    ]
    """ Input kinds the `hate/threatening` score is based on. """
    harassment: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentItem
    ]
    """ Input kinds the `harassment` score is based on. """
    harassmentthreatening: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesHarassmentthreateningItem
    ]
    """ Input kinds the `harassment/threatening` score is based on. """
    illicit: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitItem
    ]
    """ Input kinds the `illicit` score is based on. """
    illicitviolent: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesIllicitviolentItem
    ]
    """ Input kinds the `illicit/violent` score is based on. """
    self_harm: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem
    ]
    """ Input kinds the `self-harm` score is based on. """
    self_harmintent: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmintentItem
    ]
    """ Input kinds the `self-harm/intent` score is based on. """
    self_harminstructions: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarminstructionsItem
    ]
    """ Input kinds the `self-harm/instructions` score is based on. """
    sexual: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualItem]
    """ Input kinds the `sexual` score is based on. """
    sexualminors: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSexualminorsItem
    ]
    """ Input kinds the `sexual/minors` score is based on. """
    violence: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolenceItem
    ]
    """ Input kinds the `violence` score is based on. """
    violencegraphic: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesViolencegraphicItem
    ]
    """ Input kinds the `violence/graphic` score is based on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_hate = (
            self.hate
            if self.hate is not None or "hate" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_hate, list):
            hate = _v_hate
        else:
            hate = []
            for hate_item_data in _v_hate:
                hate_item: str = hate_item_data
                hate.append(hate_item)

        _v_hatethreatening = (
            self.hatethreatening
            if self.hatethreatening is not None
            or "hatethreatening" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_hatethreatening, list):
            hatethreatening = _v_hatethreatening
        else:
            hatethreatening = []
            for hatethreatening_item_data in _v_hatethreatening:
                hatethreatening_item: str = hatethreatening_item_data
                hatethreatening.append(hatethreatening_item)

        _v_harassment = (
            self.harassment
            if self.harassment is not None or "harassment" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_harassment, list):
            harassment = _v_harassment
        else:
            harassment = []
            for harassment_item_data in _v_harassment:
                harassment_item: str = harassment_item_data
                harassment.append(harassment_item)

        _v_harassmentthreatening = (
            self.harassmentthreatening
            if self.harassmentthreatening is not None
            or "harassmentthreatening" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_harassmentthreatening, list):
            harassmentthreatening = _v_harassmentthreatening
        else:
            harassmentthreatening = []
            for harassmentthreatening_item_data in _v_harassmentthreatening:
                harassmentthreatening_item: str = harassmentthreatening_item_data
                harassmentthreatening.append(harassmentthreatening_item)

        _v_illicit = (
            self.illicit
            if self.illicit is not None or "illicit" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_illicit, list):
            illicit = _v_illicit
        else:
            illicit = []
            for illicit_item_data in _v_illicit:
                illicit_item: str = illicit_item_data
                illicit.append(illicit_item)

        _v_illicitviolent = (
            self.illicitviolent
            if self.illicitviolent is not None
            or "illicitviolent" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_illicitviolent, list):
            illicitviolent = _v_illicitviolent
        else:
            illicitviolent = []
            for illicitviolent_item_data in _v_illicitviolent:
                illicitviolent_item: str = illicitviolent_item_data
                illicitviolent.append(illicitviolent_item)

        _v_self_harm = (
            self.self_harm
            if self.self_harm is not None or "self_harm" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_self_harm, list):
            self_harm = _v_self_harm
        else:
            self_harm = []
            for self_harm_item_data in _v_self_harm:
                self_harm_item: str = self_harm_item_data
                self_harm.append(self_harm_item)

        _v_self_harmintent = (
            self.self_harmintent
            if self.self_harmintent is not None
            or "self_harmintent" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_self_harmintent, list):
            self_harmintent = _v_self_harmintent
        else:
            self_harmintent = []
            for self_harmintent_item_data in _v_self_harmintent:
                self_harmintent_item: str = self_harmintent_item_data
                self_harmintent.append(self_harmintent_item)

        _v_self_harminstructions = (
            self.self_harminstructions
            if self.self_harminstructions is not None
            or "self_harminstructions" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_self_harminstructions, list):
            self_harminstructions = _v_self_harminstructions
        else:
            self_harminstructions = []
            for self_harminstructions_item_data in _v_self_harminstructions:
                self_harminstructions_item: str = self_harminstructions_item_data
                self_harminstructions.append(self_harminstructions_item)

        _v_sexual = (
            self.sexual
            if self.sexual is not None or "sexual" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sexual, list):
            sexual = _v_sexual
        else:
            sexual = []
            for sexual_item_data in _v_sexual:
                sexual_item: str = sexual_item_data
                sexual.append(sexual_item)

        _v_sexualminors = (
            self.sexualminors
            if self.sexualminors is not None or "sexualminors" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sexualminors, list):
            sexualminors = _v_sexualminors
        else:
            sexualminors = []
            for sexualminors_item_data in _v_sexualminors:
                sexualminors_item: str = sexualminors_item_data
                sexualminors.append(sexualminors_item)

        _v_violence = (
            self.violence
            if self.violence is not None or "violence" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_violence, list):
            violence = _v_violence
        else:
            violence = []
            for violence_item_data in _v_violence:
                violence_item: str = violence_item_data
                violence.append(violence_item)

        _v_violencegraphic = (
            self.violencegraphic
            if self.violencegraphic is not None
            or "violencegraphic" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_violencegraphic, list):
            violencegraphic = _v_violencegraphic
        else:
            violencegraphic = []
            for violencegraphic_item_data in _v_violencegraphic:
                violencegraphic_item: str = violencegraphic_item_data
                violencegraphic.append(violencegraphic_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "hate": hate,
                    "hate/threatening": hatethreatening,
                    "harassment": harassment,
                    "harassment/threatening": harassmentthreatening,
                    "illicit": illicit,
                    "illicit/violent": illicitviolent,
                    "self-harm": self_harm,
                    "self-harm/intent": self_harmintent,
                    "self-harm/instructions": self_harminstructions,
                    "sexual": sexual,
                    "sexual/minors": sexualminors,
                    "violence": violence,
                    "violence/graphic": violencegraphic,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _hate_raw = d.pop("hate", UNSET)
        if _hate_raw is None or isinstance(_hate_raw, Unset):
            if strict_parsing.get():
                raise KeyError("hate")

            if _hate_raw is UNSET:
                _none_flips += ("hate",)
            hate = None

        else:
            try:
                hate = []
                _hate = _hate_raw
                if not isinstance(_hate, list):
                    raise TypeError()
                for hate_item_data in _hate:
                    hate_item = check_create_moderation_response_results_item_category_applied_input_types_hate_item(
                        hate_item_data
                    )

                    hate.append(hate_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                hate = _hate_raw

        _hatethreatening_raw = d.pop("hate/threatening", UNSET)
        if _hatethreatening_raw is None or isinstance(_hatethreatening_raw, Unset):
            if strict_parsing.get():
                raise KeyError("hate/threatening")

            if _hatethreatening_raw is UNSET:
                _none_flips += ("hatethreatening",)
            hatethreatening = None

        else:
            try:
                hatethreatening = []
                _hatethreatening = _hatethreatening_raw
                if not isinstance(_hatethreatening, list):
                    raise TypeError()
                for hatethreatening_item_data in _hatethreatening:
                    hatethreatening_item = check_create_moderation_response_results_item_category_applied_input_types_hatethreatening_item(
                        hatethreatening_item_data
                    )

                    hatethreatening.append(hatethreatening_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                hatethreatening = _hatethreatening_raw

        _harassment_raw = d.pop("harassment", UNSET)
        if _harassment_raw is None or isinstance(_harassment_raw, Unset):
            if strict_parsing.get():
                raise KeyError("harassment")

            if _harassment_raw is UNSET:
                _none_flips += ("harassment",)
            harassment = None

        else:
            try:
                harassment = []
                _harassment = _harassment_raw
                if not isinstance(_harassment, list):
                    raise TypeError()
                for harassment_item_data in _harassment:
                    harassment_item = check_create_moderation_response_results_item_category_applied_input_types_harassment_item(
                        harassment_item_data
                    )

                    harassment.append(harassment_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                harassment = _harassment_raw

        _harassmentthreatening_raw = d.pop("harassment/threatening", UNSET)
        if _harassmentthreatening_raw is None or isinstance(
            _harassmentthreatening_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("harassment/threatening")

            if _harassmentthreatening_raw is UNSET:
                _none_flips += ("harassmentthreatening",)
            harassmentthreatening = None

        else:
            try:
                harassmentthreatening = []
                _harassmentthreatening = _harassmentthreatening_raw
                if not isinstance(_harassmentthreatening, list):
                    raise TypeError()
                for harassmentthreatening_item_data in _harassmentthreatening:
                    harassmentthreatening_item = check_create_moderation_response_results_item_category_applied_input_types_harassmentthreatening_item(
                        harassmentthreatening_item_data
                    )

                    harassmentthreatening.append(harassmentthreatening_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                harassmentthreatening = _harassmentthreatening_raw

        _illicit_raw = d.pop("illicit", UNSET)
        if _illicit_raw is None or isinstance(_illicit_raw, Unset):
            if strict_parsing.get():
                raise KeyError("illicit")

            if _illicit_raw is UNSET:
                _none_flips += ("illicit",)
            illicit = None

        else:
            try:
                illicit = []
                _illicit = _illicit_raw
                if not isinstance(_illicit, list):
                    raise TypeError()
                for illicit_item_data in _illicit:
                    illicit_item = check_create_moderation_response_results_item_category_applied_input_types_illicit_item(
                        illicit_item_data
                    )

                    illicit.append(illicit_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                illicit = _illicit_raw

        _illicitviolent_raw = d.pop("illicit/violent", UNSET)
        if _illicitviolent_raw is None or isinstance(_illicitviolent_raw, Unset):
            if strict_parsing.get():
                raise KeyError("illicit/violent")

            if _illicitviolent_raw is UNSET:
                _none_flips += ("illicitviolent",)
            illicitviolent = None

        else:
            try:
                illicitviolent = []
                _illicitviolent = _illicitviolent_raw
                if not isinstance(_illicitviolent, list):
                    raise TypeError()
                for illicitviolent_item_data in _illicitviolent:
                    illicitviolent_item = check_create_moderation_response_results_item_category_applied_input_types_illicitviolent_item(
                        illicitviolent_item_data
                    )

                    illicitviolent.append(illicitviolent_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                illicitviolent = _illicitviolent_raw

        _self_harm_raw = d.pop("self-harm", UNSET)
        if _self_harm_raw is None or isinstance(_self_harm_raw, Unset):
            if strict_parsing.get():
                raise KeyError("self-harm")

            if _self_harm_raw is UNSET:
                _none_flips += ("self_harm",)
            self_harm = None

        else:
            try:
                self_harm = []
                _self_harm = _self_harm_raw
                if not isinstance(_self_harm, list):
                    raise TypeError()
                for self_harm_item_data in _self_harm:
                    self_harm_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        self_harm_item_data
                    )

                    self_harm.append(self_harm_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                self_harm = _self_harm_raw

        _self_harmintent_raw = d.pop("self-harm/intent", UNSET)
        if _self_harmintent_raw is None or isinstance(_self_harmintent_raw, Unset):
            if strict_parsing.get():
                raise KeyError("self-harm/intent")

            if _self_harmintent_raw is UNSET:
                _none_flips += ("self_harmintent",)
            self_harmintent = None

        else:
            try:
                self_harmintent = []
                _self_harmintent = _self_harmintent_raw
                if not isinstance(_self_harmintent, list):
                    raise TypeError()
                for self_harmintent_item_data in _self_harmintent:
                    self_harmintent_item = check_create_moderation_response_results_item_category_applied_input_types_self_harmintent_item(
                        self_harmintent_item_data
                    )

                    self_harmintent.append(self_harmintent_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                self_harmintent = _self_harmintent_raw

        _self_harminstructions_raw = d.pop("self-harm/instructions", UNSET)
        if _self_harminstructions_raw is None or isinstance(
            _self_harminstructions_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("self-harm/instructions")

            if _self_harminstructions_raw is UNSET:
                _none_flips += ("self_harminstructions",)
            self_harminstructions = None

        else:
            try:
                self_harminstructions = []
                _self_harminstructions = _self_harminstructions_raw
                if not isinstance(_self_harminstructions, list):
                    raise TypeError()
                for self_harminstructions_item_data in _self_harminstructions:
                    self_harminstructions_item = check_create_moderation_response_results_item_category_applied_input_types_self_harminstructions_item(
                        self_harminstructions_item_data
                    )

                    self_harminstructions.append(self_harminstructions_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                self_harminstructions = _self_harminstructions_raw

        _sexual_raw = d.pop("sexual", UNSET)
        if _sexual_raw is None or isinstance(_sexual_raw, Unset):
            if strict_parsing.get():
                raise KeyError("sexual")

            if _sexual_raw is UNSET:
                _none_flips += ("sexual",)
            sexual = None

        else:
            try:
                sexual = []
                _sexual = _sexual_raw
                if not isinstance(_sexual, list):
                    raise TypeError()
                for sexual_item_data in _sexual:
                    sexual_item = check_create_moderation_response_results_item_category_applied_input_types_sexual_item(
                        sexual_item_data
                    )

                    sexual.append(sexual_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sexual = _sexual_raw

        _sexualminors_raw = d.pop("sexual/minors", UNSET)
        if _sexualminors_raw is None or isinstance(_sexualminors_raw, Unset):
            if strict_parsing.get():
                raise KeyError("sexual/minors")

            if _sexualminors_raw is UNSET:
                _none_flips += ("sexualminors",)
            sexualminors = None

        else:
            try:
                sexualminors = []
                _sexualminors = _sexualminors_raw
                if not isinstance(_sexualminors, list):
                    raise TypeError()
                for sexualminors_item_data in _sexualminors:
                    sexualminors_item = check_create_moderation_response_results_item_category_applied_input_types_sexualminors_item(
                        sexualminors_item_data
                    )

                    sexualminors.append(sexualminors_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sexualminors = _sexualminors_raw

        _violence_raw = d.pop("violence", UNSET)
        if _violence_raw is None or isinstance(_violence_raw, Unset):
            if strict_parsing.get():
                raise KeyError("violence")

            if _violence_raw is UNSET:
                _none_flips += ("violence",)
            violence = None

        else:
            try:
                violence = []
                _violence = _violence_raw
                if not isinstance(_violence, list):
                    raise TypeError()
                for violence_item_data in _violence:
                    violence_item = check_create_moderation_response_results_item_category_applied_input_types_violence_item(
                        violence_item_data
                    )

                    violence.append(violence_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                violence = _violence_raw

        _violencegraphic_raw = d.pop("violence/graphic", UNSET)
        if _violencegraphic_raw is None or isinstance(_violencegraphic_raw, Unset):
            if strict_parsing.get():
                raise KeyError("violence/graphic")

            if _violencegraphic_raw is UNSET:
                _none_flips += ("violencegraphic",)
            violencegraphic = None

        else:
            try:
                violencegraphic = []
                _violencegraphic = _violencegraphic_raw
                if not isinstance(_violencegraphic, list):
                    raise TypeError()
                for violencegraphic_item_data in _violencegraphic:
                    violencegraphic_item = check_create_moderation_response_results_item_category_applied_input_types_violencegraphic_item(
                        violencegraphic_item_data
                    )

                    violencegraphic.append(violencegraphic_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                violencegraphic = _violencegraphic_raw

        create_moderation_response_results_item_category_applied_input_types = cls(
            hate=hate,
            hatethreatening=hatethreatening,
            harassment=harassment,
            harassmentthreatening=harassmentthreatening,
            illicit=illicit,
            illicitviolent=illicitviolent,
            self_harm=self_harm,
            self_harmintent=self_harmintent,
            self_harminstructions=self_harminstructions,
            sexual=sexual,
            sexualminors=sexualminors,
            violence=violence,
            violencegraphic=violencegraphic,
        )
        if _none_flips:
            create_moderation_response_results_item_category_applied_input_types._none_flips = _none_flips

        create_moderation_response_results_item_category_applied_input_types.additional_properties = d
        return create_moderation_response_results_item_category_applied_input_types

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
