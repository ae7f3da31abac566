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


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategoryScores(_OpenModel):
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
    _keys = (
        "harassment",
        "harassment/threatening",
        "hate",
        "hate/threatening",
        "illicit",
        "illicit/violent",
        "self-harm",
        "self-harm/instructions",
        "self-harm/intent",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("hate", "hate", REQUIRED, None),
            ("hatethreatening", "hate/threatening", REQUIRED, None),
            ("harassment", "harassment", REQUIRED, None),
            ("harassmentthreatening", "harassment/threatening", REQUIRED, None),
            ("illicit", "illicit", REQUIRED, None),
            ("illicitviolent", "illicit/violent", REQUIRED, None),
            ("self_harm", "self-harm", REQUIRED, None),
            ("self_harmintent", "self-harm/intent", REQUIRED, None),
            ("self_harminstructions", "self-harm/instructions", REQUIRED, None),
            ("sexual", "sexual", REQUIRED, None),
            ("sexualminors", "sexual/minors", REQUIRED, None),
            ("violence", "violence", REQUIRED, None),
            ("violencegraphic", "violence/graphic", REQUIRED, None),
        )
