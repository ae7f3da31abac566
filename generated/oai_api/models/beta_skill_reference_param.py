from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_skill_reference_param_type import (
    BetaSkillReferenceParamType,
    check_beta_skill_reference_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaSkillReferenceParam(_OpenModel):
    """Points to a skill uploaded through the `/v1/skills` endpoint."""

    type_: BetaSkillReferenceParamType
    """ Fixed tag `skill_reference`. """
    skill_id: str
    """ ID of the skill (1 to 64 chars). """
    version: str | None = None
    """ Pin a version with a positive integer or `latest`; without it the skill's default version is used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("skill_id", "type", "version")
    _tags = {"type": ("skill_reference",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_skill_reference_param_type),
            ("skill_id", "skill_id", REQUIRED, None),
            ("version", "version", OPTIONAL, None),
        )
