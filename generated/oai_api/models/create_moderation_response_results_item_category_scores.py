from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

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

    def to_dict(self) -> dict[str, Any]:
        hate = self.hate

        hatethreatening = self.hatethreatening

        harassment = self.harassment

        harassmentthreatening = self.harassmentthreatening

        illicit = self.illicit

        illicitviolent = self.illicitviolent

        self_harm = self.self_harm

        self_harmintent = self.self_harmintent

        self_harminstructions = self.self_harminstructions

        sexual = self.sexual

        sexualminors = self.sexualminors

        violence = self.violence

        violencegraphic = self.violencegraphic

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
        hate = d.pop("hate", UNSET)
        if (hate is None or isinstance(hate, Unset)) and strict_parsing.get():
            raise KeyError("hate")

        hatethreatening = d.pop("hate/threatening", UNSET)
        if (
            hatethreatening is None or isinstance(hatethreatening, Unset)
        ) and strict_parsing.get():
            raise KeyError("hate/threatening")

        harassment = d.pop("harassment", UNSET)
        if (
            harassment is None or isinstance(harassment, Unset)
        ) and strict_parsing.get():
            raise KeyError("harassment")

        harassmentthreatening = d.pop("harassment/threatening", UNSET)
        if (
            harassmentthreatening is None or isinstance(harassmentthreatening, Unset)
        ) and strict_parsing.get():
            raise KeyError("harassment/threatening")

        illicit = d.pop("illicit", UNSET)
        if (illicit is None or isinstance(illicit, Unset)) and strict_parsing.get():
            raise KeyError("illicit")

        illicitviolent = d.pop("illicit/violent", UNSET)
        if (
            illicitviolent is None or isinstance(illicitviolent, Unset)
        ) and strict_parsing.get():
            raise KeyError("illicit/violent")

        self_harm = d.pop("self-harm", UNSET)
        if (self_harm is None or isinstance(self_harm, Unset)) and strict_parsing.get():
            raise KeyError("self-harm")

        self_harmintent = d.pop("self-harm/intent", UNSET)
        if (
            self_harmintent is None or isinstance(self_harmintent, Unset)
        ) and strict_parsing.get():
            raise KeyError("self-harm/intent")

        self_harminstructions = d.pop("self-harm/instructions", UNSET)
        if (
            self_harminstructions is None or isinstance(self_harminstructions, Unset)
        ) and strict_parsing.get():
            raise KeyError("self-harm/instructions")

        sexual = d.pop("sexual", UNSET)
        if (sexual is None or isinstance(sexual, Unset)) and strict_parsing.get():
            raise KeyError("sexual")

        sexualminors = d.pop("sexual/minors", UNSET)
        if (
            sexualminors is None or isinstance(sexualminors, Unset)
        ) and strict_parsing.get():
            raise KeyError("sexual/minors")

        violence = d.pop("violence", UNSET)
        if (violence is None or isinstance(violence, Unset)) and strict_parsing.get():
            raise KeyError("violence")

        violencegraphic = d.pop("violence/graphic", UNSET)
        if (
            violencegraphic is None or isinstance(violencegraphic, Unset)
        ) and strict_parsing.get():
            raise KeyError("violence/graphic")

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
