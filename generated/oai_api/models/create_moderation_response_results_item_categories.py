from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        hatethreatening = d.pop("hate/threatening", UNSET)

        harassment = d.pop("harassment", UNSET)

        harassmentthreatening = d.pop("harassment/threatening", UNSET)

        _illicit_raw = d.pop("illicit", UNSET)
        if _illicit_raw is None or isinstance(_illicit_raw, Unset):
            illicit = cast(Any, _illicit_raw)
        else:
            try:

                def _parse_illicit(data: object) -> bool | None:
                    if data is None:
                        return data

                    return cast(bool | None, data)

                illicit = _parse_illicit(_illicit_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                illicit = cast(Any, _illicit_raw)

        _illicitviolent_raw = d.pop("illicit/violent", UNSET)
        if _illicitviolent_raw is None or isinstance(_illicitviolent_raw, Unset):
            illicitviolent = cast(Any, _illicitviolent_raw)
        else:
            try:

                def _parse_illicitviolent(data: object) -> bool | None:
                    if data is None:
                        return data

                    return cast(bool | None, data)

                illicitviolent = _parse_illicitviolent(_illicitviolent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                illicitviolent = cast(Any, _illicitviolent_raw)

        self_harm = d.pop("self-harm", UNSET)

        self_harmintent = d.pop("self-harm/intent", UNSET)

        self_harminstructions = d.pop("self-harm/instructions", UNSET)

        sexual = d.pop("sexual", UNSET)

        sexualminors = d.pop("sexual/minors", UNSET)

        violence = d.pop("violence", UNSET)

        violencegraphic = d.pop("violence/graphic", UNSET)

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
