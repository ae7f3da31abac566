from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategoryScores")


@_attrs_define
class CreateModerationResponseResultsItemCategoryScores:
    """Model confidence (0-1) for each category."""

    hate: float
    """ Confidence (0-1) for `hate`. """
    hatethreatening: float
    """ Confidence (0-1) for `hate/threatening`. """
    harassment: float
    """ Confidence (0-1) for `harassment`. """
    harassmentthreatening: float
    """ Confidence (0-1) for `harassment/threatening`. """
    illicit: float
    """ Confidence (0-1) for `illicit`. """
    illicitviolent: float
    """ Confidence (0-1) for `illicit/violent`. """
    self_harm: float
    """ Confidence (0-1) for `self-harm`. """
    self_harmintent: float
    """ Confidence (0-1) for `self-harm/intent`. """
    self_harminstructions: float
    """ Confidence (0-1) for `self-harm/instructions`. """
    sexual: float
    """ Confidence (0-1) for `sexual`. """
    sexualminors: float
    """ Confidence (0-1) for `sexual/minors`. """
    violence: float
    """ Confidence (0-1) for `violence`. """
    violencegraphic: float
    """ Confidence (0-1) for `violence/graphic`. """
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

        hate = _v_hate

        _v_hatethreatening = (
            self.hatethreatening
            if self.hatethreatening is not None
            or "hatethreatening" not in self._none_flips
            else UNSET
        )

        hatethreatening = _v_hatethreatening

        _v_harassment = (
            self.harassment
            if self.harassment is not None or "harassment" not in self._none_flips
            else UNSET
        )

        harassment = _v_harassment

        _v_harassmentthreatening = (
            self.harassmentthreatening
            if self.harassmentthreatening is not None
            or "harassmentthreatening" not in self._none_flips
            else UNSET
        )

        harassmentthreatening = _v_harassmentthreatening

        _v_illicit = (
            self.illicit
            if self.illicit is not None or "illicit" not in self._none_flips
            else UNSET
        )

        illicit = _v_illicit

        _v_illicitviolent = (
            self.illicitviolent
            if self.illicitviolent is not None
            or "illicitviolent" not in self._none_flips
            else UNSET
        )

        illicitviolent = _v_illicitviolent

        _v_self_harm = (
            self.self_harm
            if self.self_harm is not None or "self_harm" not in self._none_flips
            else UNSET
        )

        self_harm = _v_self_harm

        _v_self_harmintent = (
            self.self_harmintent
            if self.self_harmintent is not None
            or "self_harmintent" not in self._none_flips
            else UNSET
        )

        self_harmintent = _v_self_harmintent

        _v_self_harminstructions = (
            self.self_harminstructions
            if self.self_harminstructions is not None
            or "self_harminstructions" not in self._none_flips
            else UNSET
        )

        self_harminstructions = _v_self_harminstructions

        _v_sexual = (
            self.sexual
            if self.sexual is not None or "sexual" not in self._none_flips
            else UNSET
        )

        sexual = _v_sexual

        _v_sexualminors = (
            self.sexualminors
            if self.sexualminors is not None or "sexualminors" not in self._none_flips
            else UNSET
        )

        sexualminors = _v_sexualminors

        _v_violence = (
            self.violence
            if self.violence is not None or "violence" not in self._none_flips
            else UNSET
        )

        violence = _v_violence

        _v_violencegraphic = (
            self.violencegraphic
            if self.violencegraphic is not None
            or "violencegraphic" not in self._none_flips
            else UNSET
        )

        violencegraphic = _v_violencegraphic

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
        hate = d.pop("hate", UNSET)
        if (hate is None or isinstance(hate, Unset)) and strict_parsing.get():
            raise KeyError("hate")

        if hate is None or hate is UNSET:
            if hate is UNSET:
                _none_flips += ("hate",)
            hate = None

        hatethreatening = d.pop("hate/threatening", UNSET)
        if (
            hatethreatening is None or isinstance(hatethreatening, Unset)
        ) and strict_parsing.get():
            raise KeyError("hate/threatening")

        if hatethreatening is None or hatethreatening is UNSET:
            if hatethreatening is UNSET:
                _none_flips += ("hatethreatening",)
            hatethreatening = None

        harassment = d.pop("harassment", UNSET)
        if (
            harassment is None or isinstance(harassment, Unset)
        ) and strict_parsing.get():
            raise KeyError("harassment")

        if harassment is None or harassment is UNSET:
            if harassment is UNSET:
                _none_flips += ("harassment",)
            harassment = None

        harassmentthreatening = d.pop("harassment/threatening", UNSET)
        if (
            harassmentthreatening is None or isinstance(harassmentthreatening, Unset)
        ) and strict_parsing.get():
            raise KeyError("harassment/threatening")

        if harassmentthreatening is None or harassmentthreatening is UNSET:
            if harassmentthreatening is UNSET:
                _none_flips += ("harassmentthreatening",)
            harassmentthreatening = None

        illicit = d.pop("illicit", UNSET)
        if (illicit is None or isinstance(illicit, Unset)) and strict_parsing.get():
            raise KeyError("illicit")

        if illicit is None or illicit is UNSET:
            if illicit is UNSET:
                _none_flips += ("illicit",)
            illicit = None

        illicitviolent = d.pop("illicit/violent", UNSET)
        if (
            illicitviolent is None or isinstance(illicitviolent, Unset)
        ) and strict_parsing.get():
            raise KeyError("illicit/violent")

        if illicitviolent is None or illicitviolent is UNSET:
            if illicitviolent is UNSET:
                _none_flips += ("illicitviolent",)
            illicitviolent = None

        self_harm = d.pop("self-harm", UNSET)
        if (self_harm is None or isinstance(self_harm, Unset)) and strict_parsing.get():
            raise KeyError("self-harm")

        if self_harm is None or self_harm is UNSET:
            if self_harm is UNSET:
                _none_flips += ("self_harm",)
            self_harm = None

        self_harmintent = d.pop("self-harm/intent", UNSET)
        if (
            self_harmintent is None or isinstance(self_harmintent, Unset)
        ) and strict_parsing.get():
            raise KeyError("self-harm/intent")

        if self_harmintent is None or self_harmintent is UNSET:
            if self_harmintent is UNSET:
                _none_flips += ("self_harmintent",)
            self_harmintent = None

        self_harminstructions = d.pop("self-harm/instructions", UNSET)
        if (
            self_harminstructions is None or isinstance(self_harminstructions, Unset)
        ) and strict_parsing.get():
            raise KeyError("self-harm/instructions")

        if self_harminstructions is None or self_harminstructions is UNSET:
            if self_harminstructions is UNSET:
                _none_flips += ("self_harminstructions",)
            self_harminstructions = None

        sexual = d.pop("sexual", UNSET)
        if (sexual is None or isinstance(sexual, Unset)) and strict_parsing.get():
            raise KeyError("sexual")

        if sexual is None or sexual is UNSET:
            if sexual is UNSET:
                _none_flips += ("sexual",)
            sexual = None

        sexualminors = d.pop("sexual/minors", UNSET)
        if (
            sexualminors is None or isinstance(sexualminors, Unset)
        ) and strict_parsing.get():
            raise KeyError("sexual/minors")

        if sexualminors is None or sexualminors is UNSET:
            if sexualminors is UNSET:
                _none_flips += ("sexualminors",)
            sexualminors = None

        violence = d.pop("violence", UNSET)
        if (violence is None or isinstance(violence, Unset)) and strict_parsing.get():
            raise KeyError("violence")

        if violence is None or violence is UNSET:
            if violence is UNSET:
                _none_flips += ("violence",)
            violence = None

        violencegraphic = d.pop("violence/graphic", UNSET)
        if (
            violencegraphic is None or isinstance(violencegraphic, Unset)
        ) and strict_parsing.get():
            raise KeyError("violence/graphic")

        if violencegraphic is None or violencegraphic is UNSET:
            if violencegraphic is UNSET:
                _none_flips += ("violencegraphic",)
            violencegraphic = None

        create_moderation_response_results_item_category_scores = cls(
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
            create_moderation_response_results_item_category_scores._none_flips = (
                _none_flips
            )

        create_moderation_response_results_item_category_scores.additional_properties = d
        return create_moderation_response_results_item_category_scores

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
