from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategories")


@_attrs_define
class CreateModerationResponseResultsItemCategories:
    """Whether each category was flagged."""

    hate: bool
    """ Flagged as `hate`. """
    hatethreatening: bool
    """ Flagged as `hate/threatening`. """
    harassment: bool
    """ Flagged as `harassment`. """
    harassmentthreatening: bool
    """ Flagged as `harassment/threatening`. """
    illicit: bool | None
    """ Flagged as `illicit`. """
    illicitviolent: bool | None
    """ Flagged as `illicit/violent`. """
    self_harm: bool
    """ Flagged as `self-harm`. """
    self_harmintent: bool
    """ Flagged as `self-harm/intent`. """
    self_harminstructions: bool
    """ Flagged as `self-harm/instructions`. """
    sexual: bool
    """ Flagged as `sexual`. """
    sexualminors: bool
    """ Flagged as `sexual/minors`. """
    violence: bool
    """ Flagged as `violence`. """
    violencegraphic: bool
    """ Flagged as `violence/graphic`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate = self.hate

        hatethreatening = self.hatethreatening

        harassment = self.harassment

        harassmentthreatening = self.harassmentthreatening

        if self.illicit is None or isinstance(self.illicit, Unset):
            illicit = self.illicit
        else:
            illicit: bool | None
            illicit = self.illicit

        if self.illicitviolent is None or isinstance(self.illicitviolent, Unset):
            illicitviolent = self.illicitviolent
        else:
            illicitviolent: bool | None
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

        _illicit_raw = d.pop("illicit", UNSET)
        if _illicit_raw is None or isinstance(_illicit_raw, Unset):
            if isinstance(_illicit_raw, Unset) and strict_parsing.get():
                raise KeyError("illicit")

            illicit = _illicit_raw
        else:
            try:

                def _parse_illicit(data: object) -> bool | None:
                    if data is None:
                        return data

                    return cast(bool | None, data)

                illicit = _parse_illicit(_illicit_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                illicit = _illicit_raw

        _illicitviolent_raw = d.pop("illicit/violent", UNSET)
        if _illicitviolent_raw is None or isinstance(_illicitviolent_raw, Unset):
            if isinstance(_illicitviolent_raw, Unset) and strict_parsing.get():
                raise KeyError("illicit/violent")

            illicitviolent = _illicitviolent_raw
        else:
            try:

                def _parse_illicitviolent(data: object) -> bool | None:
                    if data is None:
                        return data

                    return cast(bool | None, data)

                illicitviolent = _parse_illicitviolent(_illicitviolent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                illicitviolent = _illicitviolent_raw

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

        create_moderation_response_results_item_categories = cls(
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

        create_moderation_response_results_item_categories.additional_properties = d
        return create_moderation_response_results_item_categories

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
